"""Stranger test 70 (docs/nlu/stranger-test-70.md, Harold, message B9, worst problem 6).

He opened the Visby Leather Tote's details (B3), a later list (no scarves, the nearest) showed the
Lund Satin Clutch beside the tote, and "Alright, I've decided, I'll take the handbag" asked which
of the two he meant. The handbag he looked at in detail is the one he takes."""

from __future__ import annotations

import pytest

from actions.checkout import ActionStartCheckout
from actions.discovery import ActionSelectProduct
from tests.actions.conversation_driver import say_and_keep, search

TAKE_THE_HANDBAG = [
    "Alright, I've decided, I'll take the handbag.",
    "ok i'll buy the handbag",
    "I want the handbag",
    "let's go with the handbag then",
    "the handbag please, I'll take it",
]


def _looked_at_the_tote_then_a_list_with_the_clutch(chat, extractor) -> None:
    turn = search(chat, extractor, "Do you have any handbags around $120? brown leather")
    chat.history.extend({"event": "bot", "text": m.get("text")} for m in turn.messages)
    turn = say_and_keep(
        chat, extractor, ActionSelectProduct(), "select_product",
        "Tell me more about the Visby Leather Tote please",
    )  # fmt: skip
    assert "Visby Leather Tote" in turn.shown
    turn = search(chat, extractor, "And do you have scarves too, maybe a soft wool one for her?")
    print(turn.shown)
    assert "Lund Satin Clutch" in turn.shown


@pytest.mark.parametrize("text", TAKE_THE_HANDBAG)
def test_the_handbag_looked_at_is_the_one_taken(chat, extractor, text):
    _looked_at_the_tote_then_a_list_with_the_clutch(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionStartCheckout(), "buy", text)

    assert "Which one do you mean" not in turn.shown
    assert "Visby Leather Tote" in turn.shown
    assert "Lund Satin Clutch" not in turn.shown
