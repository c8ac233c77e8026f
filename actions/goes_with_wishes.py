""" "What would go with it? Shoes that aren't too high, and maybe a little bag for my pen and
lipstick": each kind asked for in its own group, in the order said, the shoes lowest first and the
bags only small ones (stranger test 88 B3, docs/nlu/stranger-test-88.md). Before, the heel order
ran over every kind, so a tote and a backpack (no heel) came first and the low shoes last."""

from __future__ import annotations

import dataclasses

from sqlalchemy.orm import Session

from commerce.heel_heights import lowest_heels_first
from commerce.recommend.outfits import Outfit
from commerce.search import category_types
from commerce.search.product_conditions import handles_with_feature
from commerce.small_bags import small_bags
from shop_nlu.low_heels import LOW_HEEL, wants_low_heels
from shop_nlu.small_bags import wants_small_bag

# The lexicon's feature of a bag worn on the shoulder: its bags only, never "In shoulder: ...".
SHOULDER = "shoulder"


@dataclasses.dataclass(frozen=True)
class Wishes:
    """What the message asks of the kinds it wants: low heels, small bags, bags worn on the
    shoulder ("a bag that goes on the shoulder": never a backpack, stranger test 90, B3)."""

    low_heels: bool
    small_bags: bool
    shoulder_bags: bool = False

    @property
    def any(self) -> bool:
        return self.low_heels or self.small_bags or self.shoulder_bags


def wishes_of(text: str, asked: frozenset[str], entities: list[dict]) -> Wishes:
    """The wishes said of the kinds asked for (product types, lowercase)."""
    features = {e.get("value") for e in entities if e.get("entity") == "feature"}
    return Wishes(
        low_heels=wants_low_heels(text) and "heels" in asked,
        small_bags=wants_small_bag(text) and "bags" in asked,
        shoulder_bags=SHOULDER in features and "bags" in asked,
    )


def ordered_by_wishes(
    session: Session, outfit: Outfit, wanted: list[str], wishes: Wishes, each: int, limit: int
) -> Outfit:
    """The suggestions grouped by the kind asked for, in the order said (of one kind, `limit` of
    them; of several, `each` of each kind), the shoes lowest first and the bags small ones only."""
    handles = [s.match.handle for s in outfit.suggestions]
    heel_order = lowest_heels_first(session, handles) if wishes.low_heels else handles
    small = small_bags(session, handles) if wishes.small_bags else set()
    worn = handles_with_feature(session, handles, SHOULDER) if wishes.shoulder_bags else set()
    groups: list[list] = [[] for _ in wanted]
    for suggestion in sorted(outfit.suggestions, key=lambda s: heel_order.index(s.match.handle)):
        kind = (suggestion.match.product_type or "").lower()
        place = next((i for i, w in enumerate(wanted) if kind in category_types(w)), None)
        if place is None or (
            wishes.small_bags and kind == "bags" and suggestion.match.handle not in small
        ):
            continue  # "a little bag": never a tote or a backpack
        if wishes.shoulder_bags and kind == "bags" and suggestion.match.handle not in worn:
            continue  # "a bag that goes on the shoulder": never a backpack
        groups[place].append(suggestion)
    per_group = each if len(wanted) > 1 else limit
    ranked = [s for group in groups for s in group[:per_group]]
    return dataclasses.replace(outfit, suggestions=tuple(ranked))


def with_feature_wished(
    session: Session, outfit: Outfit, entities: list[dict]
) -> tuple[str, list[int]] | None:
    """ "Maybe velvet ones": the feature wished of the kinds asked for, and the places (from 1) of
    the suggestions that have it (none: there is none to go with it); None when none is wished."""
    said = [
        str(e["value"])
        for e in entities
        if e.get("entity") == "feature"
        and e.get("value") not in (LOW_HEEL, SHOULDER)
        and not e.get("role")
    ]
    if not said or not outfit.suggestions:
        return None
    having = handles_with_feature(session, [s.match.handle for s in outfit.suggestions], said[0])
    places = [i for i, s in enumerate(outfit.suggestions, 1) if s.match.handle in having]
    return said[0], places
