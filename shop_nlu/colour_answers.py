"""A colour said as the answer to "Which colour of the Heather Chelsea Boot?", with the reason
for it: "burgundy please, to match the dress", "Burgundy, to go with the dress please" (stranger
test 73, docs/nlu/stranger-test-73.md, worst problem 1). The other product named is what the
colour matches, not the product the answer is for, and not a question whether the two go
together."""

from __future__ import annotations

import re

# "to match the dress", "so it matches", "to go with my dress", "goes well with".
_TO_MATCH = re.compile(
    r"\b(?:to\s+|so\s+(?:it|they|that)\s+)?(?:match(?:es|ing)?|go(?:es)?\s+(?:well\s+)?with)\b",
    re.IGNORECASE,
)


def said_to_match(text: str) -> bool:
    """Whether a message gives its reason as matching something else ("to match the dress")."""
    return bool(_TO_MATCH.search(text))


def asks_something(text: str) -> bool:
    """Whether a message asks a question ("burgundy to match?"), rather than answering one."""
    return "?" in text
