"""Luggage the shopper lives or travels with is no luggage wanted: "can it go in the washing
machine, because I'll be living out of a suitcase" under dresses got "Sorry, we don't sell
suitcases" and three bags (stranger test 84, docs/nlu/stranger-test-84.md, B4). "cuz im always
travelling w a backpack", "my luggage is tiny", "since I'm only taking a carry-on" say the same.
"do you sell suitcases", "a backpack for travelling" stay luggage asked for."""

from __future__ import annotations

import re

from shop_nlu.entity import Entity

_LUGGAGE = frozenset({"suitcases", "backpacks"})
# "living out of a suitcase", "travelling w a backpack", "only taking a carry-on", "i'll just
# have my backpack": what they live or travel with, said before the luggage word.
_LIVED_WITH_BEFORE = re.compile(
    r"\b(?:liv(?:e|es|ing)\s+out\s+of|travel(?:l?ing|s)?\s+(?:around\s+)?(?:with|w/|w)"
    r"|(?:only|just)\s+(?:have|has|got|taking|bringing|packing|carrying|travel\w*\s+with)"
    r"|(?:having|taking|bringing|got)\s+(?:only|just))"
    r"\s+(?:(?:a|an|my|one|the|tiny|small|little|single)\s+){0,3}$"
)
# "my luggage is tiny", "my suitcase is already full": their own luggage, told of.
_MINE_BEFORE = re.compile(r"\bmy\s+(?:(?:tiny|small|little|old)\s+)?$")
_TOLD_OF_AFTER = re.compile(
    r"^\s*(?:is|'s|are|was|will be|gets)\s+(?:\w+\s+){0,2}?"
    r"(?:tiny|small|little|full|packed|limited|stuffed|light)\b"
)


def luggage_lived_with(lowered: str, entity: Entity) -> bool:
    """Whether a luggage word found in the message is what the shopper lives or travels with."""
    if entity.entity != "category" or entity.value not in _LUGGAGE:
        return False
    before = lowered[max(0, entity.start - 60) : entity.start]
    return bool(
        _LIVED_WITH_BEFORE.search(before)
        or (_MINE_BEFORE.search(before) and _TOLD_OF_AFTER.match(lowered[entity.end :]))
    )
