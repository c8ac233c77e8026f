"""Stranger test 22 (docs/nlu/stranger-test-22.md, persona nana 6, worst problem 4): "actually
maybe shoes are safer, hes a size 9 i think. black trainers?" listed three formal oxfords ("I
found 25 black shoes for men in size 9"), although the shop sells black sneakers in size 9.

The shopper's everyday word for a kind (trainers, runners, kicks, tennis shoes) is the kind the
catalog sells; said beside the wider kind ("shoes ... trainers"), the narrower one is searched."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import say


@pytest.mark.parametrize(
    "text",
    [
        "actually maybe shoes are safer, hes a size 9 i think. black trainers?",
        "shoes then. black trainers in a 9 for my grandson",
        "some black runners maybe, size 9, for a lad",
        "black kicks size 9 for my son",
        "what black tennis shoes do you have in a 9 for men",
    ],
)
def test_trainers_are_sneakers(chat, extractor, text):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.shown)
    assert "sneakers" in turn.text.lower(), turn.text
    assert "Oxford" not in turn.shown
    assert "Sneaker" in turn.shown or "Runner" in turn.shown
