"""A house number given alone, to correct an order's address: "wrong house number, it's 47", "the
number should be 47" (known misses, session 14; stranger test 32, docs/nlu/stranger-test-32.md).
actions/address_corrections.py applies it to the order's address; heard as not understood, it is
a change of the order's address (shop_nlu/resolution.py). No Rasa here."""

from __future__ import annotations

import re

from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT

ADDRESS_INTENT = "change_order_address"
# What "the number should be 47" may be heard as: not understood (never a detail given, which
# may be an address typed at checkout).
MAY_GIVE_A_HOUSE_NUMBER = frozenset({FALLBACK_INTENT, OUT_OF_SCOPE_INTENT})
# "house number", "door no.", "the number", "wrong number": the house's, never an order's, a
# phone's or a size's ("order number 47", "phone number", "size number").
_HOUSE_NUMBER_SAID = re.compile(
    r"\b(?:(?:house|door|street|building)\s+(?:number|no\.?|#)|(?:the|wrong)\s+number)(?!\w)(?!\s+of\b)",
    re.IGNORECASE,
)
_OTHER_NUMBERS = re.compile(
    r"\b(?:phone|mobile|cell|order|tracking|size|shoe|card|account|model)\b", re.IGNORECASE
)
# A house number: up to five digits, maybe a letter ("47", "12b").
_NUMBER = re.compile(r"(?<![\w-])\d+[a-z]?(?![\w-])", re.IGNORECASE)
_HOUSE_NUMBER = re.compile(r"\d{1,5}[a-z]?", re.IGNORECASE)


def house_number_given(text: str) -> str | None:
    """The one house number a message gives alone ("wrong house number, it's 47" -> "47"), or None
    when it gives none, several numbers, or a number of something else."""
    if not _HOUSE_NUMBER_SAID.search(text) or _OTHER_NUMBERS.search(text):
        return None
    numbers = _NUMBER.findall(text)
    if len(numbers) != 1 or not _HOUSE_NUMBER.fullmatch(numbers[0]):
        return None
    return numbers[0]
