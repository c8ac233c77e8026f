""" "If shoes 2 tight can i swap for 10", the shoes in the cart: how exchanges work, and whether
that product is in stock in the size asked, in the colour in the cart, right now (stranger test 89
A9, docs/nlu/stranger-test-89.md). The shop sends the new one "if it's in stock", so a size sold
out now is worth saying. Tried first by `answer_return_followup` (actions/return_followups.py)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.base import Events
from actions.conversation import latest_entities
from actions.size_exchange_replies import how_exchanges_work, swap_size_stock_text
from commerce.cart import cart_items
from commerce.products import check_variant
from commerce.search import category_types
from commerce.sizes import key_of_label, size_query_key
from shop_nlu.bought_size_swaps import size_asked_in_exchange
from shop_nlu.return_followups import asks_to_exchange_if_it_does_not_fit


def answer_swap_size_stock(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """How exchanges work and the stock of the one cart item (of the kind named, if one is) in
    the size asked; None when no size is named or no one item in the cart is meant."""
    text = tracker.latest_message.get("text") or ""
    size = size_asked_in_exchange(text)
    if not asks_to_exchange_if_it_does_not_fit(text) or not size or size.startswith(("a ", "one ")):
        return None
    kinds = latest_entities(tracker).get("category") or []
    items = cart_items(session, tracker.sender_id)
    if kinds:
        types = frozenset().union(*(category_types(str(kind)) for kind in kinds))
        items = [i for i in items if (i.variant.product.product_type or "").lower() in types]
    if len(items) != 1:
        return None
    product, colour = items[0].variant.product, items[0].variant.colour
    check = check_variant(session, product.handle, size_query_key(size), colour)
    if check is None:
        return None
    wanted = key_of_label(size)
    label = next(
        (s for s in check.product.sizes_offered if key_of_label(s) in (wanted, f"us{wanted}")),
        size,
    )
    stock = swap_size_stock_text(product.title, label, colour, check)
    dispatcher.utter_message(text=f"{how_exchanges_work()}\n{stock}")
    return []
