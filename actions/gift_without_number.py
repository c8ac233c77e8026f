"""A gift exchanged without its order number, after the exchanges answer: to its recipient ("it
was a present, I don't have the order number"), that the number is in the buyer's confirmation or
the team finds the order without it; to its buyer, for the person it is for ("if he not fit can he
change size himself? he dont have order number": stranger test 58, docs/nlu/stranger-test-58.md,
Linh #6), that the number is in their own confirmation to pass on, or the team finds the order
without it. Which words say so: actions/order_lookup.py."""

from __future__ import annotations

import re

from rasa_sdk import Tracker

from actions.checkout_slots import LAST_ORDER
from actions.order_lookup import someone_else_bought_it
from actions.reach_a_person import contact_details
from commerce.config import load_settings

# "he dont have order number", "she wont have the order number", "can my colleague exchange it
# without the order number": the person a gift is for has no order number, said by its buyer.
_THEY_HAVE_NO_NUMBER = re.compile(
    r"\b(?:he|she|they|him|her|them|my \w+)\b[^.?!]{0,40}?"
    r"(?:\b(?:do ?n'?t|does ?n'?t|dont|doesnt|wo ?n'?t|wont|not|never|no)\b[^.?!]{0,20}?"
    r"\border (?:number|no|#)|\bwithout (?:an?|the|his|her|their) order (?:number|no|#))"
)


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
    text = (tracker.latest_message.get("text") or "").lower()
    if tracker.get_slot(LAST_ORDER) or not _THEY_HAVE_NO_NUMBER.search(text):
        return ""
    return buyers_gift_without_number_text(contact_details(load_settings()))


def buyers_gift_without_number_text(contact: str) -> str:
    """To a gift's buyer whose recipient has no order number (`contact`: how to reach the team)."""
    return (
        "He or she doesn't need it: the order number is in the buyer's order confirmation, "
        "which is your order confirmation email, so you can pass it on. Or they can do it "
        f"without the order number: they contact our team ({contact}), say it was a gift, and give "
        "your name or email, and our team will find the order and help them exchange it."
    )
