"""Stranger test 58 (docs/nlu/stranger-test-58.md, persona Linh #4, worst problem 3): "the 2nd one
what color u have" showed the Chancery card with its colours, then "I don't know from our catalog
the answer to that", which reads as if the colours above might be wrong.

Which colours it comes in is answered: its colours, and never "I don't know"."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say_and_keep

DONT_KNOW = "I don't know"


@pytest.mark.parametrize(
    "text",
    [
        "the 2nd one what color u have",
        "2nd one, wat colour u got",
        "second one which colors u have?",
        "the 2nd what colors",
        "2nd one what colour it come",
    ],
)
@pytest.mark.parametrize(
    ("action", "intent"),
    [(ActionAnswerProductQuestion(), "ask_product_question"),
     (ActionSelectProduct(), "select_product")],
)  # fmt: skip
def test_the_second_ones_colours(chat, extractor, text, action, intent):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products",
                 "man shirt for the office, under 80")  # fmt: skip

    turn = say_and_keep(chat, extractor, action, intent, text)

    assert "Chancery Non-Iron Shirt" in turn.shown
    assert "White" in turn.shown and "Blue" in turn.shown
    assert DONT_KNOW not in turn.shown
