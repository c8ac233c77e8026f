"""[Buy] and [Add to cart] under a delivery answer about the product in focus: "wud it get here by
the 12th" about the suit just shown answered the dates with no buttons, so the shopper's next tap,
"Add to cart", had nothing to tap (stranger test 82, docs/nlu/stranger-test-82.md, A4-5)."""

from __future__ import annotations

from datetime import date

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions import replies
from actions.checkout_slots import CHECKOUT_KEY, LAST_ORDER
from actions.conversation import CURRENT_PRODUCT, day_meant
from actions.delivery_replies import arrival_if_ordered_text, needed_by_text
from commerce.cart import cart_items
from commerce.products import ProductDetails, product_details
from shop_nlu.dates import leaves_on


def buttons_of_the_product_asked_about(
    tracker: Tracker, session: Session, handle: str | None = None
) -> list[dict]:
    """Buy and Add to cart for `handle` (the product in focus when not given), in stock and not in
    the cart, when no checkout is open and no order placed in this chat (the dates are then about
    that order); none else."""
    handle = handle or tracker.get_slot(CURRENT_PRODUCT)
    if (
        not handle
        or tracker.active_loop.get("name")
        or tracker.get_slot(CHECKOUT_KEY)
        or tracker.get_slot(LAST_ORDER)
    ):
        return []
    details = product_details(session, handle)
    if details is None or not details.in_stock:
        return []
    if any(
        item.variant.product.handle == handle for item in cart_items(session, tracker.sender_id)
    ):
        return []
    return [
        {"title": "Buy", "payload": replies.buy_payload(handle)},
        {"title": "Add to cart", "payload": replies.add_to_cart_payload(handle)},
    ]


def tell_needed_by(
    dispatcher, tracker: Tracker, session: Session, needed: date, today: date, leaving: str | None
) -> None:
    """ "Will it get here by saturday?": each shipping method's days against `needed` (by the day
    before when the shopper is `leaving` then), with the product in focus's Buy and Add to cart."""
    dispatcher.utter_message(
        text=needed_by_text(needed, today, leaving),
        buttons=buttons_of_the_product_asked_about(tracker, session),
    )


def tell_arrival_if_ordered(
    dispatcher, tracker: Tracker, session: Session, details: ProductDetails, today: date
) -> None:
    """ "Will it b here by dec 19" about one product (`details`), nothing ordered yet: each
    shipping method's dates if ordered `today`, against the day the message names (of two, the
    earlier; the day before when the shopper flies or leaves then), with its Buy and Add to cart."""
    text = tracker.latest_message.get("text") or ""
    needed = day_meant(tracker, text, today)
    leaving = leaves_on(text, needed, today) if needed else None
    dispatcher.utter_message(
        text=arrival_if_ordered_text(details.title, today, needed, leaving),
        buttons=buttons_of_the_product_asked_about(tracker, session, details.handle),
    )
