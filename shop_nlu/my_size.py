""" "In my size", "what do you have in my size?", "flats, my size": the shopper's own size asked
for without saying it (stranger test 79, B2): the size said before stands in for it."""

from __future__ import annotations

import re

# "in my size", "my size?", "in me size"; never "not my size anymore" (a size changed) nor "my
# size is 8" (said here, read as the size itself).
_MY_SIZE = re.compile(
    r"(?<!\bnot\s)\b(?:my|me|mah)\s+size\b(?!\s*(?:is|=|:|was|anymore|any more|changed)\b)",
    re.IGNORECASE,
)


def says_my_size(text: str) -> bool:
    """Whether `text` asks for things in the shopper's own size without saying which."""
    return bool(_MY_SIZE.search(text))


# "what do you have in my size?", "anything for my size": things asked for, never "what do you
# know about my size" (what is kept).
_IN_MY_SIZE = re.compile(r"\b(?:in|for)\s+(?:my|me|mah)\s+size\b", re.IGNORECASE)


def asks_for_things_in_my_size(text: str) -> bool:
    """Whether `text` asks for products in the shopper's own size ("what have u got in my size")."""
    return bool(_IN_MY_SIZE.search(text))
