""" "Lovely, please put the flats in size 8 and that dress in my cart together, and tell me what the
total comes to with express shipping." (stranger test 84, docs/nlu/stranger-test-84.md, B5), heard
as a change to an order placed ("I don't see an order from you"), or as a look at the cart or a
search: things put in the cart, in so many words, with the total asked, are an add; the add's
answer gives the total too (actions/adds_with_total.py). Goods asked into an order ("add a belt to
my order") stay the order's. No Rasa here; shop_nlu/cart_picks.py weighs it with the other cart
readings."""

from __future__ import annotations

import re

from shop_nlu.adding_words import puts_in_the_cart
from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT
from shop_nlu.order_additions import names_the_order
from shop_nlu.typos import with_key_words_corrected

_ADD_INTENT = "add_to_cart"
# What "put them in my cart and tell me the total" is heard as.
MAY_ADD_AND_ASK_THE_TOTAL = frozenset({
    "change_order", "order_status", "view_cart", "checkout", "search_products", "refine_search",
    "ask_price", "ask_shipping", "ask_delivery_time", "choose_shipping", "buy", "select_product",
    FALLBACK_INTENT, OUT_OF_SCOPE_INTENT,
})  # fmt: skip
# "what the total comes to", "how much is that", "what do i owe": the amount asked for.
_AMOUNT = re.compile(
    r"\b(?:total|how\s+much|comes?\s+to|adds?\s+up|owe|altogether)\b", re.IGNORECASE
)
# "my order HL-7QX2MB", "the order i placed": an order, never the cart.
_AN_ORDER = re.compile(r"\bHL-\w{6}\b|\b(?:my|that|the|last|previous)\s+order\b", re.IGNORECASE)


def add_and_total_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """Adding to the cart, with its reason, for a message that puts things in the cart and asks
    what it all comes to; None otherwise."""
    corrected = with_key_words_corrected(text)
    if (
        intent in MAY_ADD_AND_ASK_THE_TOTAL
        and puts_in_the_cart(corrected)
        and _AMOUNT.search(corrected)
        and not names_the_order(corrected)
        and not _AN_ORDER.search(corrected)
    ):
        return _ADD_INTENT, "puts things in the cart and asks what they come to"
    return None
