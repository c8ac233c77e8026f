"""docs/nlu/stranger-test-95.md, B5 (worst problem 4): Priya said size 12 for the suit (B1) and
size 8 for the shoes (B4). "Put the suit and the blouse in my cart, and the shoes too if the first
pair comes in an 8" added the pump in 8 and then said "For the suits I'll keep to size 8, as you
said": her shoe size carried over to the suits.

Right: a size said with one kind (the shoes) is never kept for another (the suits): no "size 8"
for the suits, and the [Suits] button does not search them in 8."""

from __future__ import annotations

import json

import pytest

from actions.cart_adding import ActionAddToCart
from tests.actions.conversation_driver import say_and_keep
from tests.actions.test_stranger_95_express_kept import priyas_suits_and_shoes

ADDS_WITH_SHOES_IN_8 = [
    "Okay, could you put the suit and the blouse in my cart, and the shoes too if the first pair "
    "comes in an 8, and tell me what that all comes to with express shipping?",  # the doc's
    "put the suit n blouse in my basket pls, and the shoes if the 1st pair comes in an 8",
    "Could you add the suit and the blouse, and the first pair of shoes in size 8?",
    "add the suit and blouse to my cart, plus the first shoes in an 8",
    "ok pop the suit + blouse in the cart and the first pair in 8 too",
]


@pytest.mark.parametrize("text", ADDS_WITH_SHOES_IN_8)
def test_b5_the_shoe_size_is_not_kept_for_the_suits(chat, extractor, text):
    priyas_suits_and_shoes(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)
    shown = turn.shown

    assert "Added Lucia Block-Heel Pump (US 8" in shown, shown
    assert "suits I'll keep to size 8" not in shown, shown
    for button in turn.buttons:
        payload = str(button.get("payload") or "")
        if payload.startswith("/search_products"):
            said = json.loads(payload.removeprefix("/search_products"))
            assert said.get("size") != "8", button
