"""Which shipping method an order goes by, asked with one named: "Is it still going express to the
new address?" after the order was placed with Standard (stranger test 95, B10, worst problem 1;
docs/nlu/stranger-test-95.md) got "not sure I understood". Answered from the order placed in this
chat (its own method and date, computed), or during a checkout from the method its review shows;
never a switch. Which words ask it: shop_nlu/method_of_it_asked.py. Listed in the `gives_way_to`
of the actions such a message reaches (a choice of shipping, a shipping question, unsure)."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.base import Events
from actions.checkout_slots import CHECKOUT_KEY, CHECKOUT_SHIPPING, LAST_ORDER
from actions.delivery_choice import method_asked
from actions.order_change_replies import method_at_checkout_text, method_of_order_text
from actions.order_lookup import ORDER_EMAIL
from commerce.orders import OrderNotFound
from commerce.orders_after_sale import Requester, find_order
from commerce.shipping import SHIPPING_METHODS
from shop_nlu.method_of_it_asked import asks_method_it_goes_by


def answer_method_of_order(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "Is it still going express?": yes or no, from the checkout going on, else from the order
    placed in this chat; None (nothing said) for any other message, or with neither."""
    if not asks_method_it_goes_by(tracker.latest_message.get("text") or ""):
        return None
    key = method_asked(tracker)
    if key is None:
        return None
    asked = SHIPPING_METHODS[key]
    if tracker.get_slot(CHECKOUT_KEY):
        chosen = SHIPPING_METHODS[tracker.get_slot(CHECKOUT_SHIPPING) or "standard"]
        dispatcher.utter_message(text=method_at_checkout_text(chosen, asked))
        return []
    number = tracker.get_slot(LAST_ORDER)
    if not number:
        return None
    try:
        order = find_order(
            session, number, Requester(tracker.sender_id, tracker.get_slot(ORDER_EMAIL))
        )
    except OrderNotFound:
        return None
    dispatcher.utter_message(text=method_of_order_text(order, asked))
    return []
