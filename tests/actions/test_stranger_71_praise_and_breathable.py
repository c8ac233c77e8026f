"""Stranger test 71 (docs/nlu/stranger-test-71.md, persona B message 2, worst problem 7): "the
first one looks rather smart, what's it made of and is it breathable enough for a hot July
afternoon?" on the Riviera Linen Suit. "Smart" was praise, read as an occasion ("Our catalog
doesn't list the Riviera Linen Suit for smart"), and after quoting "Unlined Irish linen that
breathes in the heat" the reply said it didn't know about breathing. Praise is no occasion, and a
breathability question the catalog answers is never followed by "I don't know"."""

from __future__ import annotations

import pytest

from actions.product_questions import ActionAnswerProductQuestion
from shop_nlu.occasion_questions import occasion_asked
from tests.actions.conversation_driver import say, search, shown_titles

PRAISE_AND_BREATHING = [
    "the first one looks rather smart, what's it made of and is it breathable enough for a hot "
    "July afternoon?",
    "looks really smart! is it breathable in the heat?",
    "ooh that looks sharp, what's it made of, does it breathe on a hot day?",
    "it looks very elegant. is it breathable for a hot summer afternoon?",
    "looks nice, what material is it and will it breathe in a heatwave?",
]


@pytest.mark.parametrize("text", PRAISE_AND_BREATHING)
def test_praise_is_no_occasion_and_breathing_is_answered(chat, extractor, text):
    """docs/nlu/stranger-test-71.md, persona B message 2 (worst problem 7)."""
    search(chat, extractor, "a light-coloured suit for a summer garden party, 42R")
    assert shown_titles(chat)[0] == "Riviera Linen Suit"
    chat.slots["current_product"] = "riviera-linen-suit"
    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    print(turn.shown)
    assert "doesn't list" not in turn.shown  # no occasion was asked
    assert "Unlined Irish linen that breathes in the heat" in turn.shown
    assert "I don't know" not in turn.shown
    assert "says nothing about" not in turn.shown


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("looks smart, is it ok for a wedding?", "a wedding"),
        ("is it smart enough for the office?", "the office"),
        ("is it formal?", "formal"),
        ("would it be too dressy for a bbq", "dressy"),
    ],
)
def test_an_occasion_asked_beside_praise_is_still_asked(text, said):
    """The occasion asked for is still read when praise or a style word comes with it."""
    asked = occasion_asked(text)
    assert asked is not None and asked.said == said, asked


@pytest.mark.parametrize(
    "text",
    ["looks rather smart", "that looks so elegant", "very smart looking suit", "looks dressy!"],
)
def test_praise_alone_asks_no_occasion(text):
    assert occasion_asked(text) is None
