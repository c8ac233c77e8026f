"""Gift receipts, notes, messages, cards and wrapping spoken of in a message about something else,
such as a request for a person: "could I talk to a real person about getting a gift receipt put in
with the order?" (stranger test 79, docs/nlu/stranger-test-79.md, B9). Not a present alone ("a gift
for my sister"): that asks nothing the shop's gift answer says."""

from __future__ import annotations

import re

_GIFT_EXTRAS = re.compile(
    r"\bgift[- ]?(?:wrap\w*|notes?|box(?:es)?|messages?|msgs?|cards?|bags?"
    r"|rece?i?e?pts?)\b"  # "receipt", "reciept", "recipt"
    r"|\b(?:wrap(?:ped)?|gift[- ]?wrapp?ed)\s+(?:it\s+|them\s+)?(?:as\s+a\s+)?(?:present|gift)\b"
    r"|\b(?:note|message|msg|card)\s+(?:for|to)\s+(?:the\s+person|her|him|them|my\s+\w+)\b",
    re.IGNORECASE,
)


def speaks_of_gift_extras(text: str) -> bool:
    """Whether the message speaks of a gift receipt, note, message, card, box or wrapping."""
    return bool(_GIFT_EXTRAS.search(text))
