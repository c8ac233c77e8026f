"""Questions asked beside a service question, answered after it: whether it would arrive by a day,
and the gift answer. "Can you include a gift note, and will it arrive by next Friday with standard
shipping? Her celebration dinner is that night." heard as ask_gift_options got the gift-note answer
alone (stranger test 91, docs/nlu/stranger-test-91.md, B6, worst problem 5), though "will it get
here by fri?" alone is answered (A7). Now the day is measured against the shipping rules, only the
method named when one is; heard as a delivery question, the dates come with the gift answer after
them. With the way to a person (actions/person_after_answer.py), these are the `after_answer` of
ActionAnswerServiceQuestion (actions/base.py), each silent when the message asks no such thing."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.checkout_slots import LAST_ORDER, ordering_time
from actions.conversation import day_meant, latest_entities, latest_intent
from actions.delivery_replies import day, needed_by_note, needed_by_text
from actions.gift_with_a_person import answer_gift_question_first
from actions.order_lookup import ORDER_NUMBER_GIVEN
from actions.person_after_answer import tell_the_way_to_a_person
from commerce.shipping import (
    SHIPPING_METHODS,
    ArrivalBy,
    last_arrival_day,
    names_a_destination,
)
from shop_nlu.arrival_questions import asks_when_it_would_arrive
from shop_nlu.dates import leaves_on
from shop_nlu.earlier_orders import speaks_of_their_order

_DELIVERY_INTENTS = frozenset({"ask_delivery_time", "ask_shipping"})


def tell_arrival_asked_beside(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """ "... and will it arrive by next Friday with standard shipping?" after the answer to the
    rest: the method named against that day, ordered today, when it is in time (else each
    method, the faster one too), by the day before when the shopper leaves then. Nothing when the message names no day or asks no arrival, the answer
    already spoke of that day, an order placed or named is meant (its dates are its own), or a
    place is named (where we ship is the answer's to say)."""
    text = tracker.latest_message.get("text") or ""
    today = ordering_time().date()
    if (
        tracker.get_slot(LAST_ORDER)
        or tracker.get_slot(ORDER_NUMBER_GIVEN)
        or speaks_of_their_order(text)
        or names_a_destination(text)
        or not asks_when_it_would_arrive(text, today)
        or (needed := day_meant(tracker, text, today)) is None
    ):
        return
    said = [message.get("text") or "" for message in dispatcher.messages]
    if any("Ordered today" in each or day(needed) in each for each in said):
        return
    leaving = leaves_on(text, needed, today)
    named = [SHIPPING_METHODS[key] for key in latest_entities(tracker).get("shipping_method") or []
             if key in SHIPPING_METHODS]  # fmt: skip
    deadline = last_arrival_day(needed, leaving=leaving is not None)
    if len(named) == 1 and named[0].arrives_by(today, deadline) == ArrivalBy.IN_TIME:
        # "with standard shipping", in time: that one; else each, so the faster one is seen.
        dispatcher.utter_message(text=needed_by_note(needed, today, leaving, named[0]))
    else:
        dispatcher.utter_message(text=needed_by_text(needed, today, leaving))


def tell_gift_asked_beside(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """ "Gift note, and will it arrive by friday?" heard as a delivery question: after the dates,
    the gift answer; nothing when the answer already spoke of gifts or none was asked about."""
    if latest_intent(tracker) not in _DELIVERY_INTENTS:
        return
    if any("gift" in (message.get("text") or "").lower() for message in dispatcher.messages):
        return
    answer_gift_question_first(dispatcher, tracker)


AFTER_A_SERVICE_ANSWER = (
    tell_arrival_asked_beside,
    tell_gift_asked_beside,
    tell_the_way_to_a_person,  # "... is there someone I can call?"
)
