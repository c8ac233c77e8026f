"""Stranger test 62 (docs/nlu/stranger-test-62.md, persona Gloria #2, problem 5, left out by fJ):
with three gowns shown, "the second one ... is it floor length? does it have sleeves?" answered
only the floor length. Two questions about one product in one message get both answered from the
catalog (or that the catalog doesn't say), each once."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say, say_and_keep, shown_titles

QUESTIONS = [
    "Ooh the second one looks lovely, is it floor length? and does it have sleeves? I hate "
    "feeling my arms flap about under the lights",
    "the second one, is it floor length? does it have sleeves?",
    "2nd one - is it long and does it have sleeves??",
    "is the second one floor length and sleeveless?",
    "second one: how long is it, and has it got sleeves",
    "the 2nd gown, floor length? sleeves?",
]


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q[:40])
def test_both_questions_about_one_product_are_answered(chat, extractor, question):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "evening gowns")
    assert len(shown_titles(chat)) >= 2, shown_titles(chat)
    second = shown_titles(chat)[1]

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", question)

    print(turn.shown)
    assert second in turn.shown, turn.shown
    lowered = turn.shown.lower()
    assert "length" in lowered or "long" in lowered, turn.shown
    assert "sleeve" in lowered or "catalog doesn't say" in lowered, turn.shown
