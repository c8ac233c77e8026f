"""What the product in focus, or the cart, comes to with shipping: "hmm how much w express shipping
to 10001 nyc" (stranger test 35), "total with standard shipping?", "price incl shipping". The
price, the method's cost (free from its threshold), the tax the checkout adds and the total,
then when it arrives that way, all from commerce/ (the shipping rules, the tax rate). Listed in
the `gives_way_to` of each action such a message may be heard as; with neither a product in
focus nor a cart, the message is left to its intent (the general shipping notice)."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions import delivery_replies
from actions.base import Events
from actions.cart_arrival import tell_cart_total_and_arrival
from actions.cart_totals import asks_total
from actions.checkout_slots import CHECKOUT_KEY, ordering_time
from actions.conversation import CURRENT_PRODUCT, purchases_waiting
from actions.delivery_choice import method_chosen
from commerce.cart import cart_items
from commerce.config import load_settings
from commerce.products import product_details
from commerce.shipping import SHIPPING_METHODS, destination_not_shipped_to
from shop_nlu.price_with_shipping import asks_price_with_shipping, speaks_of_the_cart


def answer_price_with_shipping(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "How much w express?" with a product in focus or things in the cart: the figures added up
    for the method named or chosen before (each method when none was), and when it would arrive.
    The cart when it holds the product in focus, or the message asks a total ("total w
    shipping"), with Standard when no method was named (actions/cart_arrival.py); else the
    product in focus. None (nothing said) for any other message, with nothing to add up, during
    a checkout (its review has the figures) or for a place the shop does not ship to (the
    service answer says so), or for the total of an empty cart named or of purchases waiting
    for a size (the cart's answers say what waits)."""
    text = tracker.latest_message.get("text") or ""
    if not asks_price_with_shipping(text) or tracker.get_slot(CHECKOUT_KEY):
        return None
    if tracker.active_loop.get("name") or destination_not_shipped_to(
        text, load_settings().ships_to
    ):
        return None
    chosen = method_chosen(tracker)
    methods = [SHIPPING_METHODS[chosen]] if chosen else list(SHIPPING_METHODS.values())
    today = ordering_time().date()
    items = cart_items(session, tracker.sender_id)
    focus = tracker.get_slot(CURRENT_PRODUCT)
    in_cart = {item.variant.product.handle for item in items}
    if items and (not focus or focus in in_cart or asks_total(text)):
        # The cart's total with shipping and tax, as "whats the total w shipping" gets it.
        return [] if tell_cart_total_and_arrival(dispatcher, tracker, session, asked=True) else None
    if not items and (
        speaks_of_the_cart(text) or (asks_total(text) and purchases_waiting(tracker))
    ):
        return None  # "whats in my cart and the total w shipping": that it is empty, and why
    details = product_details(session, focus) if focus else None
    if details is None:
        return None
    dispatcher.utter_message(
        text=delivery_replies.price_with_shipping_text(
            f"The {details.title} is",
            details.price_from,
            methods,
            today,
            from_price=details.price_from != details.price_to,
        )
    )
    return []
