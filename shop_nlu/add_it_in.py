"""Adding the product in focus in a colour or size: "ok add it in white 15.5" (stranger test 86,
docs/nlu/stranger-test-86.md, A4), said after a stock question about it, was heard as one more
stock question ("Yes, ... is in stock in 15.5 (White)") and nothing went in. A message that opens
by adding "it" (that, this one) is an add, whatever colour or size follows. No Rasa here;
shop_nlu/cart_picks.py offers it to shop_nlu/resolution.py."""

from __future__ import annotations

import re

from shop_nlu.adding_words import ADD_VERBS
from shop_nlu.intents import FALLBACK_INTENT, SEARCH_INTENT
from shop_nlu.typos import with_key_words_corrected

ADD_INTENT = "add_to_cart"
# What "add it in white 15.5" may be heard as: the colour and size make it sound like a stock
# question or a narrower search.
MAY_ADD_IT_IN = frozenset({
    "check_availability", "refine_search", "product_details", "select_product", SEARCH_INTENT,
    FALLBACK_INTENT,
})  # fmt: skip
# "ok add it in", "pls add that one in", "put this in": the verb first, then the one in focus,
# then "in" (a colour or size). "put it in my cart" is shop_nlu/adding_words.py's already.
_ADD_IT_IN = re.compile(
    r"^\W*(?:(?:ok|okay|so|then|yes|yeah|right|pls|please|just|and|also|now|cool|k)\W+)*"
    rf"(?:{ADD_VERBS})\s+(?:it|that|this)(?:\s+one)?\s+(?:in|as)\b"
)


def add_it_in_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """Adding, with its reason, for a message heard as `intent` that adds the product in focus
    in a colour or size ("ok add it in white 15.5"); None otherwise."""
    if intent in MAY_ADD_IT_IN and _ADD_IT_IN.search(with_key_words_corrected(text)):
        return ADD_INTENT, "adds the product in focus in a colour or size"
    return None
