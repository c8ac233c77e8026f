"""Goods asked into an order already placed ("pls put a tie in my last order too", "add a belt to
the order i just made"), heard as a purchase, a pick ("last" read as the last one listed) or not
understood: a change to that order, which actions/order_changes.py answers (a placed order takes
no new items: the goods are shown for a new one). Only words that name an order placed count, so
"add the tie to my order" before anything is ordered stays with the cart."""

from __future__ import annotations

import re

from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT
from shop_nlu.order_additions import asks_to_add_to_order

CHANGE_ORDER_INTENT = "change_order"
MAY_ADD_TO_A_PLACED_ORDER = frozenset(
    {"buy", "select_product", FALLBACK_INTENT, OUT_OF_SCOPE_INTENT}
)
# "my last order", "the order i just placed", "the order we made", "my previous order".
_PLACED_ORDER = re.compile(
    r"\b(?:last|previous|latest|placed|existing)\s+order\b"
    r"|\border\s+(?:i|we)(?:'ve|\s+have)?\s+(?:just\s+)?(?:placed|made|did|put\s+in|sent)\b",
    re.I,
)


def into_placed_order_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """A change to the order placed, with its reason, for goods asked into it; None otherwise."""
    if (
        intent in MAY_ADD_TO_A_PLACED_ORDER
        and _PLACED_ORDER.search(text)
        and asks_to_add_to_order(text)
    ):
        return CHANGE_ORDER_INTENT, "asks to add goods to an order already placed"
    return None
