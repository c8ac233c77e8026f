"""Events the shopper works at, not goes to (stranger test 88, docs/nlu/stranger-test-88.md, A1):
in "blk derbys sz 11 pls, on my feet all day shooting weddings" the weddings are his work as a
photographer; what he needs is what stands a long day, never what a wedding guest wears (a women's
satin pump was shown for it)."""

from __future__ import annotations

import re

from shop_nlu.entity import Entity

# "shooting weddings", "i photograph weddings", "working a wedding", "I cater parties",
# "filming at weddings", "djing proms": the trade's verb right before the event, which is said as
# many ("weddings") or one ("a wedding"): "a shooting party" and "work parties" are still gone to.
_WORKED_BEFORE = re.compile(
    r"\b(?:(?:shoot|photograph|film|video|cater|cover|staff|dj)(?:s|ing)?|"
    r"work(?:s|ing)?(?=\s+(?:at|a|an|the)\s))"
    r"(?:\s+(?:at|on|for))?(?P<one>\s+(?:a|an|the|lots\s+of|many|all\s+the|big))?\s+$"
)


def without_events_worked(lowered: str, entities: list[Entity]) -> list[Entity]:
    """The entities less the occasions the shopper works at ("shooting weddings")."""
    return [entity for entity in entities if not _worked(lowered, entity)]


def _worked(lowered: str, entity: Entity) -> bool:
    if entity.entity != "occasion":
        return False
    verb = _WORKED_BEFORE.search(lowered[max(0, entity.start - 40) : entity.start])
    return bool(verb and (verb.group("one") or lowered[entity.start : entity.end].endswith("s")))
