"""A gift exchanged without its order number, after the exchanges answer: to its recipient ("it
was a present, I don't have the order number"), that the number is in the buyer's confirmation or
the team finds the order without it; to its buyer, for the person it is for ("if he not fit can he
change size himself? he dont have order number": stranger test 58, docs/nlu/stranger-test-58.md,
Linh #6), that the number is in their own confirmation to pass on, or the team finds the order
without it. Which words say so: shop_nlu/gift_orders.py; the wording: actions/order_replies.py."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.checkout_slots import LAST_ORDER
from actions.order_lookup import someone_else_bought_it
from actions.order_replies import buyers_gift_without_number_text
from actions.reach_a_person import contact_details
from commerce.config import load_settings
from shop_nlu.gift_orders import says_they_have_no_number


def tell_gift_without_number(dispatcher, tracker: Tracker, order_request: str) -> None:
    """After the exchanges answer, no order placed in this chat: the way forward without the order
    number for a gift's recipient (`utter_no_order_number_gift`, ending "and our team will
    find the order and {order_request}") or for the one it is for, said by its buyer; nothing
    otherwise."""
    if tracker.get_slot(LAST_ORDER):
        return
    settings = load_settings()
    if note := buyers_gift_note(tracker):
        dispatcher.utter_message(text=note)
    elif someone_else_bought_it(tracker):
        dispatcher.utter_message(
            response="utter_no_order_number_gift",
            order_request=order_request,
            contact_email=settings.contact_email,
            contact_phone=settings.contact_phone,
            opening_hours=settings.opening_hours,
        )


def buyers_gift_note(tracker: Tracker) -> str:
    """What the buyer of a gift passes on, when this message says the one it is for has no order
    number ("he dont have order number") and no order is placed in this chat; "" otherwise."""
    text = tracker.latest_message.get("text") or ""
    if tracker.get_slot(LAST_ORDER) or not says_they_have_no_number(text):
        return ""
    return buyers_gift_without_number_text(contact_details(load_settings()))
