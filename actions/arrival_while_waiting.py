"""When it would all arrive, asked while purchases still wait for a choice (stranger test 85,
B5-B6, docs/nlu/stranger-test-85.md, worst problem 3): "please add the dress in M and the shoes in
8" asked "Which dress do you mean?" (the shoes next), and "Will that all arrive before the 11th?
I'd hate to be wearing my old black thing again." got a stock line about the shoes in black and
their dates alone: the question still open was dropped. Now the arrival is answered (the cart's,
with its total, or if ordered now), what is not in the cart yet is said, and each question still
open is asked again with its buttons. Listed in the `gives_way_to` of the actions such a message
reaches (a stock question, a delivery question, where is my order)."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions import delivery_replies
from actions.base import Events
from actions.cart_arrival import tell_cart_total_and_arrival
from actions.cart_replies import still_waiting_text
from actions.cart_totals import asks_total
from actions.checkout_slots import LAST_ORDER, ordering_time
from actions.conversation import (
    day_meant,
    latest_entities,
    open_purchase_question,
    purchases_waiting,
    questions_put_off,
)
from actions.order_lookup import given_number, order_in_discussion
from actions.variant_waiting import ask_next_put_off
from actions.waiting_purchases import tell_still_waiting, waiting_described
from shop_nlu.arrival_questions import asks_when_it_would_arrive, speaks_of_all_of_it
from shop_nlu.earlier_orders import speaks_of_their_order


def answer_arrival_while_choices_wait(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "Will that all arrive before the 11th?" while "Which dress do you mean?" (or "Which
    colour of the Elodie?") waits: the cart and its arrival (`tell_cart_total_and_arrival`), or
    with nothing in the cart each method's dates if ordered now; then what waits, and the
    question open asked again (the others it put off still after it).
    None (nothing said) when nothing waits, an order is meant, a form is open, the message asks
    for a total (the total's answer says the dates too), speaks of one thing only ("will it
    arrive before friday?", answered without the question again: stranger test 24), or it says
    a size or colour (it may answer the question, or ask about stock)."""
    text = tracker.latest_message.get("text") or ""
    today = ordering_time().date()
    waiting = purchases_waiting(tracker)
    if (
        not waiting
        or tracker.active_loop.get("name")
        or tracker.get_slot(LAST_ORDER)
        or order_in_discussion(tracker)
        or given_number(tracker)
        or speaks_of_their_order(text)  # "my order from monday still hasnt arrived"
        or latest_entities(tracker).keys() & {"size", "colour"}
        or asks_total(text)  # "what does it all come to with express, by the 12th?": the total's
        or not asks_when_it_would_arrive(text, today)
        or not speaks_of_all_of_it(text)  # "will it arrive before friday?": one thing's dates
    ):
        return None
    if tell_cart_total_and_arrival(dispatcher, tracker, session):
        return []  # the cart, its total and arrival, and what waits asked again
    needed = day_meant(tracker, text, today)
    dispatcher.utter_message(text=delivery_replies.arrival_if_ordered_text("", today, needed))
    asked = open_purchase_question(tracker)
    if asked is None or not questions_put_off(tracker):
        tell_still_waiting(dispatcher, tracker, session, waiting)
        return []
    # "Which dress do you mean?" with the shoes put off: still one question at a time.
    dispatcher.utter_message(text=still_waiting_text(waiting_described(session, waiting)))
    dispatcher.utter_message(text=asked[0], buttons=asked[1])
    ask_next_put_off(dispatcher, tracker, session)
    return []
