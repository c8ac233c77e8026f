"""Stranger test 56 (docs/nlu/stranger-test-56.md, persona Marek #4-#5; worst problem 5): with two
shoes listed, "is slip resistant?" got "Which one do you mean: the Margot Pointed Flat or the
Falcon High-Top?", and "cheapest one" then showed the Margot's card: the question was never
answered.

Asked with a list on screen and nothing opened, a feature question is about the list: which of
those shown the catalog says it of, and plainly that it doesn't say for the others. With a product
opened, it is about that one."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSelectProduct
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say, search, shown_titles


def two_cheap_black_shoes(chat, extractor) -> list[str]:
    search(chat, extractor, "black shoes in eu 42 under $70")
    titles = shown_titles(chat)
    assert sorted(titles) == ["Falcon High-Top", "Margot Pointed Flat"], titles
    return titles


@pytest.mark.parametrize(
    "text",
    [
        "is slip resistant?",
        "slip resistant?",
        "are they slip resistant?",
        "are these non slip",
        "any of them slip-resistant?",
        "non slip? for the kitchen",
    ],
)
def test_slip_resistance_asked_of_the_list(chat, extractor, text):
    two_cheap_black_shoes(chat, extractor)

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    print(turn.shown)
    assert "Which one do you mean" not in turn.shown
    # The demo catalog calls neither non-slip: that is said, of both.
    assert "doesn't say" in turn.shown or "don't know" in turn.shown, turn.shown
    assert "Margot Pointed Flat" in turn.shown and "Falcon High-Top" in turn.shown, turn.shown


def test_slip_resistance_of_the_one_opened(chat, extractor):
    two_cheap_black_shoes(chat, extractor)
    say(chat, extractor, ActionSelectProduct(), "select_product", "the cheapest one")

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
               "is slip resistant?")  # fmt: skip

    print(turn.shown)
    assert "Which one do you mean" not in turn.shown
    assert "Margot Pointed Flat" in turn.shown
    assert "Falcon High-Top" not in turn.shown
