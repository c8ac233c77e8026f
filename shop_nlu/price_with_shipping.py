"""What something costs with shipping added: "hmm how much w express shipping to 10001 nyc",
"total with standard shipping?", "whats it come to w express", "price incl shipping" (stranger test
35, docs/nlu/stranger-test-35.md). Only the words are read here; which method they name is
actions/delivery_choice.py's, and the figures are added up in actions/price_with_shipping.py."""

from __future__ import annotations

import re

from shop_nlu.typos import with_key_words_corrected

# What it comes to: "how much", "price", "cost", "total", "come to", "all in".
_AMOUNT = (
    r"\b(?:how\s+much|hw\s+much|price|cost|costs|total|come\s+to|comes\s+to|coming\s+to"
    r"|add\s+up\s+to|adds\s+up\s+to|owe|all\s+in|altogether|damage)\b"
)
# With a shipping added: "with", "w", "w/", "wth", "incl", "including", "plus", "+", "if i go".
_WITH = (
    r"(?<![\w/+])(?:(?:with|wth|wiv|incl|including|include|includes|inc|plus|using|via)\.?\s+"
    r"|if\s+(?:i|we)\s+(?:go(?:\s+(?:with|for))?|choose|pick|use|get|take)\s+"
    r"|w/\s*|w\s+|\+\s*)"
)
# A shipping method or shipping itself: "express", "standard delivery", "shipping", "postage".
_SHIPPING = (
    r"(?:the\s+)?(?:(?:express|expres|xpress|standard|standart|next[- ]day)\b"
    r"(?:\s+(?:shipping|shippin|delivery|postage|post))?"
    r"|(?:fast\w*|quick\w*|cheap\w*|normal|regular)\s+(?:shipping|shippin|delivery|postage)"
    r"|shipping|shippin|delivery|postage|p\s*&\s*p|s\s*&\s*h)\b"
)
_ASKS = re.compile(
    rf"{_AMOUNT}.*{_WITH}{_SHIPPING}|{_WITH}{_SHIPPING}.*{_AMOUNT}", re.IGNORECASE | re.DOTALL
)
# Shipping of a return ("how much is return shipping with a refund") is not an order's.
_OF_A_RETURN = re.compile(r"\b(?:return\w*|send\w* (?:it |them )?back|refund\w*)\b", re.IGNORECASE)


def asks_price_with_shipping(text: str) -> bool:
    """Whether a message asks what something comes to with shipping added ("how much w express",
    "price incl shipping", "whats the totl w standard"), not what shipping costs alone ("how much
    is express shipping?") or a return's postage."""
    return bool(_ASKS.search(with_key_words_corrected(text))) and not _OF_A_RETURN.search(text)


# "whats in my cart and whats the total w shipping": the cart's, even when it is empty.
_THE_CART = re.compile(r"\b(?:cart|basket|trolley|my bag)\b", re.IGNORECASE)


def speaks_of_the_cart(text: str) -> bool:
    """Whether a message names the cart ("my cart", "the basket", "in my bag"; not "the bag",
    which may be one for sale)."""
    return bool(_THE_CART.search(text))
