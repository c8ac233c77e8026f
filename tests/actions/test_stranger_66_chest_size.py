"""Stranger test 66 (docs/nlu/stranger-test-66.md, persona A, worst problem 6): "also jacket thing
but not a suit?? smart but no matching pants. 42 chest" got "I have no formal jackets in stock
right now", then exactly the blazers he wanted, and his 42 chest was never used.

Right: "42 chest", "chest 42", "a 42 inch chest" are the jacket size 42 (the regular length, 42R,
unless one is said), and the reply never opens with "I have no ... jackets" over the jackets it
then lists as the closest."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import listed, search

JACKETS_BY_CHEST = [
    "also jacket thing but not a suit?? smart but no matching pants. 42 chest",
    "blazer 42 chest",
    "need a smart jacket, chest 42",
    "navy blazer for a 42 inch chest",
    "a jacket, not a suit, 42 chest pls",
    "smart blazer im a 42 chest",
]


@pytest.mark.parametrize("text", JACKETS_BY_CHEST)
def test_a_chest_measure_is_the_jacket_size(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert chat.slots["search_query"].get("size") in {"42", "42r"}, chat.slots["search_query"]
    assert listed(turn.shown) and all("Blazer" in line for line in listed(turn.shown))
    assert "42" in turn.shown.splitlines()[0], turn.shown
    assert "I have no" not in turn.shown, turn.shown
