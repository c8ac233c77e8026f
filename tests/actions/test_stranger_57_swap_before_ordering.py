"""Stranger test 57 (docs/nlu/stranger-test-57.md, persona Darren, worst problem 6): after "Actually
scratch black, ... Let's go navy", "If the jacket doesn't fit when it arrives, can I send it back or
swap it for a 44R? How long do I have?" got the damaged-item replacement steps ("add a photo if it
arrived damaged", [Start a return]) and no return window: "scratch black" was read as a scratch.

"Scratch that" changes one's mind; it says nothing arrived scratched. The size exchange is
answered, with how many days there are for it."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say

SWAP = (
    "If the jacket doesn't fit when it arrives, can I send it back or swap it for a 44R? How long "
    "do I have? To be clear I'm not planning to wear it to court and return it, I just want to know."
)


@pytest.mark.parametrize(
    "change_of_mind",
    [
        "Actually scratch black, my lawyer just texted and said navy or charcoal reads better in "
        "court, black looks like a funeral. Let's go navy.",
        "scratch that, navy suits please",
        "ok scratch the black, show me navy",
        "scratch black, navy suits",
        "actually, scratch that - charcoal suits instead",
    ],
)
def test_a_swap_before_ordering_gets_the_exchange_window(chat, extractor, change_of_mind):
    say(chat, extractor, ActionSearchProducts(), "search_products", "black suits in 42R")
    say(chat, extractor, ActionSearchProducts(), "refine_search", change_of_mind)

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_return_policy", SWAP)

    print(turn.shown)
    assert "damaged" not in turn.shown, turn.shown
    assert "Start a return" not in [button["title"] for button in turn.buttons]
    assert "exchange" in turn.shown.lower() and "30 days" in turn.shown, turn.shown
