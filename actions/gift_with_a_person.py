"""A person asked for about a gift receipt, a note or wrapping ("could I talk to a real person
about getting a gift receipt put in with the order?": stranger test 79,
docs/nlu/stranger-test-79.md, B9): the shop's gift answer (the FAQ's, or what it says when asked
again, actions/gift_options.py) comes first, then the way to a person (actions/handoff.py)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.gift_options import GIFT_OPTIONS, answer_gift_options_again
from commerce.faq import faq_answer
from shop_nlu.gift_extras import speaks_of_gift_extras


def answer_gift_question_first(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """The gift answer when the message speaks of a gift receipt, note or wrapping; nothing else."""
    if not speaks_of_gift_extras(tracker.latest_message.get("text") or ""):
        return
    if not answer_gift_options_again(dispatcher, tracker):
        dispatcher.utter_message(text=faq_answer(GIFT_OPTIONS))
