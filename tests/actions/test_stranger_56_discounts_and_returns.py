"""Stranger test 56 (docs/nlu/stranger-test-56.md):

- Marek #10 (worst problem 8): "any discount for restaurant worker" opened "We don't have a student
  discount": a worker's trade is a group, answered as the nurses' discount question is.
- Priya #8 (worst problem 7): "if the blazer doesn't fit him ... can I return it or swap it for a
  bigger size, and who pays for the return shipping?" got the exchanges answer only: who pays the
  return postage is answered too."""

from __future__ import annotations

import pytest

from actions.service import ActionAnswerServiceQuestion
from commerce.faq import faq_answer
from tests.actions.conversation_driver import say


@pytest.mark.parametrize(
    "text",
    [
        "any discount for restaurant worker",
        "do cooks get a discount?",
        "discount for hospitality workers?",
        "any chef discount",
        "do you do a discount for waiters",
        "is there a discount for retail workers",
    ],
)
def test_a_trade_discount_is_a_group_discount(chat, extractor, text):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_discounts", text)

    print(turn.shown)
    assert "student discount" not in turn.shown
    assert faq_answer("group_discounts") in turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "Also, if the blazer doesn't fit him (he's been going to the gym a lot lately, so who "
        "knows!), can I return it or swap it for a bigger size, and who pays for the return "
        "shipping?",
        "if it doesnt fit him can i swap it, and who pays return shipping?",
        "if the jacket doesn't fit my husband can we exchange it? do we pay the return postage?",
        "what if it doesn't fit him, can I send it back and is return shipping free?",
        "if it doesn't fit him can I exchange it for a bigger size? who covers the return postage",
    ],
)
def test_who_pays_the_return_postage_of_a_misfit_for_him(chat, extractor, text):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_return_policy", text)

    print(turn.shown)
    assert faq_answer("return_shipping") in turn.shown, turn.shown
