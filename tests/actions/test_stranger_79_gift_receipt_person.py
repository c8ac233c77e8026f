"""Stranger test 79 (docs/nlu/stranger-test-79.md, persona B, message B9, worst problem 6).

"Thank you so much! … gift for my sister, so could I talk to a real person about getting a gift
receipt put in with the order?" got only "I'm a bot and can't bring a person into this chat" and
the team's contact: the gift-receipt question itself got no answer. Right: the shop's answer on
gift receipts, notes and wrapping (content/faq.yml, gift_options) before the way to a person."""

from __future__ import annotations

import pytest

from actions.handoff import ActionHandOver
from commerce.faq import faq_answer
from tests.actions.conversation_driver import say

ASKED_ABOUT_A_GIFT = [
    # the doc's, with the part the table shortens filled in as she writes
    "Thank you so much! It's actually partly a gift for my sister, so could I talk to a real "
    "person about getting a gift receipt put in with the order?",
    "can i talk to a real person about a gift receipt pls",
    "i need to speak to someone about adding a gift note",
    "could I speak with a human? I want a gift reciept in the parcel",
    "put me through to an agent, its a present and i want it gift wrapped",
    "I'd like to talk to a person about including a gift message for my mum",
]


@pytest.mark.parametrize("text", ASKED_ABOUT_A_GIFT)
def test_a_person_about_a_gift_receipt_gets_the_gift_answer_too(chat, extractor, no_desk, text):
    """docs/nlu/stranger-test-79.md, B9 (problem 6)."""
    turn = say(chat, extractor, ActionHandOver(), "request_human", text)

    print(turn.shown)
    assert "gift-receipt option" in turn.shown  # the shop's own answer, from its FAQ
    assert faq_answer("gift_options") in turn.shown
    assert "help@harbourlane.example" in turn.shown  # and the way to a person, still
    assert turn.shown.index("gift-receipt option") < turn.shown.index("can't bring a person")


@pytest.mark.parametrize(
    "text",
    [
        "can i talk to a real person please",
        "I want to speak with a human about my order",
        "put me through to someone, the sizing is confusing",
    ],
)
def test_a_person_about_something_else_gets_no_gift_answer(chat, extractor, no_desk, text):
    turn = say(chat, extractor, ActionHandOver(), "request_human", text)

    print(turn.shown)
    assert "gift" not in turn.shown.lower()
    assert "help@harbourlane.example" in turn.shown
