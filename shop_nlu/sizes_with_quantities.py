"""Several sizes of one product, each with its own count, in one message: "4 in medium and 4 in
large", "4 x 17 and 2 x 15.5" (stranger test 28, docs/nlu/stranger-test-28.md). A count is a
whole number said before its size: never the 40 of "under 400" nor the 8 of "8.5" (stranger
test 75, docs/nlu/stranger-test-75.md, B4). Acted on by actions/sizes_and_quantities.py."""

from __future__ import annotations

import re

from commerce.sizes import size_query_key

_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}  # fmt: skip

# "4 in medium", "4 size 15.5", "4 x 17", "two in a large", "4 mediums": a count, then a size.
# A count is a whole number: not the 8 of "8.5" nor the 40 of "under 400" (stranger test 75, B4).
_PAIR = re.compile(
    r"\b(?P<count>(?<![\d.,])\d{1,3}(?![\d.,]\d|\d)|"
    + "|".join(_COUNTS)
    + r")\s*(?:[x×]\s*(?=\d))?"
    r"(?:(?:in|of)\s+)?(?:(?:an?|the)\s+)?(?:size\s+)?"
    r"(?P<size>(?:extra\s+|x-)?[a-z0-9.½]+)",
    re.IGNORECASE,
)


def sizes_with_quantities(text: str) -> list[tuple[str, int]]:
    """Each size said with a count before it ("4 in medium and 4 in large": [("m", 4), ("l",
    4)]), as size keys, in the order said; words that are no size ("2 of the shirts") left out."""
    pairs = []
    for match in _PAIR.finditer(text):
        word = match.group("size").lower().rstrip(".")
        size = size_query_key(word) or (size_query_key(word[:-1]) if word.endswith("s") else None)
        if size:
            count = match.group("count").lower()
            pairs.append((size, _COUNTS.get(count) or int(count)))
    return pairs
