"""Service questions about the order just placed (or the one in discussion): "when will it
reach? he need it for sunday" is that order's estimated delivery, the date given when it was
placed, and whether it makes the day asked; "can i return it if it doesn't fit?" is that order's
return (until when, how to start it here, the refund) before exchanges. Whether a return is
possible is the core's one rule (commerce.order_rules.check_change); the wording is in
actions/order_replies.py. Tried before the FAQ answers (ActionAnswerServiceQuestion.gives_way_to).
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from rasa_sdk import Tracker

from actions import order_replies
from actions.after_sales import ActionOrderStatus
from actions.alerts import asks_when_restocked
from actions.base import Events
from actions.checkout_arrival import tell_placed_order_arrival
from actions.checkout_slots import LAST_ORDER
from actions.conversation import day_asked_for, day_meant, latest_entities, latest_intent
from actions.order_changes import RETURN_BUTTON
from actions.order_lookup import remembered, requester_of
from actions.return_followups import how_long_after_an_exchange
from actions.service_topics import asks_return_part, narrow_topic, refund_for_a_missing_order
from commerce.config import load_settings
from commerce.faq import faq_answer
from commerce.order_rules import OrderChange, Refusal, check_change
from commerce.orders import OrderNotFound
from commerce.orders_after_sale import find_order
from commerce.shipping import names_a_destination

# "If I order it now", "a new order": a question about another order, not the one placed.
_SPEAKS_OF_A_NEW_ORDER = re.compile(
    r"\b(?:if i (?:order|buy)|(?:order|buy) (?:it |them |one |another )?(?:now|today|again)|"
    r"new order|another (?:one|order)|for (?:these|those|this one))\b"
)
# "Can I return it?", "send it back", "give it back", "money back": asks about a return.
_ASKS_TO_RETURN = re.compile(
    r"\b(?:return\w*|send (?:it |them )?back|give (?:it |them )?back|money back|refund\w*)\b"
)
# A product or kind named: the question is about that, not the order placed.
_NAMES_A_PRODUCT = frozenset({"category", "product", "product_handle", "unknown_product"})
# Forms during which the order placed is still the one meant ("when will it reach?" while the
# new address is asked); during checkout a new order is.
_ORDER_LOOPS = (None, "order_address_form")


def answer_about_the_order_placed(dispatcher, tracker: Tracker, session) -> Events | None:
    """The order's delivery date or its return, for a delivery or returns question while an order
    is in discussion; None for any other message (the FAQ answers it)."""
    if not tracker.get_slot(LAST_ORDER) or tracker.active_loop.get("name") not in _ORDER_LOOPS:
        return None
    intent, text = latest_intent(tracker) or "", (tracker.latest_message.get("text") or "")
    lowered = text.lower()
    if _SPEAKS_OF_A_NEW_ORDER.search(lowered) or _NAMES_A_PRODUCT & set(latest_entities(tracker)):
        return None
    today = datetime.now(timezone.utc).date()
    if intent in ("ask_delivery_time", "ask_shipping"):
        needed = day_meant(tracker, text, today)
        if (
            (intent == "ask_shipping" and needed is None)  # "how much is shipping?"
            or narrow_topic(intent, text)
            or names_a_destination(text)
            or asks_when_restocked(text)
            or "exchange" in lowered  # how long an exchange takes: the service answer computes it
            or how_long_after_an_exchange(tracker)  # "ok how long it take" after one
        ):
            return None
        order = _order(tracker, session)
        if order is None:
            return None
        placed = order.placed_at.date()
        # A day said earlier counts when it was after the order's day ("a party tonight", then
        # the order: that was settled when ordering).
        if needed is None and (earlier := day_asked_for(tracker, today)) and earlier > placed:
            needed = earlier
        if needed is None or needed < placed:  # none, or one for an earlier order
            # Its status with its estimated delivery (and the payment link while it waits).
            return ActionOrderStatus().perform(dispatcher, tracker, {}, session)
        tell_placed_order_arrival(dispatcher, order, needed, today)
        return remembered(tracker, order)
    if intent == "ask_return_policy" and _ASKS_TO_RETURN.search(lowered):
        if refund_for_a_missing_order(lowered, tracker):
            return None  # a refund for an order that never came: the late or lost answer
        order = _order(tracker, session)
        if order is None:
            return None
        check = check_change(order, OrderChange.RETURN)
        if not check.allowed and check.refusal not in (
            Refusal.NOT_SHIPPED_YET,
            Refusal.NOT_DELIVERED_YET,
        ):
            dispatcher.utter_message(text=order_replies.change_refused_text(order, check))
            return remembered(tracker, order)
        days = load_settings().return_window_days
        dispatcher.utter_message(
            text=order_replies.placed_order_return_text(order, check, days),
            buttons=[RETURN_BUTTON] if check.allowed else [],
        )
        if asks_return_part("return_shipping", lowered):
            # "...and would I have to pay for the postage myself?": that too.
            dispatcher.utter_message(text=faq_answer("return_shipping"))
        return remembered(tracker, order)
    return None


def _order(tracker: Tracker, session):
    try:
        return find_order(session, tracker.get_slot(LAST_ORDER), requester_of(tracker))
    except OrderNotFound:
        return None
