"""Kinds a shopper keeps while taking others out: "take the shoes out ... Just the coat", "remove
the boots, keep the coat" (stranger test 69, docs/nlu/stranger-test-69.md, message B8). The coat
is what she means to keep, not what to take out. Kinds she owns ("I'll just wear my old boots",
"my own shoes") are no items of the cart at all: neither taken out nor kept."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# Right before the kind: "just the", "only the", "keep the", "leave the black" (one word between).
_KEPT_BEFORE = re.compile(
    r"\b(?:just|only|keep|keeping|leave|leaving)\s+(?:the|my|that|this|those|a|an)\s+"
    r"(?:[a-z]+\s+)?$"
)

# Right before the kind, what she owns already: "my old", "my own", "wear my", "already have".
_OWNED_BEFORE = re.compile(
    r"\b(?:(?:my|mine|our)\s+(?:[a-z]+\s+)?(?:own|old|current|existing|trusty|usual|favou?rite|"
    r"spare)\s+(?:[a-z]+\s+)?"
    r"|(?:wear|wearing|use|using|stick\s+with|keep\s+wearing)\s+(?:my|mine|our)\s+(?:[a-z]+\s+){0,2}"
    r"|(?:already|i)\s+(?:have|own|got)\s+(?:some\s+|a\s+pair\s+of\s+)?(?:[a-z]+\s+)?)$"
)


def kinds_owned(text: str, entities: Iterable[Mapping]) -> list[str]:
    """The kinds (category values) the message says the shopper owns ("my old boots"), in order."""
    return _kinds_said_after(_OWNED_BEFORE, text, entities)


def kinds_kept(text: str, entities: Iterable[Mapping]) -> list[str]:
    """The kinds (category values) the message keeps rather than takes out, in their order."""
    return _kinds_said_after(_KEPT_BEFORE, text, entities)


def _kinds_said_after(before: re.Pattern, text: str, entities: Iterable[Mapping]) -> list[str]:
    """The category values of `entities` whose words right before `before` matches."""
    lowered = text.lower()
    return [
        str(entity["value"])
        for entity in entities
        if entity.get("entity") == "category"
        and entity.get("start") is not None
        and before.search(lowered[max(0, entity["start"] - 30) : entity["start"]])
    ]
