"""The cart's total with shipping and tax, and when it would arrive if ordered now: "whats the
total w shipping", "whats the total and will it arrive by july 3rd?". Split from
actions/cart_totals.py (the totals themselves), which it builds on."""

from __future__ import annotations

import re

from rasa_sdk import Tracker

from actions import delivery_replies, order_replies
from actions.adding import CART_BUTTONS
from actions.base import Events
from actions.cart_totals import asks_total, asks_with_shipping, tell_total
from actions.checkout_slots import LAST_ORDER, ordering_time
from actions.conversation import day_meant, opened_products, purchases_waiting
from actions.delivery_choice import method_chosen
from actions.waiting_purchases import tell_still_waiting
from commerce.cart import cart_items
from commerce.orders import quote
from commerce.shipping import SHIPPING_METHODS, last_arrival_day, method_for
from shop_nlu.dates import leaves_on
from shop_nlu.parcel_questions import ONE_PARCEL_QUESTION

# "will it arrive by july 3rd", "can it get here by friday", "when would it come": when the cart
# would arrive, if ordered now.
_ASKS_ARRIVAL = re.compile(
    r"\b(?:arriv\w*|get (?:here|there|to me)|be here|reach me|deliver\w*|in time"
    r"|come (?:by|before|in time))\b",
    re.IGNORECASE,
)


def tell_cart_total_and_arrival(
    dispatcher,
    tracker: Tracker,
    session,
    only_with_shipping: bool = False,
    asked: bool = False,
    remind_waiting: bool = True,
) -> bool:
    """ "Whats the total and will it arrive by july 3rd?" with things in the cart and no order
    placed: the cart, its total with the shipping that suits the day asked (the cheapest that
    surely arrives by then, else the fastest; Standard when no day is named) and tax, and
    whether it arrives by then, ordered today. False (nothing said) when the cart is empty or
    the message asks neither a total nor when it arrives (with `only_with_shipping`, a total
    with no word of shipping, tax or a day), unless it was `asked` otherwise ("how much w
    express"). A shipping method named or chosen before ("whats the total w express") is used.
    Purchases still waiting for a choice follow, asked again, unless not to `remind_waiting`."""
    # "Will everything arrive together in one parcel?" asks neither (stranger test 71, B10).
    text = ONE_PARCEL_QUESTION.sub(" ", tracker.latest_message.get("text") or "")
    today = ordering_time().date()
    needed = day_meant(tracker, text, today)
    if not (asked or asks_total(text) or needed or _ASKS_ARRIVAL.search(text)):
        return False
    if (
        not asked
        and only_with_shipping
        and not (needed or _ASKS_ARRIVAL.search(text))
        and not asks_with_shipping(text)
    ):
        return False  # "whats my total": the cart and its subtotal, as before
    items = cart_items(session, tracker.sender_id)
    if not items:
        return False
    # "Flying out dec 4th": the day they leave, so the cart is needed the day before.
    leaving = leaves_on(text, needed, today) if needed else None
    deadline = last_arrival_day(needed, leaving=leaving is not None) if needed else None
    method = method_for(deadline, today)[0] if deadline else SHIPPING_METHODS["standard"]
    if named := method_chosen(tracker):
        method = SHIPPING_METHODS[named]
    offer = quote(session, [(item.variant_id, item.quantity) for item in items], method.key)
    dispatcher.utter_message(text=order_replies.cart_text(items), buttons=CART_BUTTONS)
    dispatcher.utter_message(
        text=delivery_replies.cart_total_and_arrival_text(offer, needed, today, leaving)
    )
    if remind_waiting:  # "Which size of the belt?" left open: still waiting (stranger test 84, A7)
        tell_still_waiting(dispatcher, tracker, session, purchases_waiting(tracker))
    return True


def answer_cart_with_shipping(dispatcher, tracker: Tracker, session) -> Events | None:
    """`tell_cart_total_and_arrival` as an answer a look at the cart gives way to ("whats the
    total with shipping", "will it arrive by friday"); None when the message asks only for the
    cart or its subtotal."""
    return [] if tell_cart_total_and_arrival(dispatcher, tracker, session, True) else None


def answer_cart_total_before_ordering(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "Whats the total and will it arrive by july 3rd" heard as a delivery question, with
    things in the cart and no order in this chat: the cart's total with shipping and tax, and
    when it would arrive; None (nothing said) when the message asks no total, or an order was
    placed or looked up here ("when will it arrive" is that order's)."""
    if tracker.get_slot(LAST_ORDER) or not asks_total(tracker.latest_message.get("text") or ""):
        return None
    return [] if tell_cart_total_and_arrival(dispatcher, tracker, session) else None


def answer_total_with_shipping(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "Whats the damage w postage", "how much all in incl delivery", heard as anything: the
    cart's total with shipping and tax; with nothing in the cart, what waits or was looked at and
    the shipping it would cost (`tell_total`). None (nothing said) when the message asks no total
    with shipping, or nothing was picked at all."""
    text = tracker.latest_message.get("text") or ""
    if not (asks_total(text) and asks_with_shipping(text)):
        return None
    if tell_cart_total_and_arrival(dispatcher, tracker, session, True):
        return []
    if tracker.get_slot(LAST_ORDER) or not (purchases_waiting(tracker) or opened_products(tracker)):
        return None  # ("what was the total w shipping" of the order placed: that order's)
    return tell_total(dispatcher, tracker, session)
