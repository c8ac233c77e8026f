"""What the product in focus, or the cart, comes to with shipping: "hmm how much w express shipping
to 10001 nyc" (stranger test 35), "total with standard shipping?", "price incl shipping". The
price, the method's cost (free from its threshold), the tax the checkout adds and the total,
then when it arrives that way, all from commerce/ (the shipping rules, the tax rate). Listed in
the `gives_way_to` of each action such a message may be heard as; with neither a product in
focus nor a cart, the message is left to its intent (the general shipping notice)."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions import delivery_replies
from actions.add_with_questions import answer_add_with_questions
from actions.adding import BOTH
from actions.base import Events
from actions.cart_arrival import tell_cart_total_and_arrival
from actions.cart_replies import kind_left_out_text, not_in_total_text
from actions.cart_totals import asks_total
from actions.checkout_slots import CHECKOUT_KEY, ordering_time
from actions.conversation import (
    CURRENT_PRODUCT,
    both_meant,
    latest_entities,
    opened_products,
    picked_of_kind,
    purchases_waiting,
)
from actions.total_if_added import day_asked_line, methods_meant
from commerce.cart import cart_items
from commerce.config import load_settings
from commerce.products import product_details
from commerce.shipping import destination_not_shipped_to
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
    if (answered := answer_add_with_questions(dispatcher, tracker, session)) is not None:
        return answered  # "add the belt too, what's the total? express by the 10th?" (stranger 81)
    if tracker.active_loop.get("name") or destination_not_shipped_to(
        text, load_settings().ships_to
    ):
        return None
    methods = methods_meant(tracker)
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
    if not items and BOTH.search(text) and both_meant(tracker):
        return None  # "how much both together w express": both, added up (actions/cart_totals.py)
    # "How much would the dress and the bag come to w express", a list shown since the dress was
    # opened: the dress picked (stranger test 45, Deborah #5); the bag, when none was picked, said
    # to be left out.
    named, left_out = _picked_of_kinds_named(tracker, session)
    product = focus if focus and (focus in named or not named) else (named or [None])[0]
    if product is None and not left_out and len(opened := opened_products(tracker)) == 1:
        product = opened[0]  # "total with express shipping?", the one product opened before a list
    details = product_details(session, product) if product else None
    if details is None:
        return None
    # Not in the cart yet: what adding it would cost (stranger test 45).
    what = (
        f"Not in your cart yet, the {details.title} is" if not items else f"The {details.title} is"
    )
    text = delivery_replies.price_with_shipping_text(
        what,
        details.price_from,
        methods,
        today,
        from_price=details.price_from != details.price_to,
        arrival=day_asked_line(tracker, methods),  # "would it arrive before we fly out on the 10th"
    )
    dispatcher.utter_message(text="\n".join([text, *left_out]))
    return []


def _picked_of_kinds_named(tracker: Tracker, session) -> tuple[list[str], list[str]]:
    """The products picked of the kinds the latest message names ("the dress and the bag"), one
    per kind where one was picked (`picked_of_kind`), and what is said of each other kind: none
    shown yet, or which of those shown is meant, left out of the figures until the shopper says."""
    picked: list[str] = []
    left_out: list[str] = []
    for kind in dict.fromkeys(latest_entities(tracker).get("category") or []):
        handles = picked_of_kind(tracker, session, kind)
        if len(handles) == 1:
            picked.append(handles[0])
        elif not handles:
            left_out.append(not_in_total_text(kind))
        else:
            titles = [d.title for handle in handles if (d := product_details(session, handle))]
            left_out.append(kind_left_out_text(kind, titles))
    return picked, left_out
