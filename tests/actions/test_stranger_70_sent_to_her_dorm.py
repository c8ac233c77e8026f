"""Stranger test 70 (docs/nlu/stranger-test-70.md, Harold, message B6, worst problem 3).

"She's away at university so I'd like it sent straight to her dorm, not to my house. Is that
possible?", with no order placed, got "Sorry, I'm not sure I understood" and a button to change an
order's address. Sending a purchase to someone else is answered: yes, give their name and address
at checkout (the sentence of the gift answer, content/faq.yml gift_recipient)."""

from __future__ import annotations

import pytest

from actions.understanding import ActionClarify
from commerce.faq import faq_answer
from tests.actions.conversation_driver import say

TO_HER_DORM = [
    "She's away at university so I'd like it sent straight to her dorm, not to my house. "
    "Is that possible?",
    "can it be sent to her dorm instead of my address?",
    "could you send it to my granddaughter at her university?",
    "is it possible to have it delivered to her college address",
    "I want it shipped to him at work, not to me, can you do that?",
]


@pytest.mark.parametrize("text", TO_HER_DORM)
def test_sending_it_to_someone_else_before_ordering_says_how(chat, extractor, text):
    turn = say(chat, extractor, ActionClarify(), "nlu_fallback", text)

    print(turn.shown)
    assert faq_answer("gift_recipient") in turn.shown
    assert turn.shown.startswith("Yes")
    assert "not sure I understood" not in turn.shown
    assert not any("address" in b["title"].lower() for b in turn.buttons)
