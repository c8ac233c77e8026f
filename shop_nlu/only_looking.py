"""A product opened to be asked about, not picked: "Tell me more about the second one? Is it big
enough for a phone and a wallet?", "more info on the 2nd one", "is the second one real leather?".
A budget for two things ("$250 for both") is taken down only by what is in the cart or picked
("the first one", "I love the first one"), never by one only looked at (stranger test 76,
docs/nlu/stranger-test-76.md, B2 and worst problem 1)."""

from __future__ import annotations

import re

# "tell me more", "more info", "details", "show me the second", "can u show me", "what about".
_ASKS_TO_SEE = re.compile(
    r"\b(?:tell|show)\s+(?:me\s+)?(?:more|about|abt)\b|\bmore\s+(?:about|abt|info|details|on)\b|"
    r"\b(?:details?|info|information|describe)\b|\b(?:can|could)\s+(?:u|you)\s+show\b|"
    r"\bshow\s+me\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|last)\b"
)
# "I love the first one", "I'll take it", "perfect", "that one": a pick, whatever else is asked.
_PICKS = re.compile(
    r"\b(?:love|like|take|want|pick|choose|go (?:for|with)|perfect|gorgeous|lovely|add|buy|"
    r"get (?:it|that|this|the))\b|\bthat'?s (?:the one|it)\b"
)


def only_looking(text: str) -> bool:
    """Whether a message opening a product asks about it ("tell me more about the second one?",
    "is it leather?") without picking it ("I love the first one", a bare "the first one")."""
    lowered = text.lower()
    if lowered.startswith("/") or _PICKS.search(lowered):
        return False  # a tap, or a pick
    return "?" in lowered or bool(_ASKS_TO_SEE.search(lowered))
