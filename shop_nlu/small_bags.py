""" "Maybe a little bag for my pen and lipstick", "a small bag", "a bag just for my phone and keys":
a small bag is wanted (a clutch, an evening bag, a crossbody), never a tote or a backpack
(stranger test 88 B3, docs/nlu/stranger-test-88.md)."""

from __future__ import annotations

import re

_BAG = r"(?:bag|purse|handbag|clutch)s?"
# "a little bag", "a small evening bag", "a lil bag", "a tiny purse", "a mini bag".
_SMALL_BAG = re.compile(
    rf"\b(?:little|lil|small|smallish|tiny|mini|wee)\s+(?:[a-z-]+\s+)?{_BAG}\b", re.IGNORECASE
)
# "a bag (just) for my phone and keys", "a bag to hold my lipstick", "a bag that fits my cards".
_ESSENTIALS = r"(?:phone|keys?|lipsticks?|lip\s*gloss|pens?|cards?|wallet|essentials|cash|mirror)"
_FOR_ESSENTIALS = re.compile(
    rf"\b{_BAG}\s+(?:just\s+|only\s+)?(?:for|to\s+(?:hold|carry|fit)|that\s+(?:holds|fits|takes))"
    rf"\s+(?:just\s+|only\s+)?(?:my\s+|a\s+|the\s+)?{_ESSENTIALS}\b",
    re.IGNORECASE,
)


def wants_small_bag(text: str) -> bool:
    """Whether a message asks for a small bag ("a little bag", "a bag for my phone and keys")."""
    return bool(_SMALL_BAG.search(text) or _FOR_ESSENTIALS.search(text))
