"""Whether a message asks to put something more into an order ("could I add a matching belt to
that order?", "add a belt as well"): the item itself is the `category` entity; this says only
that it is wanted in, not searched for."""

from __future__ import annotations

import re

_ADD = r"\b(?:add|put|include|throw\s+in|stick)\b"
_INTO_THE_ORDER = re.compile(
    _ADD + r".{0,60}?\b(?:to|in|into|onto|on)\s+(?:my|that|the|this|our)\s+"
    r"(?:(?:last|previous|latest|recent|existing)\s+)?order\b",
    re.I,
)
_TOO = re.compile(_ADD + r".{0,60}?\b(?:too|as\s+well|also)\b|\balso\s+" + _ADD, re.I)


def asks_to_add_to_order(text: str) -> bool:
    """ "could I add a matching belt to that order?", "change it to a 10.5 and add a belt as well"."""
    return bool(_INTO_THE_ORDER.search(text) or _TOO.search(text))


def names_the_order(text: str) -> bool:
    """ "add a belt to my order": into the order named, not "add the belt too" to the cart."""
    return bool(_INTO_THE_ORDER.search(text))
