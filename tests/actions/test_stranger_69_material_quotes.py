"""Stranger test 69 (docs/nlu/stranger-test-69.md): two misses of a product question's answer.

Problem 4 (persona B, message 5): "what are they made of, is it leather? will they survive the
rain?" quoted the same catalog sentence twice. One reply quotes each sentence once.

Problem 6 (persona A, message 4): "it wrinkle much?" on the Riviera Linen Trousers got only "I don't
know". The catalog says nothing on creasing, but it does say what they are made of: that line is
quoted (never a verdict on whether linen wrinkles), then the team's contact."""

from __future__ import annotations

import pytest

from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say

TWO_QUESTIONS = [
    "what are they made of, is it leather? will they survive the rain?",
    "What are they made of, is it leather? will they survive the rain?",
    "what material are they? are they ok in the rain?",
    "are they leather? do they get wet in the rain?",
    "what's it made of? will it survive a downpour, rain all weekend?",
]


@pytest.mark.parametrize("text", TWO_QUESTIONS)
def test_one_catalog_sentence_is_quoted_once_per_reply(chat, extractor, text):
    """docs/nlu/stranger-test-69.md, persona B message 5 (worst problem 4)."""
    chat.slots["current_product"] = "wren-suede-chelsea-boot"
    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    print(turn.shown)
    sentence = "Water-repellent suede on a lightweight, grippy rubber sole."
    assert turn.shown.count(sentence) == 1


WRINKLES = [
    "it wrinkle much? i sit 10 hour",
    "does it crease a lot?",
    "will they get wrinkled in the car",
    "do these trousers wrinkle easily?",
    "r they crumpled after a long day sitting?",
]


@pytest.mark.parametrize("text", WRINKLES)
def test_creasing_unknown_quotes_what_it_is_made_of(chat, extractor, text):
    """docs/nlu/stranger-test-69.md, persona A message 4 (worst problem 6)."""
    chat.slots["current_product"] = "riviera-linen-trousers"
    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    print(turn.shown)
    assert "Irish linen trousers with a drawcord-free elasticated back." in turn.shown
    assert "doesn't say whether the Riviera Linen Trousers crease." in turn.shown
    assert "help@" in turn.shown  # the team's contact
    assert "I don't know" not in turn.shown
