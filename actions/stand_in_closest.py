"""The closest products of the kind standing in for one the shop doesn't sell, when none of it fits
the rest of the request: "a warm winter coat under 200" gets the closest blazers, each saying what
it is not ("over your budget", "not warm"). What the lexicon says a stand-in needs for the same
need (`nearest_with`) is never given up: for gym shorts or joggers in M, the cushioned sneakers
"not in size M", never the others "not cushioned" (docs/nlu/stranger-test-94.md, A6). Shown by the
search's answer to a kind not sold (actions/search_results.py, `_show_nearest_kind`)."""

from __future__ import annotations

import dataclasses

from sqlalchemy.orm import Session

from commerce.config import load_settings
from commerce.search import (
    ProductQuery,
    SearchResult,
    find_alternatives,
    find_products,
    offered_in_reach,
)
from commerce.search.budget_margin import nearest_in_reach, reach_cap


def closest_of_kind(
    session: Session, wanted: ProductQuery, needs: tuple[str, ...] = ()
) -> SearchResult:
    """The closest products of `wanted`'s kind, each with what of `wanted` it gives up; when no
    product of the kind has its materials or details ("cashmere"), the closest without them,
    save those a stand-in `needs` (which every product listed has)."""
    needed = _with_only_the_needs(wanted, needs)
    page = load_settings().results_per_page
    for query in dict.fromkeys((wanted, needed)):
        found = find_alternatives(session, query, limit=page, keep=("colour",))
        alternatives = offered_in_reach(found, reach_cap(query))
        if alternatives.result.matches and not {"category", "gender"} & {*alternatives.dropped}:
            return _filled_without_features(session, wanted, alternatives.result, needed)
    # (never the other gender's)
    plain = ProductQuery(category=wanted.category, gender=wanted.gender, features=needed.features)
    return find_products(session, plain, limit=page)


def _with_only_the_needs(wanted: ProductQuery, needs: tuple[str, ...]) -> ProductQuery:
    """`wanted` without the features asked that a stand-in may go without."""
    return wanted.updated(features=tuple(f for f in wanted.features if f in needs))


def _filled_without_features(
    session: Session, wanted: ProductQuery, result: SearchResult, lighter: ProductQuery
) -> SearchResult:
    """ "A warm coat" and one warm blazer: that one first, then the closest without the feature
    (`lighter`: `wanted` without the features that may go), each saying so ("not warm"), so the
    shopper sees the others exist and why they come after."""
    page = load_settings().results_per_page
    if lighter.features == wanted.features or len(result.matches) >= page or result.has_more:
        return result
    shown = {match.handle for match in result.matches}
    others = find_products(session, lighter, limit=page)
    if not others.matches:
        others = find_alternatives(session, lighter, limit=page, keep=("colour",)).result
    extra = [
        dataclasses.replace(match, gave_up=(*match.gave_up, "features"))
        for match in others.matches if match.handle not in shown
    ][: page - len(result.matches)]  # fmt: skip
    matches = nearest_in_reach([*result.matches, *extra], reach_cap(wanted))  # none far over
    return dataclasses.replace(result, matches=matches, total=len(matches))
