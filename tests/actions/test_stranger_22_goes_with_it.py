"""Stranger test 22 (docs/nlu/stranger-test-22.md, persona dev 5, worst problem 6): with suits on
screen for a job interview, "ok whats a shirt that goes with it" got "I found 16 shirts under $300"
(a plain shirt search), its third a tuxedo shirt.

"A shirt that goes with it" is a shirt that goes with the suit looked at (the shop owner's pairing
rules), and evening wear is no pick for an interview or the office."""

from __future__ import annotations

import pytest

from actions.recommendations import ActionSuggestOutfit
from tests.actions.conversation_driver import say, search


@pytest.mark.parametrize(
    "text",
    [
        "ok whats a shirt that goes with it",
        "what shirt would go with it",
        "need a shirt to go with the suit",
        "and a shirt that matches it?",
        "which shirt goes with this",
    ],
)
def test_a_shirt_that_goes_with_the_interview_suits(chat, extractor, text):
    search(chat, extractor, "got a job interview at an accounting firm, i need a suit")
    search(chat, extractor, "suits then, cheapest first")

    turn = search(chat, extractor, text)

    print(turn.text)
    assert "I found" not in turn.text, "not a plain shirt search"
    assert "Suit" in turn.text  # what the shirts go with is said
    assert "Shirt" in turn.shown
    assert "Tuxedo" not in turn.shown
    assert "Marcella" not in turn.shown  # a white-tie evening shirt


@pytest.mark.parametrize(
    "text", ["ok whats a shirt that goes with it", "what shirt would go with it"]
)
def test_heard_as_what_goes_with_it_the_shirts_go_with_the_suits_shown(chat, extractor, text):
    search(chat, extractor, "got a job interview at an accounting firm, i need a suit")
    search(chat, extractor, "suits then, cheapest first")

    turn = say(chat, extractor, ActionSuggestOutfit(), "suggest_outfit", text)

    print(turn.text)
    assert "I found" not in turn.text, "not a plain shirt search"
    assert "Suit" in turn.text
    assert "Shirt" in turn.shown
    assert "Tuxedo" not in turn.shown and "Marcella" not in turn.shown
