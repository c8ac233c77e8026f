"""An add asked with the total and an arrival question (stranger test 81,
docs/nlu/stranger-test-81.md, persona B, B4, worst problem 1).

"Add the cheaper belt too please, and what's the total? Also if I pick express would it arrive
before we leave for his parents' on the 10th?" (heard as a change to an order) got "I don't see
an order from you in this chat. Tell me the order number". Right, in one reply: the belt on
screen added in the waist she gave (36), the cart and its total, and whether express gets it
there before the day she leaves; "the 10th" is that day, never a tenth product on screen."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from actions.discovery import ActionSearchProducts
from actions.order_changes import ActionExplainOrderChange
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say_and_keep
from tests.actions.test_stranger_81_add_it_and_a_belt import added_and_belts

SATURDAY = datetime(2026, 11, 28, 10, 0, tzinfo=timezone.utc)  # the day she shopped
# As the trained model hears each (its intents on 28 Nov 2026).
BELT_TOO = [
    ("Add the cheaper belt too please, and what's the total? Also if I pick express would it "
     "arrive before we leave for his parents' on the 10th?", "change_order",
     ActionExplainOrderChange),
    ("add the belt too pls, whats the total? and with express would it get here before we leave "
     "on the 10th?", "change_order", ActionExplainOrderChange),
    ("Please add that belt as well and tell me the total - if I choose express will it arrive "
     "before the 10th?", "change_order", ActionExplainOrderChange),
    ("put the belt in my cart too, what's my total now? would express get it here by the 10th",
     "search_products", ActionSearchProducts),
    ("ok add the belt also. total? express before the 10th possible?", "change_order",
     ActionExplainOrderChange),
    ("Could you add the cheaper belt too and what's the total; if I go express does it arrive "
     "before we fly out on the 10th?", "ask_shipping", ActionAnswerServiceQuestion),
]  # fmt: skip


@pytest.fixture
def on_her_saturday(monkeypatch):
    monkeypatch.setattr("actions.add_with_questions.ordering_time", lambda: SATURDAY)


@pytest.mark.parametrize(("text", "intent", "action"), BELT_TOO)
def test_the_belt_is_added_with_the_total_and_express(
    chat, extractor, on_her_saturday, text, intent, action
):
    """B4: the Patent Evening Belt added in 36, the cart of two with its total, and express by
    the 10th answered; no order lookup."""
    added_and_belts(chat, extractor)

    turn = say_and_keep(chat, extractor, action(), intent, text)

    assert "Added Patent Evening Belt (36, Black)" in turn.shown, turn.shown
    assert "Your cart (2 items)" in turn.shown, turn.shown
    assert "Subtotal $104.95" in turn.shown, turn.shown
    assert "Express shipping" in turn.shown and "in time" in turn.shown, turn.shown
    assert "10 December" in turn.shown, turn.shown
    assert "order number" not in turn.shown and "don't see that number" not in turn.shown
