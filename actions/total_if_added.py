"""What shipping would add to things not in the cart yet, and whether it gets there by the day the
shopper named: "what does that come to altogether with the fastest delivery? our dress rehearsal is
on the 12th" (stranger test 46), "how much would the dress come to with express, would it arrive
before we fly out on the 10th?" (stranger test 45). The method is the one named or chosen before
(actions/delivery_choice.py), each method when none was; the day is read as "will it arrive by
friday" reads it (actions/cart_arrival.py), and the wording is actions/delivery_replies.py's."""

from __future__ import annotations

from decimal import Decimal

from rasa_sdk import Tracker

from actions import delivery_replies
from actions.cart_replies import shipping_if_added_text
from actions.checkout_slots import ordering_time
from actions.conversation import day_meant
from actions.delivery_choice import method_chosen
from commerce.products import product_details
from commerce.shipping import SHIPPING_METHODS, ShippingMethod
from shop_nlu.dates import leaves_on


def methods_meant(tracker: Tracker) -> list[ShippingMethod]:
    """The shipping method named or chosen ("with the fastest delivery": Express), else each."""
    chosen = method_chosen(tracker)
    return [SHIPPING_METHODS[chosen]] if chosen else list(SHIPPING_METHODS.values())


def tell_shipping_if_added(dispatcher, tracker: Tracker, subtotal: Decimal, varies: bool) -> None:
    """Under purchases waiting or products looked at, when shipping was asked: what each method
    meant would cost once they are in the cart, and whether it arrives by the day named."""
    methods = methods_meant(tracker)
    costs = [
        (method.label, delivery_replies.shipping_charge_text(method, method.cost_for(subtotal)))
        for method in methods
    ]
    lines = [shipping_if_added_text(subtotal, varies, costs)]
    if day := day_asked_line(tracker, methods):
        lines.append(day)
    dispatcher.utter_message(text="\n".join(lines))


def tell_shipping_of_pieces(dispatcher, tracker: Tracker, session, pieces: list[list[str]]) -> None:
    """`tell_shipping_if_added` under a total of pieces ("both w express"), some of which may be
    one of several products: from the lowest they come to."""
    prices = [
        [
            (d.price_from, d.price_from != d.price_to)
            for h in piece
            if (d := product_details(session, h))
        ]
        for piece in pieces
    ]
    if not all(prices):
        return
    subtotal = sum((min(price for price, _ in piece) for piece in prices), start=Decimal("0.00"))
    varies = any(len(piece) > 1 or piece[0][1] for piece in prices)
    tell_shipping_if_added(dispatcher, tracker, subtotal, varies)


def day_asked_line(tracker: Tracker, methods: list[ShippingMethod]) -> str:
    """Whether the one method meant arrives by the day the latest message names, ordered today
    (by the day before when the shopper leaves that day: "before we fly out on the 10th"), as a
    search naming a day is told; with each method meant, the cheapest that does. "" when the
    message names no day."""
    text = tracker.latest_message.get("text") or ""
    today = ordering_time().date()
    needed = day_meant(tracker, text, today)
    if needed is None:
        return ""
    method = methods[0] if len(methods) == 1 else None
    return delivery_replies.needed_by_note(needed, today, leaves_on(text, needed, today), method)
