"""Which kinds a message cancels or sends back: "cancel the jacket from my order but keep the dress",
"can i send the bag back?", "Can I return the gift? Just the bag please, I'm keeping my shoes"
(stranger tests 76 and 77, docs/nlu/stranger-test-76.md B8, docs/nlu/stranger-test-77.md B10).
Readings only; what is said when nothing was ordered: actions/unplaced_purchases.py. Never "i want
to return to the jackets you showed", "the return policy on boots" or "jackets i can return"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# A word that cancels or sends something back; not "return to the list", "return policy".
_CANCEL = r"cancel+(?:l?ed|l?ing)?"
_RETURN = r"(?:return|refund)(?!\s+(?:to|policy|policies|window|period|label|address)\b)"
_SEND_BACK = r"(?:send|ship|take)\s+back"
_VERB = re.compile(rf"\b(?:{_CANCEL}|{_RETURN}|(?:send|ship)\s+(?:[a-z]+\s+){{0,3}}?back)\b")
# Right before a kind that goes: "cancel the", "return my black", "send back only the".
_GOES_BEFORE = re.compile(
    rf"\b(?:{_CANCEL}|{_RETURN}|{_SEND_BACK}|send|ship)\s+(?:(?:just|only)\s+)?"
    r"(?:(?:the|my|that|this|those|these|her|his|our|a|an)\s+)?(?:[a-z]+\s+)?$"
)
# "Can I return the gift? Just the bag please": the kind after "just", the verb elsewhere.
_JUST_BEFORE = re.compile(r"\b(?:just|only)\s+(?:(?:the|my|that|this|her)\s+)?(?:[a-z]+\s+)?$")
_BACK_AFTER = re.compile(r"^\s+back\b")  # "send the bag back"
_KEEP = re.compile(r"\b(?:keep|keeping|leave|leaving|hold on to|hang on to)\b")
_ORDER = re.compile(r"\border\b")


@dataclass(frozen=True)
class SentBack:
    """The kinds (category values) cancelled or sent back, whether it was a cancel (else a
    return), and whether the message speaks of an order ("from my order")."""

    kinds: list[str]
    cancels: bool
    says_order: bool


def kinds_sent_back(text: str, entities: Iterable[Mapping]) -> SentBack | None:
    """The kinds the message cancels or sends back, none of them those said to be kept; None when
    it cancels or sends back no kind of product."""
    lowered = text.lower()
    verb = _VERB.search(lowered)
    if verb is None:
        return None
    keep = _KEEP.search(lowered)
    keep_at = keep.start() if keep else len(lowered)
    kinds = []
    for entity in entities:
        if entity.get("entity") != "category" or entity.get("start") is None:
            continue
        start, end = int(entity["start"]), int(entity.get("end") or entity["start"])
        if start >= keep_at:
            continue
        before = lowered[max(0, start - 40) : start]
        said = _GOES_BEFORE.search(before)
        if said and said.group(0).startswith(("send", "ship")) and "back" not in said.group(0):
            said = said if _BACK_AFTER.match(lowered[end:]) else None  # "send the bag back"
        if said or _JUST_BEFORE.search(before):
            kinds.append(str(entity["value"]))
    if not kinds:
        return None
    cancels = re.match(_CANCEL, verb.group(0)) is not None
    return SentBack(list(dict.fromkeys(kinds)), cancels, bool(_ORDER.search(lowered)))
