"""What a request for a person says besides, answered before the way to a person
(actions/handoff.py):

- "honestly I'm getting quite frustrated ... could I speak to an actual person" (stranger test 88,
  docs/nlu/stranger-test-88.md, B8): a word for the frustration (domain.yml
  `utter_sorry_you_are_frustrated`);
- "can he return it after the prom, or does it have to be unworn with the tags on? ... someone I
  can call?" (stranger test 89, B8): the return policy's condition line (content/faq.yml
  `return_policy`, its first sentence); "how much is shipping? can i talk to a human about it",
  "do u take paypal? ... a person": the FAQ's shipping, delivery time or payment answer;
- "a real person about getting a gift receipt put in" (stranger test 79, B9): the gift answer
  (actions/gift_with_a_person.py).

The refund for a parcel that never came, asked with a person, is the late order's answer in the
hand-over itself (actions/order_replies.py `late_order_complaint_text`), with the contacts once.
"""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.gift_with_a_person import answer_gift_question_first
from actions.service_topics import refund_for_a_missing_order, speaks_of_a_missing_order
from commerce.faq import faq_answer
from shop_nlu.person_asides import (
    asks_delivery_time,
    asks_return_condition,
    asks_shipping_cost,
    asks_ways_to_pay,
    says_frustrated,
)

RETURN_POLICY = "return_policy"


def return_condition_line() -> str:
    """The return policy's first sentence: within how long, and in what state (unworn, tags on)."""
    policy = faq_answer(RETURN_POLICY)
    return policy.split(". ", 1)[0].rstrip(".") + "."


def answer_what_else_was_said(
    dispatcher: CollectingDispatcher, tracker: Tracker, reason: str
) -> None:
    """The frustration acknowledged, then (when a person was asked for) the gift or return
    condition question answered; nothing said for a message without them."""
    text = tracker.latest_message.get("text") or ""
    if says_frustrated(text):
        dispatcher.utter_message(response="utter_sorry_you_are_frustrated")
    if reason != "asked":
        return
    answer_gift_question_first(dispatcher, tracker)
    if asks_return_condition(text):
        dispatcher.utter_message(text=return_condition_line())
    # "how much is shipping? can i talk to a human about it": the question answered as well.
    asked = (
        ("shipping_options", asks_shipping_cost(text)),
        ("delivery_times", asks_delivery_time(text)),
        ("payment_methods", asks_ways_to_pay(text)),
    )
    for topic in (topic for topic, asks in asked if asks):
        dispatcher.utter_message(text=faq_answer(topic))


def missing_order_or_its_refund(tracker: Tracker, reason: str) -> bool:
    """Whether the hand-over is about an order that never came: a complaint of one ("ive been
    waiting over a week"), or its money back asked with a person ("can I get my money back if it
    never arrives, or could I speak to an actual person?")."""
    text = tracker.latest_message.get("text") or ""
    complained = reason == "complaint" and speaks_of_a_missing_order(tracker)
    return complained or refund_for_a_missing_order(text, tracker)
