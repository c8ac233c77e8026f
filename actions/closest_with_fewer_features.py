"""The closest of the kind asked for when none has every material, fit or detail asked: "a light
linen summer dress under $100" gets linen dresses before linen things of other kinds; "boots for
slush" the ones that keep the rain out. A feature that is the kind's whole point ("waterproof"
boots, a "rain" jacket) is never given up: "waterproof boots size 11 wide, under 150" gets the boot
that shrugs off rain, over budget and not said to be wide, each line saying so; never boots that
aren't waterproof, and never a dead end while one keeps the rain out (stranger test 77, A1). For
`show_results` (actions/search_results.py)."""

from __future__ import annotations

import dataclasses
from itertools import combinations

from sqlalchemy.orm import Session

from commerce.config import load_settings
from commerce.lexicon import load_lexicon
from commerce.search import (
    Alternatives,
    ProductQuery,
    SearchResult,
    find_alternatives,
    find_products,
    offered_in_reach,
)
from commerce.search.budget_margin import reach_cap


def whole_point_features(
    query: ProductQuery, features: tuple[str, ...] | None = None
) -> tuple[str, ...]:
    """The features asked for (or `features`) that are the whole point of the kind asked for
    ("rainproof" of jackets): the lexicon's `whole_point_features`."""
    kinds = load_lexicon().whole_point_features
    return tuple(
        feature
        for feature in (query.features if features is None else features)
        if query.category and query.category.lower() in kinds.get(feature, ())
    )


def closest_of_kind_with_fewer_features(
    session: Session, query: ProductQuery, keep: set[str] | frozenset[str]
) -> tuple[Alternatives, tuple[str, ...]] | None:
    """ "A light linen summer dress under $100": with no dress both light and linen, the closest
    linen dresses (or light ones, or then any) rather than linen things of other kinds; None when
    the kind has nothing close either. Also returns the features given up, for the reply."""
    features = query.features
    limit = load_settings().results_per_page
    # "Boots for slush": none is waterproof, so the closest are those that keep the rain out.
    nearest = load_lexicon().nearest_features
    point = whole_point_features(query)
    for feature in features:
        for instead in nearest.get(feature, ()):
            if feature in point and instead not in whole_point_features(query, (instead,)):
                continue  # a warm blazer is no waterproof jacket
            others = tuple(other for other in features if other != feature)
            # "Waterproof hiking boots": none is for hiking either, so the rainproof ones, never
            # a dress boot that has neither first.
            for kept in dict.fromkeys((others, ())):
                # ("comfy work shoes, im a nurse": comfortable is asked and stands in, once)
                instead_of = tuple(dict.fromkeys((*kept, instead)))
                found = find_products(session, query.updated(features=instead_of), limit=limit)
                if found.matches:
                    given_up = (feature, *(other for other in others if other not in kept))
                    return Alternatives(dropped=("features",), result=found), given_up
    for size in range(len(features) - 1, -1, -1):
        for kept in combinations(features, size):
            if not set(point) <= set(kept):
                continue  # "a rain jacket": a blazer that isn't rainproof is no substitute
            if found := _closest_with(session, query.updated(features=kept), keep, point):
                return found, tuple(feature for feature in features if feature not in kept)
    return _closest_standing_in_for_the_point(session, query, keep, point)


def _closest_standing_in_for_the_point(
    session: Session, query: ProductQuery, keep: set[str] | frozenset[str], point: tuple[str, ...]
) -> tuple[Alternatives, tuple[str, ...]] | None:
    """ "Waterproof wide boots in 11 under $150": no waterproof boot at all, so the closest of
    those that stand in for the point (rainproof), over budget or in another size, each saying
    so; None when none does."""
    nearest = load_lexicon().nearest_features
    for feature in point:
        for instead in nearest.get(feature, ()):
            if instead not in whole_point_features(query, (instead,)):
                continue
            if found := _closest_with(
                session, query.updated(features=(instead,)), keep, (instead,)
            ):
                return found, query.features
    return None


def _closest_with(
    session: Session, fewer: ProductQuery, keep: set[str] | frozenset[str], point: tuple[str, ...]
) -> Alternatives | None:
    """What fits `fewer`, or its closest of the same kind; with a `point`, only those that keep
    every feature of `fewer` (a boot that isn't rainproof is no rain boot). None when none is."""
    limit = load_settings().results_per_page
    found = find_products(session, fewer, limit=limit)
    if found.matches:
        return Alternatives(dropped=("features",), result=found)
    keeping = {*keep, "features"} if point else keep
    closest = offered_in_reach(
        find_alternatives(session, fewer, limit=limit, keep=keeping), reach_cap(fewer)
    )
    if "category" in closest.dropped:
        return None
    result = _keeping_features(closest.result) if point else closest.result
    if not result.matches:
        return None
    return Alternatives(dropped=("features", *closest.dropped), result=result)


def _keeping_features(result: SearchResult) -> SearchResult:
    """`result` without the products that give up a feature asked for."""
    kept = [match for match in result.matches if "features" not in match.gave_up]
    if len(kept) == len(result.matches):
        return result
    return dataclasses.replace(result, matches=kept, total=len(kept), total_capped=False)
