"""Questions asked beside "would it arrive by ...?", answered before the delivery dates: the total
and how to pay ("whats the total and will it arrive by july 3rd", actions/payment_asked.py), and
which of those on screen is the cheaper one ("Which of those is the cheaper one, and would it
arrive by the 12th if I ordered it today?", stranger test 80, docs/nlu/stranger-test-80.md, B5,
once answered with the dates alone). Listed in ActionAnswerServiceQuestion's `gives_way_to`."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from sqlalchemy.orm import Session

from actions import cheaper_replies
from actions.add_with_questions import answer_add_with_questions
from actions.arrival_while_waiting import answer_arrival_while_choices_wait
from actions.base import Events, perform_action
from actions.cheapest_tie import cheapest_tie
from actions.conversation import CURRENT_PRODUCT, ShownResults
from actions.payment_asked import answer_total_and_how_to_pay
from commerce.products import product_details
from shop_nlu.cheaper_of_those import asks_which_is_cheaper


def answer_cheaper_of_those_and_arrival(
    dispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """The cheaper (cheapest) of the products on screen, with its price ("there's only one" of
    one), in focus so that "it" is that one, then the delivery question as asked; None when the
    message asks no such thing or nothing is on screen."""
    text = tracker.latest_message.get("text") or ""
    if not asks_which_is_cheaper(text):
        return None
    shown = ShownResults.from_tracker(tracker)
    on_screen = [d for h in shown.handles if (d := product_details(session, h)) is not None]
    if not on_screen:
        return None
    if (tie := cheapest_tie(session, shown.handles)) is not None:
        # Two dresses at $109: "Both are $109.00", then the delivery, none of them picked.
        dispatcher.utter_message(text=tie.text)
        return perform_action("action_answer_service_question", dispatcher, tracker, {}, session)
    cheapest = min(on_screen, key=lambda details: details.price_from)
    dispatcher.utter_message(
        text=cheaper_replies.cheaper_of_those_text(
            cheapest.title, cheapest.price_from, len(on_screen)
        )
    )
    focused = tracker.copy()
    focused.slots[CURRENT_PRODUCT] = cheapest.handle
    events = perform_action("action_answer_service_question", dispatcher, focused, {}, session)
    return [SlotSet(CURRENT_PRODUCT, cheapest.handle), *events]


# In ActionAnswerServiceQuestion's order: each None unless its question is asked.
# "add the belt too, what's the total? with express before the 10th?": added first (stranger 81)
BESIDE_ARRIVAL = (
    answer_add_with_questions,
    answer_total_and_how_to_pay,
    answer_cheaper_of_those_and_arrival,
    answer_arrival_while_choices_wait,  # "will that all arrive?" while "which dress?" waits
)
