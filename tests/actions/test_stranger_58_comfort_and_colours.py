"""Stranger test 58 (docs/nlu/stranger-test-58.md), persona Maureen, problem 6: "is it
comfortable for standing all day? And which colours do you have it in an 8?" of the Margot Pointed
Flat got its colours and size 8, and not a word on comfort, the reason she was shopping. Both are
answered: the colours, and what the catalog says on comfort (or that it doesn't say)."""

from __future__ import annotations

import pytest

from actions.discovery import ActionCheckAvailability
from tests.actions.conversation_driver import say, search

FLATS = (
    "Hello there! I've just become a volunteer guide at our museum, so I'm on my feet for hours. "
    "I need comfortable flats, women's size 8, navy or black, nothing over about $120."
)


@pytest.mark.parametrize(
    "text",
    [
        "Oh the first one looks lovely actually, but is it comfortable for standing all day? And "
        "which colours do you have it in an 8?",
        "is it comfy for standing all day? which colours in an 8?",
        "are they comfortable? and what colours come in size 8?",
        "which colours do you have it in size 8, and is it comfortable for long days on my feet?",
        "is the first one comfortable to walk in all day and what colors do you have in 8?",
    ],
)
def test_comfort_asked_beside_colours_is_answered(chat, extractor, text):
    found = search(chat, extractor, FLATS)
    assert "Margot Pointed Flat" in found.text, found.text

    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    assert "Black, Tan and Navy" in turn.text, turn.text
    assert "cushioned heel" in turn.text, turn.text


def test_colours_alone_say_nothing_of_comfort(chat, extractor):
    search(chat, extractor, FLATS)

    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability",
               "which colours do you have the first one in an 8?")  # fmt: skip

    assert "cushioned" not in turn.text and "standing" not in turn.text
