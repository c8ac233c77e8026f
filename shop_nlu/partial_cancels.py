"""A cancel of some things only, the rest kept: "cancel just the clutch from my order and keep the
dress and the heels", "cancel only the bag, keep the rest", "remove the clutch but keep the heels"
(stranger test 75, docs/nlu/stranger-test-75.md, B10: before any order this dropped the heels she
said to keep). Readings only: which kinds go, which are kept. No Rasa here; the cart answer is
actions/cart_keep_some.py."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# Right before a kind that goes: "cancel just the", "remove the", "drop only my black".
_GOES_BEFORE = re.compile(
    r"\b(?:cancel|remove|delete|drop|ditch|scrap|get rid of|take out|take off|lose|skip)\s+"
    r"(?:(?:just|only)\s+)?(?:(?:the|my|that|this|those|a|an)\s+)?(?:[a-z]+\s+)?$"
)
_JUST = re.compile(r"\b(?:just|only)\b")
# Where the kept part starts: "and keep the dress", "but leave the heels", "keep the rest".
_KEEP = re.compile(r"\b(?:keep|keeping|leave|leaving|hold on to|hang on to)\b")


@dataclass(frozen=True)
class PartialCancel:
    """The kinds (category values) that go and those kept, in the order said."""

    goes: list[str]
    kept: list[str]


def cancels_some_keeps_rest(text: str, entities: Iterable[Mapping]) -> PartialCancel | None:
    """ "cancel just the clutch, keep the dress": the kinds that go and the kinds kept; None when
    the message doesn't take some kinds out and keep the rest (no "just"/"only" before the kind
    that goes, and nothing kept)."""
    lowered = text.lower()
    keep = _KEEP.search(lowered)
    keep_at = keep.start() if keep else len(lowered)
    goes, kept, just = [], [], False
    for entity in entities:
        if entity.get("entity") != "category" or entity.get("start") is None:
            continue
        start = int(entity["start"])
        if start >= keep_at:
            kept.append(str(entity["value"]))
            continue
        said_before = _GOES_BEFORE.search(lowered[max(0, start - 40) : start])
        if said_before:
            goes.append(str(entity["value"]))
            just = just or bool(_JUST.search(said_before.group(0)))
    if not goes or not (just or keep):
        return None
    return PartialCancel(goes=list(dict.fromkeys(goes)), kept=list(dict.fromkeys(kept)))
