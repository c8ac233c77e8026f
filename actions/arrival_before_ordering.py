"""When it would arrive, asked of the product in view before any order: "wen does it get here if i
order rn", "will it b here by dec 19" (stranger test 57, docs/nlu/stranger-test-57.md, Kayla #6 and
#7). The classifier hears them as unsure or as order tracking, and with no order placed the shopper
was asked for an order number. With a product in view and no order, each shipping method's dates
if ordered now (against the day named). Listed in the `gives_way_to` of the actions such a message
may reach; which words ask it: shop_nlu/arrival_questions.py."""

from __future__ import annotations

import re

from rasa_sdk import Tracker

from actions import delivery_replies
from actions.arrival_buttons import tell_arrival_if_ordered
from actions.base import Events
from actions.checkout_arrival import arrival_at_review_followup
from actions.checkout_slots import ordering_time
from actions.conversation import CURRENT_PRODUCT, opened_products
from actions.order_lookup import given_number, order_in_discussion
from actions.product_actions import availability_answer
from actions.shade_answers import as_plain_colour
from commerce.cart import cart_items
from commerce.orders_after_sale import latest_order
from commerce.products import ProductDetails, product_details
from shop_nlu.arrival_questions import asks_when_it_would_arrive
from shop_nlu.dates import needed_by
from shop_nlu.earlier_orders import speaks_of_an_earlier_order

# "when will my order get here": an order the shopper thinks of, looked up as such.
_MY_ORDER = re.compile(r"\b(?:my|the|our)\s+(?:order|parcel|package|shipment)s?\b")
# "before dec 19 if i order now": an order not placed, never "before ... i ordered" one.
_IF_ORDERED = re.compile(r"\bif (?:i|we|u|you) (?:order|buy|get|place)\b")


def answer_arrival_before_ordering(dispatcher, tracker: Tracker, session) -> Events | None:
    """Each shipping method's arrival for the product in focus ordered now, when the message asks
    when it would come (or whether by a day) and no order is placed, looked up or spoken of, and the cart is empty; None
    (nothing said) otherwise, or during a form. At the order review, the review again, which
    says the chosen shipping's date and that nothing is ordered yet (stranger test 65), or the
    order placed when the message also says to place it (stranger test 67, B10)."""
    if (at_review := arrival_at_review_followup(tracker)) is not None:
        return at_review
    text = tracker.latest_message.get("text") or ""
    today = ordering_time().date()
    handle = tracker.get_slot(CURRENT_PRODUCT) or _only_product_opened(tracker)
    if (
        not handle
        or tracker.active_loop.get("name")
        or not asks_when_it_would_arrive(text, today)
        or order_in_discussion(tracker)
        or given_number(tracker)
        or (speaks_of_an_earlier_order(text.lower()) and not _IF_ORDERED.search(text.lower()))
        or _MY_ORDER.search(text.lower())
        or latest_order(session, tracker.sender_id) is not None
        or cart_items(session, tracker.sender_id)  # the cart's total and arrival answer that
    ):
        return None
    details = product_details(session, handle)
    if details is None:
        return None
    # With its Buy and Add to cart: the next tap is often "Add to cart" (stranger test 82, A5).
    tell_arrival_if_ordered(dispatcher, tracker, session, details, today)
    return []


def _only_product_opened(tracker: Tracker) -> str | None:
    """The one product opened in this conversation, with none in focus now: the blazer after a
    search for gloves found none ("will it get here by dec 5", stranger test 93, A8), as "whats
    the total w shipping" adds it up (actions/price_with_shipping.py); None after two or more."""
    opened = opened_products(tracker)
    return opened[0] if len(opened) == 1 else None


def stock_and_arrival_answer(
    dispatcher, tracker: Tracker, session, details: ProductDetails
) -> Events:
    """ActionCheckAvailability's answer about one product (`availability_answer`), then, when the
    same message asks when it would come or whether by a day ("is it in stock in 11, and would it
    get here by Friday the 4th of December?"), each shipping method's arrival if ordered now
    (stranger test 60, docs/nlu/stranger-test-60.md, problem 3)."""
    # "does it come in light blue?" of a dress listed in Blue: Blue, the shade said unknown.
    asked = as_plain_colour(dispatcher, tracker, details)
    events = availability_answer(dispatcher, asked, session, details)
    text = (tracker.latest_message.get("text") or "").lower()
    today = ordering_time().date()
    needed = needed_by(text, today)
    if needed is not None or asks_when_it_would_arrive(text, today):
        dispatcher.utter_message(
            text=delivery_replies.arrival_if_ordered_text(details.title, today, needed)
        )
    return events
