"""How far the sizes of a kind go, for a size asked beyond them all: "shoes in 14" when the shop's
shoes go up to US 13, "a 48L blazer" when blazers go up to 46R and, in long, to 44L (stranger
test 49, docs/nlu/stranger-test-49.md, problem 5). Read from every size made of the kind, sold out
or not: a size that is only sold out is no size beyond the range."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy.orm import Session

from commerce.search.on_offer import available_sizes
from commerce.search.query import ProductQuery

# One part of a size label or a size key: "US 13", "eu46", "44L", "10".
_SIZE_PART = re.compile(r"^(?:(us|uk|eu)\s*)?(\d{1,3}(?:\.\d+)?)\s*([rls]?)$")
# A plain number asked ("14") is read in the shop's first system for it: US for shoes.
_PLAIN_READS_AS = ("", "us")


@dataclass(frozen=True)
class SizeBound:
    """The furthest size made of a kind, past which the size asked lies."""

    biggest: bool  # the size asked is bigger than every one made (else smaller)
    furthest: str | None  # the furthest size made of the kind ("US 13", "46R"), when past it
    fitting: str = ""  # the size asked's fitting ("l" of 48L), when past its furthest too
    furthest_in_fitting: str | None = None  # that fitting's furthest size made ("44L")


@dataclass(frozen=True)
class _Part:
    system: str
    number: float
    fitting: str
    shown: str


def _parts(label: str) -> Iterator[_Part]:
    for piece in label.split("/"):
        shown = piece.strip()
        if match := _SIZE_PART.match(shown.lower()):
            system, number, fitting = match.groups()
            yield _Part(system or "", float(number), fitting, shown)


def size_beyond_those_made(session: Session, query: ProductQuery) -> SizeBound | None:
    """For a query whose size is bigger (or smaller) than every size made of its kind (its
    category and gender), the furthest size made; None when the size is within them, is no
    number ("M"), or the query names no kind."""
    if not query.size or not query.category:
        return None
    asked = next(_parts(query.size), None)
    if asked is None:
        return None
    kind = ProductQuery(category=query.category, gender=query.gender)
    systems = _PLAIN_READS_AS if not asked.system else (asked.system,)
    made = [
        part
        for label in available_sizes(session, kind, in_stock_only=False)
        for part in _parts(label)
        if part.system in systems
    ]
    if not made:
        return None
    bound = _bound(asked, made)
    if asked.fitting and (same := [part for part in made if part.fitting == asked.fitting]):
        in_fitting = _bound(asked, same)
        if in_fitting and in_fitting.furthest != (bound and bound.furthest):
            biggest = in_fitting.biggest
            return SizeBound(
                biggest, bound.furthest if bound else None, asked.fitting, in_fitting.furthest
            )
    return bound


def _bound(asked: _Part, made: list[_Part]) -> SizeBound | None:
    biggest = max(made, key=lambda part: part.number)
    smallest = min(made, key=lambda part: part.number)
    if asked.number > biggest.number:
        return SizeBound(True, biggest.shown)
    if asked.number < smallest.number:
        return SizeBound(False, smallest.shown)
    return None
