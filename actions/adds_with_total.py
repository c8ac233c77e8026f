""" "Lovely, please put the flats in size 8 and that dress in my cart together, and tell me what the
total comes to with express shipping." (stranger test 84, docs/nlu/stranger-test-84.md, B5): the
things named go in as an add alone puts them (ActionAddToCart), then the cart's total with the
shipping asked about (actions/cart_arrival.py). With a choice still open (which of the dresses
shown), the total is of the cart as it is, said to be without what waits, and the question stays
the last word. Which words ask it: shop_nlu/add_and_total.py."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.add_with_questions import days_not_places
from actions.base import Events, shop_action_named
from actions.cart_arrival import tell_cart_total_and_arrival
from actions.cart_replies import still_waiting_text
from actions.cart_totals import asks_total
from actions.checkout_slots import CHECKOUT_KEY
from actions.conversation import (
    QUESTIONS_NEXT,
    latest_entities,
    purchase_asked,
    questions_waiting,
    several_meant,
)
from actions.total_after_questions import promise_total
from actions.waiting_purchases import waiting_described
from shop_nlu.adding_words import asks_to_add
from shop_nlu.order_additions import names_the_order


def answer_adds_with_total(dispatcher, tracker: Tracker, session) -> Events | None:
    """The add of the things named, then the total; None for a message that doesn't name two
    kinds (or "both") to add and ask the total, or during a form or a checkout."""
    text = tracker.latest_message.get("text") or ""
    kinds = set(latest_entities(tracker).get("category") or [])
    if (
        tracker.active_loop.get("name")
        or tracker.get_slot(CHECKOUT_KEY)
        or text.startswith("/")
        or not (asks_to_add(text) and asks_total(text))
        or names_the_order(text)  # "add a belt to my order": the order's
        or (len(kinds) < 2 and not several_meant(text))
    ):
        return None
    # "... and whether it all arrives before the 9th": a day, never the ninth product shown.
    tracker = days_not_places(tracker, text)
    start = len(dispatcher.messages)
    events = shop_action_named("action_add_to_cart").perform(dispatcher, tracker, {}, session)
    total_after_the_add(dispatcher, tracker, session, start)
    return events


def total_after_the_add(
    dispatcher, tracker: Tracker, session, start: int, earlier: bool = False
) -> None:
    """The cart's total with the shipping and the day asked about, after what an add said from
    message `start` on: before the add's first question, which stays the last word with its
    buttons, the purchases it asked about said to be not in the cart yet; with `earlier`, those
    asked before this message too (the shoes' colour), put off until the question is answered."""
    text = tracker.latest_message.get("text") or ""
    said = dispatcher.messages[start:]
    promise_total(said, text)  # said again once the questions are answered (stranger 86, B5)
    asked = [
        (m["text"], handles)
        for m in said
        if (handles := purchase_asked(m.get("text") or "", m.get("buttons") or []))
    ]
    total = CollectingDispatcher()
    if not tell_cart_total_and_arrival(total, tracker, session, asked=True, remind_waiting=False):
        return  # nothing in the cart: the questions are the answer
    if asked:
        for message in total.messages:
            message["buttons"] = []  # the question's buttons are the ones to tap now
        now = {handle for _, handles in asked for handle in handles}
        before = [q for q in questions_waiting(tracker) if earlier and not now & set(q[1])]
        if described := waiting_described(session, [*(q[:2] for q in before), *asked]):
            total.utter_message(text=still_waiting_text(described))
        if before:  # asked again once the question said now is answered
            last = next(m for m in reversed(said) if m.get("text") == asked[-1][0])
            put_off = [{"text": question, "buttons": buttons} for question, _, buttons in before]
            last[QUESTIONS_NEXT] = [*(last.get(QUESTIONS_NEXT) or []), *put_off]
        # Said before the first question, which stays the last word with its buttons.
        first = next(m for m in said if m.get("text") == asked[0][0])
        at = dispatcher.messages.index(first)
        dispatcher.messages[at:at] = total.messages
    else:
        dispatcher.messages.extend(total.messages)
