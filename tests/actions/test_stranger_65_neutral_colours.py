"""Stranger test 65 (docs/nlu/stranger-test-65.md, persona B Dana, worst problem 6): "and a small
bag, black or something neutral" was searched as black bags only: "neutral" was no colour.

"Neutral" is any of the neutral colours (catalog/lexicon.yml), said beside black or alone, and each
colour is searched once ("black or black or white ..." never)."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import search

ASKED = [
    "and a small bag, black or something neutral",  # her words
    "a bag in neutral colours",
    "bag, black or neutral pls",
    "any bags in neutrals?",
    "I'd like a bag in a neutral color",
]


@pytest.mark.parametrize("text", ASKED)
def test_neutral_is_the_neutral_colours(chat, extractor, text):
    turn = search(chat, extractor, text)

    assert "black or black" not in turn.text
    assert "I found 7" in turn.text, turn.text  # not the black bags alone
    assert "Uppsala Laptop Messenger" in turn.text  # a grey one
