"""A kind named only as what the shopper keeps money for: "which of those is the cheapest? I'd
rather save a bit for the bag" asks about the shoes on screen; the bag comes later and is not
searched now (stranger test 78, docs/nlu/stranger-test-78.md, B2)."""

from __future__ import annotations

import re

from shop_nlu.entity import Entity

# "save a bit for", "keep some money for my", "leave some cash for the", "enough left for a".
_SAVED_FOR_BEFORE = re.compile(
    r"(?:\b(?:save|saving|saved|keep|keeping|leave|leaving|set\s+aside|put\s+aside|spare)\s+"
    r"(?:(?:a\s+(?:bit|little|few\s+\w+)|some|something|money|cash|budget|room|enough|more|"
    r"\$?\d+|of\s+(?:it|the\s+budget|my\s+budget|the\s+money))\s+){1,3}"
    r"|\b(?:enough|something|some|money|cash|anything|budget)\s+)"
    r"(?:left\s+)?(?:over\s+)?for\s+(?:the|my|a|her|his|that)?\s*$"
)


def a_kind_saved_for(lowered: str, entity: Entity) -> bool:
    """Whether a kind found is named only as what money is kept for ("save a bit for the bag")."""
    if entity.entity != "category":
        return False
    before = re.split(r"[.!?;,]", lowered[max(0, entity.start - 60) : entity.start])[-1]
    return bool(_SAVED_FOR_BEFORE.search(before))
