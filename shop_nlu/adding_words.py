"""The words that put something in the cart: "add them", "pop it in my basket", "put both in ur
trolley", "ill take it". One reading for every module that asks whether a message adds
(shop_nlu/adding_with_more.py, shop_nlu/cart_picks.py), so a word taught here is known to all.
No Rasa here."""

from __future__ import annotations

import re

# "add", "pop", "chuck", "bung", "toss": a verb that puts a thing in the cart.
ADD_VERBS = r"add|put|pop|throw|stick|chuck|bung|toss"
# "in my cart", "into the shopping basket", "to ur bag", "inside me trolley", "to cart".
INTO_THE_CART = (
    r"\b(?:in|into|to|inside)\s+(?:(?:my|the|ur|your|me|our)\s+(?:shopping\s+)?"
    r"(?:cart|basket|bag|trolley)|(?:cart|basket|trolley))\b"
)
# "ill take it", "i'd take the first": one shown, taken.
_TAKES = r"\b(?:i'?ll|i will|i'?d|id|ill) take\b"
# "ok add", "yes pls put", "and also pop": what a message may open with before its verb.
_OPENING = r"^\W*(?:(?:ok|okay|so|then|yes|yeah|right|pls|please|just|and|also|now|cool|k)\W+)*"

# Cart words that put nothing in it: "whats in my cart", "what do i have in my basket" ask about
# the cart; "is it safe to put my card number in here" puts in a payment detail, not goods.
_NO_ADD = re.compile(
    r"\bwhat(?:'?s|\s+is|\s+do\s+i\s+have|\s+have\s+i\s+got|\s+i\s+have)\s+(?:got\s+)?"
    r"(?:in|inside)\s+(?:(?:my|the|ur|your|me|our)\s+)?(?:shopping\s+)?(?:cart|basket|bag|trolley)\b"
    # "the total for everything in my basket" asks what it comes to (stranger test 82, B#7).
    r"|\b(?:total|cost|price|sum)\s+(?:for|of)\s+(?:everything|all|the\s+(?:items|things|lot))?\s*"
    r"(?:(?:that'?s|i\s+have)\s+)?(?:in|inside)\s+(?:(?:my|the|ur|your|me|our)\s+)?"
    r"(?:shopping\s+)?(?:cart|basket|bag|trolley)\b"
    r"|\b(?:put|stick|add)\s+(?:in\s+)?(?:my|your|ur|the)\s+(?:credit\s+|debit\s+)?"
    r"(?:card|card\s+number|card\s+details|details|pin|password|info)\b"
)
_ADDS = re.compile(rf"\b(?:{ADD_VERBS})\b|{INTO_THE_CART}|{_TAKES}")
# A verb only as the message's first word, and no "i'll take": "whats the cheapest one to put
# on" is no add, and "ill take the cheapest" is a purchase (shop_nlu/resolution.py weighs it).
_ADDS_FIRST = re.compile(rf"{_OPENING}(?:{ADD_VERBS})\b|{INTO_THE_CART}")
# "put/pop/chuck ... in my cart", "add ... to cart", "drop both in the basket": a verb, then the
# cart ("drop" and "place" only with the cart: "drop the belt" takes it out).
_PUTS_IN_THE_CART = re.compile(rf"\b(?:{ADD_VERBS}|drop|place)\b.*?{INTO_THE_CART}")


def asks_to_add(text: str, *, verb_first: bool = False) -> bool:
    """Whether a message asks to put something in the cart ("add them to my cart in 8.5", "ill
    take it"); with `verb_first`, only a message that opens with the verb ("ok add the
    cheapest") or names the cart ("the cheapest in my bag") does."""
    asked = _NO_ADD.sub(" ", text.lower())
    return bool((_ADDS_FIRST if verb_first else _ADDS).search(asked))


def puts_in_the_cart(text: str) -> bool:
    """Whether a message puts something in the cart in so many words: a verb, then the cart
    ("pop the shoes in my basket in 7.5", "add both to cart")."""
    return bool(_PUTS_IN_THE_CART.search(text.lower()))
