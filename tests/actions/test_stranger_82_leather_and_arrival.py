"""docs/nlu/stranger-test-82.md, B (worst problem 3): "The second one looks comfortable. Is it
leather, and would it arrive in time? We leave Miami on the 15th but I have to fly down on the
13th." answered the leather half, then "our catalog ... says nothing about 'arrive'", though "wud
it get here by the 12th" alone got the delivery dates. A product question asked with when it would
arrive gets both: the catalog's words, then each shipping method's arrival against the day."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say, search

MOMENT = datetime(2026, 11, 28, 10, 0, tzinfo=timezone.utc)
ASKED = [
    "The second one looks comfortable. Is it leather, and would it arrive in time? We leave "
    "Miami on the 15th but I have to fly down on the 13th.",
    "is the 2nd one leather? and would it get here by dec 13",
    "2nd one real leather?? wud it arrive by the 13th",
    "Is the second pair leather, and will it be here before December 13th?",
    "second one - leather or synthetic? would it be delivered by the 13th?",
]


@pytest.mark.parametrize("text", ASKED)
def test_a_product_question_with_the_arrival_answers_both(chat, extractor, pin_clock, text):
    pin_clock(MOMENT, "actions.checkout_slots")
    search(chat, extractor, "black dress shoes for men")

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    shown = turn.shown
    print(shown)
    assert "leather" in shown.lower(), shown
    assert "says nothing about" not in shown, shown  # no arrival quoted from the catalog
    assert "Standard" in shown and "Express" in shown and "December" in shown, shown
    assert "in time" in shown or "too late" in shown or "not in time" in shown, shown
