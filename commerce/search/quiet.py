"""Quiet looks: "something plain", "not too loud", "nothing flashy", and a sombre occasion (a
funeral) (stranger test 30, docs/nlu/stranger-test-30.md). They order products and never filter
them: what the catalog's own words call patterned or shiny comes last (the lexicon's `ranked_last`
words for `plain`: "a bold paisley", "diagonal stripes", "lustrous silk satin"), and for a sombre
occasion (DARK) those in stock in the dark colours (the lexicon's "dark colours": black, navy,
charcoal) come first among the rest. The catalog never says a product is plain: only what it says
of the others is read."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import case, or_, select
from sqlalchemy.orm import Session

from commerce.lexicon import load_lexicon
from commerce.models import Product
from commerce.search.dialect_columns import _AnyCase
from commerce.search.variant_conditions import in_stock_in_colours

# The looks a query may ask for (`ProductQuery.quiet`): plain ones first, or plain ones in dark
# colours first (a funeral).
PLAIN = "plain"
DARK = "dark"
# The lexicon's shopper phrase for the dark colours ("black|navy|charcoal").
_DARK_COLOURS = "dark colours"


def dark_colours() -> tuple[str, ...]:
    """The colours a sombre occasion puts first, as the lexicon names them."""
    colours = load_lexicon().colour_synonyms.get(_DARK_COLOURS, "")
    return tuple(colour for colour in colours.split("|") if colour)


def quiet_terms(look: str | None) -> list:
    """ORDER BY terms for a quiet look (none without one): what the catalog's words call
    patterned or shiny last; with DARK, then those with no dark colour in stock."""
    if look not in (PLAIN, DARK):
        return []
    _, words = load_lexicon().ranked_last.get(PLAIN, ((), ()))
    said = [
        _AnyCase(column).contains(word, autoescape=True)
        for word in words
        for column in (Product.title, Product.description)
    ]
    terms = [case((or_(*said), 1), else_=0)] if said else []
    if look == DARK and (colours := dark_colours()):
        terms.append(case((in_stock_in_colours(colours), 0), else_=1))
    return terms


def quiet_first(session: Session, handles: Iterable[str], look: str | None) -> list[str]:
    """`handles` in the order a quiet look puts them (`quiet_terms`), each kept where it was among
    those the look ranks the same: for suggestions found otherwise (what goes with a shirt)."""
    handles = list(handles)
    terms = quiet_terms(look)
    if not terms or not handles:
        return handles
    rows = session.execute(select(Product.handle, *terms).where(Product.handle.in_(handles))).all()
    rank = {row[0]: tuple(row[1:]) for row in rows}
    return sorted(handles, key=lambda handle: rank.get(handle, ()))


def loud_ones(session: Session, handles: Iterable[str]) -> list[str]:
    """Of `handles`, those the catalog's own words call patterned or shiny (`quiet_terms`' words
    for a plain look: "high-shine patent leather"), in their order."""
    handles = list(handles)
    terms = quiet_terms(PLAIN)
    if not terms or not handles:
        return []
    rows = session.execute(select(Product.handle, terms[0]).where(Product.handle.in_(handles)))
    loud = {handle for handle, rank in rows.all() if rank}
    return [handle for handle in handles if handle in loud]
