"""Where a message about one product turns to another kind: "Sold, I'll take them in a 10! Oh and
do you have black slim jeans ... in a 32 waist?" (stranger test 96, docs/nlu/stranger-test-96.md,
B4). The sizes and colours said from there on are the other kind's, not the product's bought or
added. Which kinds are other kinds is the caller's to say; no Rasa here."""

from __future__ import annotations

import re

# Where a message turns to the next thing: "! Oh and", ". Also", ", plus", " btw".
_TURN = re.compile(r"[.!?;]+\s*|\b(?:and|also|plus|btw|oh|then|next|now)\b\s*")


def another_kinds_part_starts(text: str, kind_start: int, since: int = 0) -> int:
    """Where the part of `text` about the kind named at `kind_start` begins: after the last turn
    ("! Oh and", ". Also") between `since` (the end of what was said of the product itself) and
    that kind, else at the kind itself."""
    turns = [m.end() for m in _TURN.finditer(text.lower(), since, kind_start)]
    return turns[-1] if turns else kind_start


# "I'll take them", "this one in a 10", "that pair": the product in focus, said as such.
_IT = re.compile(r"\b(?:it|them|this|that|these|those|ones?|pair)\b")


def speaks_of_it(text: str) -> bool:
    """Whether `text` speaks of the product in focus as "it", "them", "this one" or "that pair"."""
    return bool(_IT.search(text.lower()))
