"""Whether a message that asks to add goods to an order asks for a change to what was ordered as
well ("change it to black and add a belt", "swap to size 11, and put a belt in too"): then both
halves are answered together (actions/order_changes.py); without one, "add a brown belt to my
order" is about the belt alone, and "brown" is the belt's colour, not a change to the order."""

from __future__ import annotations

import re

_CHANGE = re.compile(
    # ("will express make it before the 19th": in time, no change: stranger test 93, B5)
    r"\b(?:change|chnage|switch|swap|exchange|instead|rather"
    r"|make\s+(?:it|them|that|mine)\b(?!\s+(?:by|before|in\s+time|on\s+time|there|here)\b)"
    r"|different\s+(?:size|colou?r))\b",
    re.I,
)


def asks_another_change(text: str) -> bool:
    """ "change it to black and add a belt": a change besides the addition."""
    return bool(_CHANGE.search(text))
