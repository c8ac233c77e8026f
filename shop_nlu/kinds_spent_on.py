"""A kind named as what the money already goes on, as a reason, not a wish: "a blouse ... not too
pricey since the suit is already my splurge" (stranger test 95, docs/nlu/stranger-test-95.md, B3:
the suit was read as a second thing to find, so the blouse got "You asked for suits too" before
its answer). "The suit was expensive enough", "the suit is the big spend": no suit asked for."""

from __future__ import annotations

import re

from shop_nlu.entity import Entity

_THE_BEFORE = re.compile(r"\b(?:the|my|that|this)\s+$")
# Right after the kind: "is already my splurge", "was expensive enough", "'s the big spend".
_SPENT_AFTER = re.compile(
    r"^(?:\s+(?:is|was|has\s+been|cost|costs)|['’]s)"
    r"(?:\s+(?:already|quite|so|really|pretty|very|a\s+bit|kind\s+of|kinda|the|my|a|big|main|"
    r"costing))*\s+(?:splurge|spend|expensive|pricey|costly|dear|a\s+lot|treat|investment)\b"
)


def a_kind_spent_on(lowered: str, entity: Entity) -> bool:
    """Whether `entity` is a kind said only as what is already costing the shopper ("since the
    suit is already my splurge")."""
    return (
        entity.entity == "category"
        and bool(_THE_BEFORE.search(lowered[: entity.start]))
        and bool(_SPENT_AFTER.match(lowered[entity.end :]))
    )
