"""Adding a kind the catalog doesn't sell, asked with other wishes: "Add the first sweater too in
medium, and since the sweater is a present for my sister could you put a gift receipt in without
the prices? What's the total so far?" with boots on screen (stranger test 97,
docs/nlu/stranger-test-97.md, B4) put the first boot in the cart and left the gift receipt and
the total unanswered. Now: we don't sell sweaters, nothing added (actions/kind_not_sold_to_add.py),
then the shop's gift answer (actions/gift_with_a_person.py) and the cart's total as it stands."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.add_with_questions import asks_to_add_to_the_cart
from actions.base import Events
from actions.cart_arrival import tell_cart_total_and_arrival
from actions.cart_totals import asks_total
from actions.gift_with_a_person import answer_gift_question_first
from actions.kind_not_sold_to_add import tell_kind_not_sold_to_add
from shop_nlu.gift_extras import speaks_of_gift_extras


def answer_kind_not_sold_with_questions(dispatcher, tracker: Tracker, session) -> Events | None:
    """That the kinds named aren't sold (nothing added), then the gift answer and the cart's total
    as asked; None unless the message asks to add only kinds we don't sell and asks a total or
    about a gift receipt, note or wrapping."""
    text = tracker.latest_message.get("text") or ""
    if not asks_to_add_to_the_cart(tracker, text):
        return None
    if not (asks_total(text) or speaks_of_gift_extras(text)):
        return None
    if not tell_kind_not_sold_to_add(dispatcher, tracker, session):
        return None
    answer_gift_question_first(dispatcher, tracker)
    if asks_total(text) and not tell_cart_total_and_arrival(
        dispatcher, tracker, session, asked=True
    ):
        dispatcher.utter_message(response="utter_cart_empty")
    return []
