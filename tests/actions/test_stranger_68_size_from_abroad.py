"""Stranger test 68 (docs/nlu/stranger-test-68.md, persona A Ramon, message A5, worst problem 4):
"in asia i am L, what is US size for me?" while looking at a linen blazer got the SHOE size chart.
A letter size from another region is answered for the clothes in view: the blazer goes by chest
size plus a length, and our size guide has no chart from Asian sizes, said honestly, never a
guess; with the size guide to tap."""

from __future__ import annotations

import pytest

from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say, search

FROM_ABROAD = [
    "in asia i am L, what is US size for me?",
    "im a large in asian sizes, what would that be in US?",
    "in my country i wear L, what US size is that?",
    "back home in the philippines i'm an L, which US size?",
    "i am size L in Asia, what is it in US size?",
]


@pytest.mark.parametrize("text", FROM_ABROAD)
def test_a_letter_size_from_asia_gets_the_blazers_chest_sizes(chat, extractor, text):
    """docs/nlu/stranger-test-68.md, message A5."""
    search(chat, extractor, "ok what dark pants u have then")
    search(chat, extractor, "light linen blazer for cool nights")

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_size_guide", text)

    print(turn.shown)
    assert "labelled in US sizes" not in turn.shown  # never the shoe chart
    assert "Lancaster Linen Blazer goes by chest size" in turn.shown
    assert "36R to 46R" in turn.shown
    assert "no chart from sizes in" in turn.shown and "won't guess" in turn.shown
    assert {"title": "Size guide", "payload": "/ask_size_guide"} in turn.buttons
