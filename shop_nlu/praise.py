"""Praise of a product is no question about it: "the first one looks rather smart, what's it made
of?" asks what it is made of, never whether it suits a "smart" occasion (stranger test 71,
docs/nlu/stranger-test-71.md, persona B message 2). `without_praise` leaves the rest of the
message to be read as the question."""

from __future__ import annotations

import re

_ADVERBS = r"(?:rather|very|really|quite|so|pretty|super|real|proper|dead|well|too|v|rly|soo+)"
# Words after "looking" that make it a search or a comparison: "looking for", "looks like".
_NOT_PRAISE = r"(?:like|as|for|at|to|into|forward|around|after|up|out|through|over|in|a|an|the)"
# "looks (rather) smart", "it looks so elegant", "seems nice": a remark on how it looks ("looks
# like", "looks as if" compare instead, and are left alone).
_LOOKS = re.compile(
    rf"\b(?:looks?|looking|looked|seems?)\s+(?:{_ADVERBS}\s+)*(?!{_NOT_PRAISE}\b)[a-z]+\b!*",
    re.IGNORECASE,
)
# "a very smart looking suit", "smart-looking"; never "i am looking", "we're still looking".
_NOT_SMART_LOOKING = (
    r"(?:am|are|is|was|were|be|been|i|we|you|they|just|still|also|not|only|now|m|re)"
)
_SOMETHING_LOOKING = re.compile(
    rf"(?<![\w'])(?:{_ADVERBS}\s+)*(?!{_NOT_SMART_LOOKING}\b)[a-z]+[- ]looking\b"
    rf"(?!\s+{_NOT_PRAISE}\b)!*",
    re.IGNORECASE,
)


def without_praise(text: str) -> str:
    """`text` without its remarks on how a product looks ("looks rather smart")."""
    return " ".join(_LOOKS.sub(" ", _SOMETHING_LOOKING.sub(" ", text)).split())
