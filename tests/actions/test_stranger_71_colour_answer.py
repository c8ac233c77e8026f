"""Stranger test 71 (docs/nlu/stranger-test-71.md, message B5): James asked to put the suit in his
basket; the bot asked "Which colour of the Riviera Linen Suit?" [Beige] [Blue] [Olive] and then
added a note about the shirt he hadn't been shown. His "Beige please" got a stock line and nothing
in the basket: the note after the question hid it. The colour answers the question, and the suit
goes in the basket."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import say, say_and_keep

COLOUR_ANSWERS = ["Beige please", "beige, please", "Olive please", "the blue please", "beige"]


@pytest.mark.parametrize("answer", COLOUR_ANSWERS)
def test_a_colour_answers_the_colour_question_under_a_note(chat, extractor, answer):
    """docs/nlu/stranger-test-71.md, message B5."""
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products",
                 "I need a light-coloured suit, something cream or light grey or beige. "
                 "I'm a 42R in the jacket")  # fmt: skip
    asked = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart",
                         "Could you pop that suit in my basket in 42R, and then show me a white "
                         "or pale blue shirt")  # fmt: skip
    assert "Which colour of the Riviera Linen Suit?" in asked.shown, asked.shown
    assert "haven't shown you a shirt" in asked.shown, asked.shown

    turn = say(chat, extractor, ActionSearchProducts(), "refine_search", answer)

    print(turn.shown)
    colour = next(c for c in ("Beige", "Olive", "Blue") if c.lower() in answer.lower())
    assert "Riviera Linen Suit" in turn.shown and "42R" in turn.shown, turn.shown
    assert f"{colour}" in turn.shown and "is in stock in" not in turn.shown, turn.shown
    assert "Added" in turn.shown or "added" in turn.shown, turn.shown
