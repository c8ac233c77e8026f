"""A clause that asks whether the product comes in a size or colour, said beside another question
about it or with a reason after it: "does it come in light blue as well, and is it okay for a
formal ceremony?" (stranger test 87, docs/nlu/stranger-test-87.md, B2), "Is it really slip-on,
and does it come in size 8.5 in case my feet swell after the operation?" (stranger test 86, B2:
the size went unanswered and "case feet swell after operation" was quoted back as a feature). The
reason ("in case", "because", "as my feet swell", "for when") says why the size is asked, never
what the product should be."""

from __future__ import annotations

import re

# "a medium?", "in small?", "2nd one in an XL", "what about in medium", "and in a large too": a
# size (or colour) said alone of the product open is whether it comes in it (stranger 88, B2).
_SIZE_ALONE = (
    r"^\W*(?:and\s+|or\s+|(?:what|how)\s+about\s+)?(?:(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|"
    r"second|third|fourth|last|other)(?:\s+one)?\s+|(?:it|that|this|one)\s+)?(?:in\s+)?"
    r"(?:a\s+|an\s+)?(?:size\s+)?(?:(?:extra|x)[\s-]?)?[\w.'/-]+(?:\s+(?:too|as\s+well|also))?\W*$"
)
# "does it come in", "is it available in", "in stock in", "do you have it in", "got it in", "any
# in": whether it is made or left in a size or colour. ("made in" is where, never a size.)
_ASKS_STOCK = re.compile(
    r"\b(?:come|comes|coming|avail\w*|stock\w*)\s+(?:\w+\s+)?in\b"
    r"|\bin\s+stock\b"
    r"|\b(?:have|got|get|carry|stock|do)\s+(?:it|them|this|that|these|those|one|ones|any)"
    r"(?:\s+one)?\s+in\b"
    r"|\bany\s+(?:\w+\s+)?(?:ones?\s+)?in\s+(?:a\s+|an\s+)?(?:size|sz)\b"
    r"|" + _SIZE_ALONE
)
# Why the size is asked, after it: "in case my feet swell", "because my feet swell", "as my feet
# swell", "for when my feet swell", "since they swell".
_REASON = re.compile(
    r"\s*,?\s*\b(?:just\s+)?(?:in\s*case|incase|because|cause|cuz|coz|cos|since"
    r"|as\s+(?:my|i|i'm|im|they|it|her|his|the)|for\s+(?:when|if)|so\s+that)\b.*$",
    re.IGNORECASE | re.DOTALL,
)


def asks_stock(clause: str) -> bool:
    """Whether `clause` asks if the product comes in (or is left in) a size or colour."""
    return bool(_ASKS_STOCK.search(without_reason(clause).lower()))


def without_reason(clause: str) -> str:
    """`clause` without the reason said after it: "does it come in size 8.5 in case my feet
    swell" -> "does it come in size 8.5"."""
    return _REASON.sub("", clause)
