"""When it arrives, asked while a checkout is under way: the one place that says which arrival
question the checkout has at each step and what answers it.

- At the order review, "when it come" (stranger test 65, docs/nlu/stranger-test-65.md, problem 2):
  the review again, led by the chosen shipping's date and "not placed yet" (ActionReviewOrder).
- At the review, a go-ahead with it ("go ahead and place the order - and will it definitely be
  there before the 12th?": stranger test 67, docs/nlu/stranger-test-67.md, B10): the order
  placed, then whether its date makes the day asked (`tell_placed_order_arrival`, also the
  answer about an order placed earlier: actions/placed_order_answers.py).
- At the name, email or address question ("when will it come?", "will it be here by saturday":
  stranger test 65): the date if placed now, nothing ordered yet, and the same question again.
Which words ask it: shop_nlu/arrival_questions.py and shop_nlu/delivery_wishes.py."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction

from actions import delivery_replies, order_replies
from actions.base import Events
from actions.checkout_slots import ADDRESS, CHECKOUT_KEY, CHECKOUT_SHIPPING, ordering_time
from commerce.models import Order
from commerce.order_rules import OrderChange, check_change
from commerce.shipping import SHIPPING_METHODS, fastest_method
from shop_nlu.arrival_questions import asks_when_it_would_arrive
from shop_nlu.dates import needed_by
from shop_nlu.delivery_wishes import says_to_place_order

CHECKOUT_FORM = "checkout_form"


def _text(tracker: Tracker) -> str:
    return tracker.latest_message.get("text") or ""


def asks_arrival_in_checkout(tracker: Tracker) -> bool:
    """Whether the message asks when it comes ("when it come", "will it be here by saturday")
    while a checkout is under way, at any step."""
    return bool(
        tracker.get_slot(CHECKOUT_KEY)
        and asks_when_it_would_arrive(_text(tracker), ordering_time().date())
    )


def _at_the_review(tracker: Tracker) -> bool:
    return bool(
        tracker.get_slot(CHECKOUT_KEY)
        and tracker.get_slot(ADDRESS)
        and not tracker.active_loop.get("name")
    )


def asks_arrival_at_review(tracker: Tracker) -> bool:
    """Whether the message asks when it comes while the checkout is at its review."""
    return _at_the_review(tracker) and asks_arrival_in_checkout(tracker)


def places_with_arrival_asked(tracker: Tracker) -> bool:
    """Whether, at the review, the message says to place the order and asks when it comes or
    whether by a day ("yes place it, will it arrive by friday?", "ok place order pls, need it
    before 20th")."""
    text, today = _text(tracker), ordering_time().date()
    return (
        _at_the_review(tracker)
        and says_to_place_order(text)
        and (asks_when_it_would_arrive(text, today) or needed_by(text.lower(), today) is not None)
    )


def arrival_at_review_followup(tracker: Tracker) -> Events | None:
    """What Rasa runs next for an arrival question at the review, whatever the classifier heard:
    the order placed when the shopper also said to place it, else the review again; None for any
    other message."""
    if places_with_arrival_asked(tracker):
        return [FollowupAction("action_place_order")]
    if asks_arrival_at_review(tracker):
        return [FollowupAction("action_review_order")]
    return None


def tell_placed_order_arrival(dispatcher, order: Order, needed, today) -> None:
    """ "When will it reach? he need it for sunday" of an order placed: its date, whether it makes
    `needed` (a day, or None), and when it doesn't, what can still be done."""
    dispatcher.utter_message(text=order_replies.placed_order_arrival_text(order, needed))
    if needed is not None and order.estimated_delivery.date() > needed:
        can_cancel = check_change(order, OrderChange.CANCEL).allowed
        sooner = order_replies.sooner_for_placed_order_text(
            fastest_method(), today, needed, can_cancel
        )
        dispatcher.utter_message(text=sooner)


def tell_arrival_asked_when_placing(dispatcher, tracker: Tracker, order: Order) -> None:
    """After placing `order`, whether it makes the day the same message asked about ("confirm -
    it'll get there by monday right?"); nothing when it named no day (the confirmation says the
    date)."""
    placed = order.placed_at.date()
    if (needed := needed_by(_text(tracker).lower(), placed)) is not None:
        tell_placed_order_arrival(dispatcher, order, needed, placed)


def tell_arrival_at_a_detail(dispatcher, tracker: Tracker) -> bool:
    """At the checkout's name, email or address question, "when will it come?": nothing is
    ordered yet, and the date with the shipping chosen so far if placed today (or each
    shipping's, against a day named). True when said; the form then asks its question again."""
    if tracker.active_loop.get("name") != CHECKOUT_FORM or not asks_arrival_in_checkout(tracker):
        return False
    today = ordering_time().date()
    method = SHIPPING_METHODS[tracker.get_slot(CHECKOUT_SHIPPING) or "standard"]
    needed = needed_by(_text(tracker).lower(), today)
    dispatcher.utter_message(
        text=delivery_replies.arrival_before_details_text(method, today, needed)
    )
    return True
