""" "A bow tie rather than a normal tie", "not a regular tie", "instead of an ordinary tie": the
plain kind is ruled out (role "excluded"), as "rather than a tie" already is; the word "normal"
between them hid it (stranger test 89 B3, docs/nlu/stranger-test-89.md)."""

from __future__ import annotations

import re
from dataclasses import replace

from shop_nlu.entity import Entity

_PLAIN_BEFORE = re.compile(
    r"\b(?:rather\s+than|instead\s+of|not|no|than)\s+(?:a|an|the|any|your)?\s*"
    r"(?:normal|regular|ordinary|standard|usual)\s+$"
)


def mark_plain_kind_ruled_out(lowered: str, entities: list[Entity]) -> list[Entity]:
    """Give the role "excluded" to a kind said as the plain one ruled out ("not a normal tie")
    beside another kind wished instead (without one, "not a normal shirt" still wants a shirt)."""
    kinds = {e.value for e in entities if e.entity == "category"}
    if len(kinds) < 2:
        return entities
    return [
        replace(e, role="excluded")
        if e.entity == "category" and e.role is None and _PLAIN_BEFORE.search(lowered[: e.start])
        else e
        for e in entities
    ]
