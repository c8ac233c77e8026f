"""Words that speak of several things at once in a price question: "how much for both", "the dress
and the flats together", "what would all that come to with express shipping" (stranger test 90,
docs/nlu/stranger-test-90.md, B5, where "all that" was read as the one product in view). With a
cart, such a total is the cart's (actions/cart_totals.py). Only the words are read here."""

from __future__ import annotations

import re

# "all that", "all of this", "all those", but not "all that" as "so" ("not all that expensive",
# "is it all that comfy"): an adjective right after it.
_ALL_THAT = (
    r"\ball (?:of )?(?:that|this|those|these)\b"
    r"(?!\s+(?:\w+ly\s+)?(?:much|expensive|pricey|cheap|good|great|nice|special|different|big"
    r"|small|comfy|comfortable|warm|heavy|long|sure|bad|hard|easy|important|keen|fussed)\b)"
)
# "everything", "it all", "all of it", "the lot", "all that": all there is, the cart with the rest;
# "what that all comes to" too (stranger test 95, B5).
_ALL_OF_IT = (
    r"\beverything\b|\b(?:it|that|this|those|these) all\b|\ball of (?:it|them)\b|\bthe lot\b"
    rf"|{_ALL_THAT}"
)
SEVERAL_AT_ONCE = re.compile(
    r"\btogether\b|\ball in\b|\bcombined\b|\bboth\b|\b(?:two|2)\s+of\s+(?:them|these|those|em)\b"
    rf"|{_ALL_OF_IT}"
    r"|[a-z]\s*\+\s*[a-z]"  # "suit + shirt + tie"
    r"|\bplus\s+(?:the|those|these|that|my)\s+(?!ship|postage|deliver|tax|express)",  # blazer plus
    re.IGNORECASE,
)


def speaks_of_several_at_once(text: str) -> bool:
    """Whether a message speaks of several things at once ("both", "together", "everything",
    "the lot", "all that"), as a price question for all of them does."""
    return bool(SEVERAL_AT_ONCE.search(text))


def speaks_of_all_of_it(text: str) -> bool:
    """Whether a message speaks of all there is ("everything", "the lot", "all that"), not of
    two things named or "both"."""
    return bool(re.search(_ALL_OF_IT, text, re.IGNORECASE))
