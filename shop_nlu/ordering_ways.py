"""Whether a message asks to order some other way than here or on the website: by phone ("can i
order over the phone", "is there a number i can call to place an order", "can i ring you to
order"), by email, or in person. It is a question about the shop's team, whatever intent the
classifier heard (stranger test 27: "Can I telephone somebody and order that way instead" was
taken for a second misunderstanding); the answer comes from the shop's settings
(actions/service.py)."""

from __future__ import annotations

import re

# The ways asked about, each with the words that name it.
_WAYS = {
    "phone": r"(?:tele)?phon\w*|calls?|calling|ring\w*|(?:phone )?number|hotline|over the line",
    "email": r"e-?mail\w*|mail",
    "in person": r"in person|in store|in-store|in the (?:shop|store)|at (?:the|your) (?:shop|store)"
    r"|face to face|walk in",
}
_WAY = "|".join(_WAYS.values())
_WAY_NAMED = {name: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for name, words in _WAYS.items()}
# Placing an order (never "my order" or "the order", which already exists: "can i change my order
# by phone" is about that order).
_ORDER = r"(?<!my )(?<!the )(?<!an )(?:order|buy|purchase|place (?:an |my |the )?orders?|get (?:it|them|one))"
_TAKE = r"(?:take|takes|taking|accept|accepts|do|does)"
_ORDERS_ASKED = re.compile(
    # "can i order over the phone", "buy by email?", "order in person"
    rf"\b{_ORDER}\b(?: (?:it|them|this|these|one|something|that way))?"
    rf" (?:over|by|via|on|through|using|with|from) (?:the |a |an |your )?(?:{_WAY})\b"
    rf"|\b{_ORDER}\b(?: (?:it|them|this|these|one|something))? (?:{_WAYS['in person']})\b"
    # "can i telephone somebody and order that way", "can i ring you to order", "a number i can
    # call to place an order"
    rf"|\b(?:{_WAY})\b[^.?!]{{0,40}}\b(?:and|to|for|&|n) (?:then )?(?:i )?{_ORDER}\b"
    # "do you take phone orders", "do you accept orders by email"
    rf"|\b{_TAKE} (?:\w+ )?(?:(?:{_WAY}) orders|orders (?:over|by|via|on|through) (?:the )?(?:{_WAY}))\b"
    rf"|\b(?:{_WAY}) orders?\b"
    # "can i phone in an order"
    rf"|\b(?:{_WAY}) in (?:an |my |the )?orders?\b",
    re.IGNORECASE,
)
# Said of an order already placed ("I ordered by phone and ..."): no question about ordering.
_ALREADY_ORDERED = re.compile(r"\b(?:ordered|bought|purchased|placed|used)\b", re.IGNORECASE)


def order_way_asked(text: str) -> str | None:
    """The way of ordering a message asks about ("phone", "email" or "in person"), or None."""
    if _ALREADY_ORDERED.search(text):
        return None
    match = _ORDERS_ASKED.search(text)
    if not match:
        return None
    asked = match.group()
    return next((name for name, words in _WAY_NAMED.items() if words.search(asked)), None)
