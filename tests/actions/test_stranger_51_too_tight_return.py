"""Stranger test 51 (docs/nlu/stranger-test-51.md, persona Rafael, worst problem 5): "also last
month i buy loafers for him too tight, can return?" got the exchanges answer and the "Was it a
gift?" paragraph, never that he can return them or how to start.

A returns question about something that doesn't fit is answered as one (how long, in what state,
how to start here, the free label), with the exchange for another size named as the other way; the
gift paragraph only when a gift was spoken of."""

from __future__ import annotations

import pytest

from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import ActionConversation, say


@pytest.fixture
def chat(demo_store_url, monkeypatch) -> ActionConversation:
    monkeypatch.setenv("SHOP_RETURN_WINDOW_DAYS", "45")
    return ActionConversation(keep_messages=True)


@pytest.mark.parametrize(
    "text",
    [
        "also last month i buy loafers for him too tight, can return?",  # the stranger's words
        "bought shoes for him, too small, can i return them?",
        "the boots i got her are too big, can i send them back?",
        "too tight, can return?",
        "got my husband a jacket and it doesnt fit him, can i return it",
    ],
)
def test_a_misfit_asked_to_return_gets_the_returns_answer_and_the_exchange(chat, extractor, text):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_return_policy", text)

    print(turn.shown)
    assert "within 45 days" in turn.shown  # yes, and for how long
    assert "return my order" in turn.shown  # how to start, here
    assert "another size" in turn.shown and "exchange" in turn.shown  # the other way
    assert "Was it a gift?" not in turn.shown


def test_a_gift_received_that_does_not_fit_still_gets_the_gift_paragraph(chat, extractor):
    text = "my aunt got me a jacket for my birthday but its too big, can i return it"
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_return_policy", text)

    print(turn.shown)
    assert "Was it a gift?" in turn.shown
