"""Stranger test 60 (docs/nlu/stranger-test-60.md, persona Doug, worst problem 5): over three
derbies, "Which of those is the most comfortable one, honestly? And does the second one run small,
because my last pair definitely did." commented on the second and third only and left "run small"
unanswered. Right: a question across the list covers every product shown, and a fit question about
one of them answers from that product's catalog words on its fit, or says the catalog doesn't say."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say, shown_titles

DERBIES = "I think I want lace-ups, derby style maybe. Brown, size 11."
ACROSS_AND_FIT = [
    "Which of those is the most comfortable one, honestly? And does the second one run small, "
    "because my last pair definitely did.",
    "which one is the comfiest? does the 2nd one run small?",
    "most comfortable of these? and is the second true to size",
    "which of them is most comfortable, and does number 2 run large",
    "which is comfiest of the three, also do the second ones fit true to size?",
]


@pytest.mark.parametrize("text", ACROSS_AND_FIT)
def test_the_comparison_covers_every_shown_and_answers_the_fit(chat, extractor, text):
    say(chat, extractor, ActionSearchProducts(), "search_products", DERBIES)
    titles = shown_titles(chat)

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    print(turn.shown)
    assert all(title in turn.shown for title in titles), titles
    fit_line = [line for line in turn.shown.splitlines() if "size" in line.lower()]
    assert fit_line and titles[1] in "\n".join(fit_line)
