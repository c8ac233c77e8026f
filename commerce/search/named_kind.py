"""The products called by the name of a kind the shop has no Type for ("sandals": the Seraphina
Crystal Sandal, a heel), and, when none fits the rest of the request, which of its wishes each one
fails (stranger test 92, B3: three gold sandals were listed under "no tan or gold sandals" when
what they lacked was a low heel, and the Marisol's gold in US 8)."""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations

from sqlalchemy.orm import Session

from commerce.search.finding import find_products
from commerce.search.on_offer import products_named_for_kind
from commerce.search.query import ProductQuery
from commerce.search.results import SearchResult

# Given up first when saying what a named product lacks: the looks wished for, then the colour,
# the shoe size last (a size is what the shopper wears, a colour is a wish).
_GIVEN_UP_FIRST = ("features", "occasions", "product", "on_sale", "brand", "price", "colour")
_GIVEN_UP_LAST = ("gender", "size")


def named_for_kind(
    session: Session, query: ProductQuery, limit: int
) -> tuple[SearchResult, bool] | None:
    """The products called by the name of `query`'s kind, those that fit the rest of `query` (its
    size, colour, budget) when any does, and whether they fit; None when the store has none by
    that name: then, and only then, we don't sell it. When none fits, each product's `gave_up`
    names the fewest of the query's filters it fails (the result's query: `query` less its kind),
    so a reply can say which wish each misses."""
    if not (handles := products_named_for_kind(session, query.category or "")):
        return None
    wanted = query.updated(category=None)
    found = find_products(session, wanted, limit=limit, only_handles=handles)
    if found.matches:
        return found, True
    shown = find_products(session, ProductQuery(), limit=limit, only_handles=handles)
    missed = _wishes_missed(session, wanted, [match.handle for match in shown.matches])
    matches = [replace(match, gave_up=missed.get(match.handle, ())) for match in shown.matches]
    return replace(shown, query=wanted, matches=matches), False


def _wishes_missed(
    session: Session, wanted: ProductQuery, handles: list[str]
) -> dict[str, tuple[str, ...]]:
    """Each of `handles` -> the fewest filters of `wanted` that, given up, let it fit (those
    given up first preferred among sets as small)."""
    order = _GIVEN_UP_FIRST + _GIVEN_UP_LAST
    active = sorted((name for name in wanted.active_filters() if name in order), key=order.index)
    missed: dict[str, tuple[str, ...]] = {}
    for count in range(1, len(active) + 1):
        for given_up in combinations(active, count):
            left = [handle for handle in handles if handle not in missed]
            if not left:
                return missed
            relaxed = wanted.without(*given_up).updated(sort=None, keep=())
            for match in find_products(
                session, relaxed, limit=len(left), only_handles=left
            ).matches:
                missed[match.handle] = given_up
    return missed
