"""Whether the shopper asks about the price in the parcel: "I don't want the price showing in
the box either", "no receipt in the package please, it's a gift" (stranger test 67,
docs/nlu/stranger-test-67.md, B4). Not a question about what a gift note costs: the answer is in
actions/gift_options.py."""

from __future__ import annotations

import re

_PRICE_PAPER = (
    r"(?:price\w*|receipt|invoice|packing (?:slip|list)|bill|how much (?:i|it) (?:paid|cost))"
)
_IN_THE_PARCEL = (
    r"(?:box|parcel|package|packet|inside|in it|with it|show\w*|shown|visible|included|"
    r"enclosed|out|on (?:it|anything))"
)
# "I don't want the price showing in the box", "leave the receipt out", "no invoice inside pls",
# "can you hide the price", "without the price in the package".
_LEFT_OUT = re.compile(
    r"\b(?:don'?t|do not|not|no|without|leave|hide|remove|take|keep|won'?t)\b[^.?!]{0,40}?\b"
    + _PRICE_PAPER
    + r"\b[^.?!]{0,40}?\b"
    + _IN_THE_PARCEL
    + r"\b"
    # "hide the price", "remove the receipt": the wish alone.
    r"|\b(?:hide|remove|leave out|take out)\s+(?:the\s+)?" + _PRICE_PAPER + r"\b"
)
# "will the price be in the box?", "is there a receipt inside?", "does the invoice come with it?"
_ASKS_IF_IN = re.compile(
    r"\b(?:will|is|are|does|do|would)\b[^.?!]{0,30}?\b"
    + _PRICE_PAPER
    + r"\b[^.?!]{0,30}?\b(?:in (?:the|my|her|his) (?:box|parcel|package)|inside|included|"
    r"enclosed|come with it|show\w*|on (?:it|anything))"
)


def asks_price_left_out(text: str) -> bool:
    """Whether `text` asks that the price (a receipt, an invoice) not be in the parcel, or
    whether it is."""
    lowered = text.lower()
    return bool(_LEFT_OUT.search(lowered) or _ASKS_IF_IN.search(lowered))
