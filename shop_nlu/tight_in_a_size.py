"""A jacket size that pulls or feels tight round the middle: "I normally take a 44 in a jacket but
it pulls across the middle when I do the button up ... ought I to go up a size?" (stranger test 98,
docs/nlu/stranger-test-98.md, B2). The size said is the shopper's own, too snug: the answer is the
size up in the tailoring in view (actions/roomier_fit.py), never the shoe chart. No Rasa here."""

from __future__ import annotations

import re

# Too snug: "it pulls across the middle", "tight round my stomach", "strains over my gut".
_TIGHT = re.compile(
    r"\b(?:pull(?:s|ed|ing)?|tight(?:er)?|snug|strain(?:s|ed|ing)?|digs?\s+in"
    r"|(?:won'?t|wont|doesn'?t|doesnt|can'?t|cant)\s+(?:do\s+(?:it\s+)?up|button|close))\b"
)
# Or a belly, and a size up asked: "got a bit of a belly now.. go up one?"
_ROUND_THE_MIDDLE = re.compile(r"\b(?:belly|tummy|stomach|gut|paunch|middle)\b")
_ASKS_UP = re.compile(
    r"\b(?:go(?:ing)?\s+up|size\s+up|bigger|larger|next\s+size|roomi\w*|forgiving|more\s+room)\b"
)
# A tailored size of their own: "a 44", "44R", "a 42 jacket", "size is 38" (chest sizes 34-56).
_CHEST_SIZE = re.compile(
    r"\b(3[4-9]|4\d|5[0-6])\s*(r|s|l|reg(?:ular)?|short|long)?\b(?!\s*(?:degrees|°|years|yrs|%))"
)
_LENGTHS = {"s": "S", "short": "S", "l": "L", "long": "L"}


def tight_size_said(text: str) -> str | None:
    """The shopper's own jacket size ("44R", a regular when no length is said) when the message
    says it pulls or feels tight, or tells of a belly and asks to go up; None otherwise."""
    lowered = text.lower().replace("’", "'")
    if not _TIGHT.search(lowered) and not (
        _ROUND_THE_MIDDLE.search(lowered) and _ASKS_UP.search(lowered)
    ):
        return None
    found = _CHEST_SIZE.search(lowered)
    if found is None:
        return None
    return f"{found.group(1)}{_LENGTHS.get(found.group(2) or '', 'R')}"
