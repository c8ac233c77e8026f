"""Asking to find an order by the shopper's name ("I don't have the order number ... can you look
it up with my name?", stranger test 64, Gillian #6): a shopper without the order number, whatever
the classifier heard (unsure, out of scope, account help). The answer, that a name alone finds no
order here, is in actions/order_details.py."""

from __future__ import annotations

import re

from shop_nlu.gift_orders import says_no_order_number

NO_NUMBER_INTENT = "no_order_number"
# "with my name", "under my full name", "by name", "using my surname"
_BY_NAME = re.compile(
    r"\b(?:by|with|under|using|via|from)\s+(?:(?:my|her|his|our|the|a)\s+)?"
    r"(?:full\s+|last\s+|first\s+|sur|maiden\s+)?name\b"
)
# "look it up", "find my order", "search for the order", "check my order", "trace it"
_LOOKS_FOR_AN_ORDER = re.compile(
    r"\b(?:look|find|search|check|pull|trace|track|locate)\w*\b[^.?!]{0,25}?"
    r"\b(?:it|it up|orders?|purchase|parcel|package|delivery)\b"
    r"|\b(?:look|pull)\w* (?:it |them )?up\b"
)


def asks_to_find_order_by_name(text: str) -> bool:
    """Whether the message asks to find an order by the shopper's name."""
    lowered = text.lower()
    return bool(
        _BY_NAME.search(lowered)
        and (_LOOKS_FOR_AN_ORDER.search(lowered) or says_no_order_number(lowered))
    )


def order_by_name_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """The no-order-number intent, with its reason, for a request to find an order by name."""
    if intent != NO_NUMBER_INTENT and asks_to_find_order_by_name(text):
        return NO_NUMBER_INTENT, "asks to find an order by name, without its number"
    return None
