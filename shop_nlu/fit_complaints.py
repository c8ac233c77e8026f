"""Which way something bought doesn't fit, said with a return or a cancel: "they pinch my toes",
"too tight", "too narrow" want more room; "too big", "too loose", "my heel slips out" want less
(docs/nlu/stranger-test-75.md, A10). No Rasa here; actions/misfits.py offers the size
that fits better."""

from __future__ import annotations

import re

TIGHT = "tight"
LOOSE = "loose"

_DEGREE = r"(?:(?:way|much|a\s+bit|a\s+little|bit|slightly|kinda|rather|so|really|very)\s+)?"
_TOO_TIGHT = re.compile(
    rf"\b(?:pinch\w*|squeez\w*|cramp(?:ed|ing|s)?|crush\w*\s+my\s+toes"
    rf"|(?:hurt|kill)\w*\s+my\s+toes|toes\s+(?:hurt|are\s+squashed)"
    rf"|{_DEGREE}(?:too|to|2)\s+(?:tight|small|narrow)"
    rf"|(?:run|runs|running|came\s+up|come\s+up|comes\s+up)\s+(?:small|narrow|tight)"
    rf"|(?:is|are|r|re|'re|s|'s)\s+{_DEGREE}(?:tight|small|narrow)(?:\s+on\s+me)?)\b",
    re.IGNORECASE,
)
_TOO_LOOSE = re.compile(
    rf"\b(?:{_DEGREE}(?:too|to|2)\s+(?:big|loose|large|baggy|roomy|wide)"
    rf"|(?:run|runs|running|came\s+up|come\s+up|comes\s+up)\s+(?:big|large|wide)"
    rf"|(?:slip|slips|slipping|slide|slides|sliding)\s+(?:off|out)"
    rf"|(?:is|are|r|re|'re|s|'s)\s+{_DEGREE}(?:big|loose|large|baggy)\s+on\s+me"
    rf"|swimming\s+in\s+(?:it|them))\b",
    re.IGNORECASE,
)


def fit_complaint(text: str) -> str | None:
    """TIGHT when the message says something is too tight ("they pinch my toes", "too narrow"),
    LOOSE when it says too big ("too loose", "my heel slips out"), None when it says neither or
    both."""
    tight, loose = bool(_TOO_TIGHT.search(text)), bool(_TOO_LOOSE.search(text))
    if tight == loose:
        return None
    return TIGHT if tight else LOOSE
