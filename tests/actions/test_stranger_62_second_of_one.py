"""Stranger test 62 (docs/nlu/stranger-test-62.md, persona Gloria #2, worst problem 5): "the
second one ... is it floor length? does it have sleeves?" with only one dress on screen got only
"I don't see that number in the list." With one product on screen, a position past it says so
briefly and answers the questions about the one shown; with several, it asks which."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say, say_and_keep, shown_titles

QUESTIONS = [
    "Ooh the second one looks lovely, is it floor length? and does it have sleeves? I hate "
    "feeling my arms flap about under the lights",
    "the second one, does it have sleeves?",
    "is the 3rd one long sleeved?",
    "what about the second, what is it made of?",
    "2nd one - does it have sleeves??",
    "the third dress, is it floor length",
]


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q[:40])
def test_a_position_past_the_one_shown_answers_about_it(chat, extractor, question):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", ONE_RESULT)
    assert len(shown_titles(chat)) == 1, shown_titles(chat)
    title = shown_titles(chat)[0]

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", question)

    print(turn.shown)
    assert "don't see that number" not in turn.shown, turn.shown
    assert "only one" in turn.shown.lower() and title in turn.shown, turn.shown
    assert any(e.get("name") == "current_product" for e in turn.events), turn.events


def test_a_position_past_several_still_asks_which(chat, extractor):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "black dresses")
    assert 1 < len(shown_titles(chat)) < 9, shown_titles(chat)

    turn = say(
        chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
        "the ninth one, does it have sleeves?",
    )  # fmt: skip

    print(turn.shown)
    assert "number" in turn.shown or "which" in turn.shown.lower(), turn.shown


ONE_RESULT = "black velvet dress in M under $200"
