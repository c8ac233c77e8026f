"""A day asked about at the order review ("will it def get here by saturday?? if not switch to
express"): after the answer about that day (actions/service.py), the shipping switched when the
shopper asked for it and it does better, and the review shown again with Place order (stranger
test 24, docs/nlu/stranger-test-24.md: the dates came, but no switch and no review)."""

from __future__ import annotations

import re
from datetime import date

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions import delivery_choice, delivery_replies
from actions.base import Events
from actions.checkout import ActionReviewOrder
from actions.checkout_arrival import (
    arrival_at_review_followup,
    asks_arrival_at_review,
    places_with_arrival_asked,
    tell_arrival_at_a_detail,
)
from actions.checkout_slots import ADDRESS, CHECKOUT_KEY, CHECKOUT_SHIPPING, ordering_time
from actions.conversation import latest_intent
from commerce.shipping import SHIPPING_METHODS, ArrivalBy, last_arrival_day
from shop_nlu.dates import needed_by

# "if not switch to express", "otherwise make it express", "else go with express": a choice, not
# only a question about the method ("is express in time?", "how long does express take?").
_SWITCH = re.compile(
    r"\b(?:switch\w*|chang\w*|upgrad\w*|swap|go (?:with|for)|make it|pick|choose)\b"
)


def answer_day_at_review(
    dispatcher, tracker: Tracker, domain, session, needed: date, leaving: bool, today: date
) -> Events | None:
    """At the order review, after the answer about `needed` (the day before when the shopper is
    `leaving` then): the shipping switched if the message asks for another that fares better,
    else kept, said why, and the review again; None (nothing said) when no checkout is at its
    review."""
    if not (tracker.get_slot(CHECKOUT_KEY) and tracker.get_slot(ADDRESS)):
        return None
    chosen = SHIPPING_METHODS[tracker.get_slot(CHECKOUT_SHIPPING) or "standard"]
    text = (tracker.latest_message.get("text") or "").lower()
    asked_key = delivery_choice.method_asked(tracker) if _SWITCH.search(text) else None
    events: Events = []
    review = tracker
    if asked_key in SHIPPING_METHODS:
        asked = SHIPPING_METHODS[asked_key]
        deadline = last_arrival_day(needed, leaving=leaving)
        rank = list(ArrivalBy)
        fares = rank.index(chosen.arrives_by(today, deadline))
        switched = asked != chosen and rank.index(asked.arrives_by(today, deadline)) < fares
        dispatcher.utter_message(
            text=delivery_replies.shipping_at_review_text(
                chosen, asked, switched, chosen_in_time=fares == 0
            )
        )
        if switched:
            events.append(SlotSet(CHECKOUT_SHIPPING, asked.key))
            review = tracker.copy()
            review.slots[CHECKOUT_SHIPPING] = asked.key
    return events + ActionReviewOrder().perform(dispatcher, review, domain, session)


def answer_arrival_at_review(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "when it come", "how long till i get it" at the order review, whatever the classifier heard
    (an alert, unsure, the delivery FAQ): the review again, which says the chosen shipping's date
    and that the order is not placed yet (stranger test 65, problem 2). None (nothing said) with no
    checkout at its review, or for a day asked of the delivery FAQ (`answer_day_at_review`).
    Said with a go-ahead ("yes place it, will it arrive by friday?"): the order placed (stranger
    test 67, B10). At the checkout's name, email or address question: the date if placed now, and
    the form asks again (stranger test 65)."""
    text = (tracker.latest_message.get("text") or "").lower()
    if tell_arrival_at_a_detail(dispatcher, tracker):
        return []
    if places_with_arrival_asked(tracker):
        return arrival_at_review_followup(tracker)  # the order placed, then the day answered
    if not asks_arrival_at_review(tracker) or (
        latest_intent(tracker) in ("ask_delivery_time", "ask_shipping")
        and needed_by(text, ordering_time().date()) is not None
    ):
        return None
    return ActionReviewOrder().perform(dispatcher, tracker, {}, session)
