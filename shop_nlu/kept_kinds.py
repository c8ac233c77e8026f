"""Kinds a shopper keeps while taking others out: "take the shoes out ... Just the coat", "remove
the boots, keep the coat" (stranger test 69, docs/nlu/stranger-test-69.md, message B8). The coat
is what she means to keep, not what to take out."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# Right before the kind: "just the", "only the", "keep the", "leave the black" (one word between).
_KEPT_BEFORE = re.compile(
    r"\b(?:just|only|keep|keeping|leave|leaving)\s+(?:the|my|that|this|those|a|an)\s+"
    r"(?:[a-z]+\s+)?$"
)


def kinds_kept(text: str, entities: Iterable[Mapping]) -> list[str]:
    """The kinds (category values) the message keeps rather than takes out, in their order."""
    lowered = text.lower()
    return [
        str(entity["value"])
        for entity in entities
        if entity.get("entity") == "category"
        and entity.get("start") is not None
        and _KEPT_BEFORE.search(lowered[max(0, entity["start"] - 30) : entity["start"]])
    ]
