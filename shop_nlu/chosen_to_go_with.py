""" "The first dress is lovely! What ankle boots would go with it?": the dress is the one on screen
picked by its place in the list, named only as what the boots go with; the boots are what is asked
for (docs/nlu/stranger-test-73.md, "Not done" under B1-B4). Without the other kind ("the first
dress in red?") or without "with it" ("the first dress and ankle boots") the kind stays wanted."""

from __future__ import annotations

import re
from dataclasses import replace

from shop_nlu.entity import Entity
from shop_nlu.said_in_passing import WORN_WITH_ROLE

# "go with it", "goes w/ it", "to match it", "that match it", "to wear with it", "pair with it".
_WITH_IT = re.compile(
    r"\b(?:go(?:es)?|going|match(?:es|ing)?|wear|pair(?:s|ed)?)\s+(?:well\s+)?"
    r"(?:with\s+|w/\s*|w\s+)?(?:it|this|that|her|this one|that one)\b"
)
# Between an ordinal and the kind it picks: "the first dress", "the 1st black dress".
_ORDINAL_THEN_KIND = re.compile(r"^\s+(?:[a-z-]+\s+)?$")
# Between the kind and an ordinal after it: "dress #1", "dress number 2".
_KIND_THEN_ORDINAL = re.compile(r"^\s*$")


def mark_chosen_to_go_with(lowered: str, entities: list[Entity]) -> list[Entity]:
    """Give the role "worn_with" to a kind named with its place on screen ("the first dress")
    when the message asks for another kind to go with it."""
    if not _WITH_IT.search(lowered):
        return entities
    ordinals = [e for e in entities if e.entity == "ordinal"]
    kinds = [e for e in entities if e.entity == "category" and e.role is None]
    picked = {
        id(kind)
        for kind in kinds
        for ordinal in ordinals
        if (ordinal.end <= kind.start and _ORDINAL_THEN_KIND.match(lowered[ordinal.end : kind.start]))
        or (kind.end <= ordinal.start
            and _KIND_THEN_ORDINAL.match(lowered[kind.end : ordinal.start]))
    }  # fmt: skip
    wanted = {kind.value for kind in kinds if id(kind) not in picked}
    if not picked or not wanted - {kind.value for kind in kinds if id(kind) in picked}:
        return entities
    return [replace(e, role=WORN_WITH_ROLE) if id(e) in picked else e for e in entities]
