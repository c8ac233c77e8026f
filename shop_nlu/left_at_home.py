"""Kinds the shopper may not bring or has had enough of, said to explain the wish, never a wish:
"my wife says I'm not allowed to bring my ratty old t-shirts. So I'm after a couple of polo
shirts" asks for polo shirts, and the t-shirts are ruled out (stranger test 72,
docs/nlu/stranger-test-72.md, B1, problem 4)."""

from __future__ import annotations

import re
from dataclasses import replace

from shop_nlu.entity import Entity

# "not allowed to bring my", "can't pack any of my", "banned my", "won't let me take my": then a few
# words describing the kind ("ratty old", "tatty"), no stop and no linking word to another wish.
_LEFT_AT_HOME = re.compile(
    r"(?:\bnot\s+allowed\s+(?:to\s+)?|\bcan'?t\s+|\bcannot\s+|\bmustn'?t\s+|\bwon'?t\s+let\s+me\s+"
    r"|\bnot\s+supposed\s+to\s+)(?:bring|pack|take|wear|use)\s+|\bban(?:ned|s)?\s+"
)
_DESCRIBING_GAP = re.compile(
    r"^(?:(?:my|any|the|those|these|his|her|of|all|old|ratty|tatty|scruffy|worn|worn-out|shabby|"
    r"faded|holey|stained|usual|favourite|favorite|beat-up|beat up|tired)\s+){0,4}$"
)
RULED_OUT = "excluded"


def mark_left_at_home(lowered: str, entities: list[Entity]) -> list[Entity]:
    """Give the role "excluded" to a kind (and its colour) the shopper may not bring ("not allowed
    to bring my ratty old t-shirts"), when it is not already given a role."""
    ruled_out: set[int] = set()
    for match in _LEFT_AT_HOME.finditer(lowered):
        for index, entity in enumerate(entities):
            if entity.start < match.end():
                continue
            if not _DESCRIBING_GAP.match(lowered[match.end() : entity.start]):
                break
            if entity.role is None and entity.entity in ("category", "colour"):
                ruled_out.add(index)
            if entity.entity == "category":
                break
    return [
        replace(entity, role=RULED_OUT) if index in ruled_out else entity
        for index, entity in enumerate(entities)
    ]
