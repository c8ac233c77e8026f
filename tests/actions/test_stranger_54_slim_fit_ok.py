"""Stranger test 54 (docs/nlu/stranger-test-54.md, persona Mei, worst problem 5): under three work
shirts, none opened, "he is tall 182 but thin, slim fit ok?" got "Which one do you mean: the
Gerrard Pleated Tuxedo Shirt, the Marcella Dress Shirt or the Eton Oxford Button-Down?".

Whether a fit will do, asked of the list on screen, is answered for the list: which of those shown
the catalog describes with that fit, and that it doesn't say for the others."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say, shown_titles


@pytest.mark.parametrize(
    "text",
    [
        "he is tall 182 but thin, slim fit ok?",
        "would slim fit be ok for him?",
        "is slim fit a good idea, hes skinny",
        "slim fit good for a thin guy?",
        "slim fit alright? he is slim",
    ],
)
def test_slim_fit_ok_is_answered_for_the_shirts_on_screen(chat, extractor, text):
    say(chat, extractor, ActionSearchProducts(), "search_products", "need shirt for husband work")
    shown = shown_titles(chat)

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    print(turn.text)
    assert "which one do you mean" not in turn.text.lower()
    assert "slim fit" in turn.text.lower(), turn.text
    # The office dress shirts' own words: "the slim body tapers through the waist".
    assert "All 3 of these" in turn.text, turn.text
    assert shown_titles(chat) == shown


def test_slim_fit_ok_under_casual_shirts_names_none_it_does_not_say(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products", "casual shirts for men")

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
               "he is tall but thin, slim fit ok?")  # fmt: skip

    print(turn.text)
    assert "which one do you mean" not in turn.text.lower()
    assert "slim fit" in turn.text.lower(), turn.text
