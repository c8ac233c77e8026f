"""A day of the month said with "the", read as a place on screen: "would it arrive before we leave
for his parents' on the 10th?" (stranger test 81, docs/nlu/stranger-test-81.md, B4) added "the
10th" product of a list of one. After "on", "by", "before", "until" or "for", and with no "one"
after it, "the 10th" is a day."""

from __future__ import annotations

import re

_DAY_BEFORE = re.compile(r"\b(?:on|by|before|until|till|til|for|after|from|around)\s+the\s+$")
_A_PLACE_AFTER = re.compile(r"^\s*(?:one|ones|pair|item|of)\b")


def a_day_of_the_month(lowered: str, start: int, end: int) -> bool:
    """Whether the ordinal said at `start`..`end` of `lowered` is a day ("on the 10th"), not a
    place on screen ("the 10th one")."""
    return bool(_DAY_BEFORE.search(lowered[:start]) and not _A_PLACE_AFTER.match(lowered[end:]))
