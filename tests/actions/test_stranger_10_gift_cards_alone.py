"""Gift cards asked about on their own (docs/nlu/stranger-test-10.md, message 6, "do you sell gift
cards"; seen again after a tie search): the answer is that the shop sells none, from the store,
and nothing else. "No need to know his size for ties..." under it answered a question nobody
asked: no present for anyone had been spoken of. With a present for someone (stranger test 24)
that line still follows (tests/actions/test_stranger_24_gift_without_size.py)."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import search

GIFT_CARD_QUESTIONS = [
    "do u have gift cards",
    "do you sell gift cards",
    "do you do gift vouchers?",
    "got any gift cards",
    "any e-gift cards?",
]


@pytest.mark.parametrize("text", GIFT_CARD_QUESTIONS)
@pytest.mark.parametrize("before", [None, "need a tie for wrk", "black oxfords in size 10"])
def test_gift_cards_alone_get_only_the_honest_answer(chat, extractor, before, text):
    if before:
        search(chat, extractor, before)

    turn = search(chat, extractor, text)

    print(turn.shown)
    assert "we don't sell gift cards" in turn.shown, turn.shown
    assert "No need to know" not in turn.shown, turn.shown
    assert "size" not in turn.shown.lower(), turn.shown
