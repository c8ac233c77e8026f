"""A question about one shipping method: "how long shippin, is standard free?", "hows much is
standard shipping", "is express free?" (stranger test 92, A5, docs/nlu/stranger-test-92.md). Its
price, when it ships free and its days (commerce.shipping, their one place), then what it costs
on the cart, else on the product in view, computed, and nothing chosen. Listed, with "how much w
express" (actions/price_with_shipping.py), in the service answer's `gives_way_to`."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions import delivery_replies
from actions.address_change_asides import METHOD_ASKED
from actions.base import Events
from actions.cart_totals import asks_total
from actions.checkout_slots import CHECKOUT_KEY, ordering_time
from actions.conversation import CURRENT_PRODUCT, day_meant
from actions.delivery_choice import method_asked
from actions.price_with_shipping import answer_price_with_shipping
from commerce.cart import cart_items
from commerce.config import load_settings
from commerce.orders import quote
from commerce.products import product_details
from commerce.shipping import SHIPPING_METHODS, destination_not_shipped_to
from shop_nlu.price_with_shipping import asks_price_with_shipping
from shop_nlu.shipping_method_questions import SHIPPING_INTENT, asks_a_fact_of_a_method


def answer_method_asked(dispatcher, tracker: Tracker, session) -> Events | None:
    """The answer to a shipping question that names one method and asks its price, whether it is
    free or how long it takes; None (nothing said) for any other message, a total asked ("how much
    w express": actions/price_with_shipping.py), one that names a day (each method's verdict for
    it) or a place the shop does not ship to (the service answer's), and during a checkout."""
    latest = tracker.latest_message or {}
    text = latest.get("text") or ""
    if tracker.get_slot(CHECKOUT_KEY):
        return None  # during a checkout its review has the figures
    if (latest.get("intent") or {}).get("name") != SHIPPING_INTENT:
        return None
    if not asks_a_fact_of_a_method(text) or (key := method_asked(tracker)) is None:
        return None
    if asks_price_with_shipping(text) or asks_total(text):
        return None  # "how much w express", "the blazer and shoes together w express": added up
    if day_meant(tracker, text, ordering_time().date()) or destination_not_shipped_to(
        text, load_settings().ships_to
    ):
        return None
    what, goods = _what_would_be_bought(tracker, session)
    dispatcher.utter_message(
        text=delivery_replies.method_asked_text(SHIPPING_METHODS[key], what, goods)
    )
    return []


def _what_would_be_bought(tracker: Tracker, session):
    """("your cart", its subtotal) with things in the cart; else (the product in view, its price)
    when that price does not depend on a size; else (None, None)."""
    if items := cart_items(session, tracker.sender_id):
        offer = quote(session, [(item.variant_id, item.quantity) for item in items])
        return "your cart", offer.charges.subtotal
    handle = tracker.get_slot(CURRENT_PRODUCT)
    details = product_details(session, handle) if handle else None
    if details is None or details.price_from != details.price_to:
        return None, None
    return f"the {details.title}", details.price_from


# What a shipping question gives way to: the figures it asks for.
SHIPPING_FIGURES = (
    *METHOD_ASKED,  # "is it still going express?": the order's, or the checkout's (stranger 95)
    answer_price_with_shipping,  # "how much w express" of the product in focus or the cart
    answer_method_asked,  # "is standard free?": that method, on the cart or the one in view
)
