"""An order's address changed in the shopper's own words: "sorry wrong adress! ship moved, pls send
to seamens center", "can u change where it goes", "deliver to my work instead: 500 Ocean Blvd"
(stranger test 68, A14). Heard as not understood, off-topic or a complaint, such a message asks to
change the address of an order (actions/after_sales.py ActionChangeOrderAddress, which says
whether the order may still change). No Rasa here; shop_nlu/service_readings.py offers it."""

from __future__ import annotations

import re

from shop_nlu.house_numbers import ADDRESS_INTENT
from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT

# What such a message may be heard as: never a search, a question or a detail given (which may be
# an address typed at checkout).
MAY_CHANGE_THE_ADDRESS = frozenset({FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, "complaint"})

_ADDRESS = r"(?:ad+res+\w*|adress\w*|addy)"
# "wrong address", "address is wrong", "incorrect adress", "typo in my address".
_WRONG_ADDRESS = re.compile(
    rf"\b(?:wrong|incorrect|old|bad|typo in (?:my|the))\s+(?:delivery\s+|shipping\s+)?{_ADDRESS}\b"
    rf"|\b{_ADDRESS}\s+(?:is|was|'s)\s+(?:wrong|incorrect|not right|old)\b"
)
# "change where it goes", "change where my order is going".
_WHERE_IT_GOES = re.compile(
    r"\bchange where\b[^.?!]{0,25}\b(?:goes|going|sent|ships|delivered|arrives)\b"
)
# "i moved", "ship moved", "we've moved": somewhere new, with a wish to send it there.
_MOVED = re.compile(r"\b(?:i|we|ship|i'?ve|we'?ve|i have|we have)\s+(?:just\s+)?moved\b")
# "send it to", "ship to", "deliver it somewhere else", "can it go somewhere else".
_SEND_ELSEWHERE = re.compile(
    r"\b(?:send|ship|deliver|post|mail|go)\b[^.?!]{0,30}\b(?:to|somewhere|elsewhere)\b"
)
# "deliver to my work instead", "ship it to 425 S Palos Verdes St instead".
_SEND_INSTEAD = re.compile(r"\b(?:send|ship|deliver|post|mail)\b[^.?!]{0,60}\binstead\b")
# Questions about the shop's own address or shipping in general, not an order's.
_NOT_AN_ORDERS = re.compile(
    r"\b(?:your|the shop'?s|store'?s?) (?:address|location)\b|\bdo you (?:ship|deliver|send)\b"
    r"|\b(?:never|hasn'?t|didn'?t|not) (?:came|come|arrived?|got here)\b"
    # "it was delivered to the wrong address": a delivery gone wrong, an order matter.
    r"|\b(?:delivered|sent|went|gone|arrived|shipped|left|dropped)\b[^.?!]{0,12}\b(?:to|at) "
    r"(?:the |a )?wrong\b"
)


def asks_to_change_the_address(text: str) -> bool:
    """Whether `text` asks to send an order somewhere else than its address."""
    lowered = text.lower()
    if _NOT_AN_ORDERS.search(lowered):
        return False
    if _WRONG_ADDRESS.search(lowered) or _WHERE_IT_GOES.search(lowered):
        return True
    if _SEND_INSTEAD.search(lowered):
        return True
    return bool(_MOVED.search(lowered) and _SEND_ELSEWHERE.search(lowered))


def address_change_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """The change of an order's address, with its reason, for a message heard as `intent`; None
    to keep it."""
    if intent in MAY_CHANGE_THE_ADDRESS and asks_to_change_the_address(text):
        return ADDRESS_INTENT, "asks to send an order to another address"
    return None
