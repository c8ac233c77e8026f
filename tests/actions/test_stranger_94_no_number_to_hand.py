"""docs/nlu/stranger-test-94.md, B8 (worst problem 3): "Oh, and one more thing, dear. I ordered a
cardigan for my granddaughter last week and it still hasn't come, I'm a bit worried. I don't have
the order number to hand, my email is margaret.hill@example.com." got "Now I only need the order
number ... Don't have it? Say \"I don't have the order number\"", asking her to say what she had
just said. Right: said in the same message, it is taken as said: where the number is, and how the
team finds the order without it (as after "I don't have the order number", action_no_order_number).
"""

from __future__ import annotations

import pytest

from actions.after_sales import ActionOrderStatus
from tests.actions.conversation_driver import say_and_keep

B8 = (
    "Oh, and one more thing, dear. I ordered a cardigan for my granddaughter last week and it still "
    "hasn't come, I'm a bit worried. I don't have the order number to hand, my email is "
    "margaret.hill@example.com."
)
NO_NUMBER = [
    B8,
    "wheres my order?? dont have the order no. on me, email is margaret.hill@example.com",
    "my parcel hasnt arrived and i can't find my order number. margaret.hill@example.com",
    "where is my order, i lost the order number",
    "I ordered a cardigan last week and it hasn't come, I don't have the order number to hand",
]


@pytest.mark.parametrize("text", NO_NUMBER)
def test_no_number_said_with_the_request_is_taken_as_said(chat, extractor, text):
    turn = say_and_keep(chat, extractor, ActionOrderStatus(), "order_status", text)

    assert 'Say "I don\'t have the order number"' not in turn.shown, turn.shown
    assert "our team will find the order" in turn.shown, turn.shown
    assert "help@harbourlane.example" in turn.shown, turn.shown
