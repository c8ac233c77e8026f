"""Columns that each database reads its own way: one SQLite may not look up in an index
(`_NotIndexed`), and a text column matched in any case (`_AnyCase`). The tests of a product
(`product_conditions`) and of a variant (`variant_conditions`) are built with them."""

from __future__ import annotations

from sqlalchemy import func
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal


class _NotIndexed(ColumnElement):
    """A column (or expression) that SQLite may not look up in an index: SQLite's documented
    unary `+`, for where its planner, which has no statistics in a shop's store, would pick the
    wrong index. Other databases get the column itself: PostgreSQL's planner has statistics
    (autovacuum keeps them) and chooses better with the index available."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column) -> None:
        self.column = column
        self.type = column.type


@compiles(_NotIndexed)
def _as_itself(element: _NotIndexed, compiler, **kw) -> str:
    return compiler.process(element.column, **kw)


@compiles(_NotIndexed, "sqlite")
def _with_unary_plus(element: _NotIndexed, compiler, **kw) -> str:
    return "+" + compiler.process(element.column, **kw)


class _AnyCase(ColumnElement):
    """A text column to match a lowercase word in, in any case: `lower(column)`, but on SQLite the
    column itself, whose LIKE already ignores case, for the letters its lower() knows (ASCII; it
    has no others without ICU). So a name or a feature, which reads every product, does not
    lowercase every title and description on the way (docs/performance.md, section 3.1)."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column) -> None:
        self.column = column
        self.type = column.type


@compiles(_AnyCase)
def _lowered(element: _AnyCase, compiler, **kw) -> str:
    return compiler.process(func.lower(element.column), **kw)


@compiles(_AnyCase, "sqlite")
def _as_is(element: _AnyCase, compiler, **kw) -> str:
    return compiler.process(element.column, **kw)
