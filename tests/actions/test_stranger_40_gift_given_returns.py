"""Stranger test 40 (docs/nlu/stranger-test-40.md, persona 1, worst problem 4): "the tie might be a
present for my son-in-law" and then "what's your return policy?" got the policy plus "No order
number? As it was a gift, it's in the buyer's order confirmation...", words for someone who
received a gift. A present the shopper gives is no gift received: the policy comes alone. A gift
received ("it was a present from my aunt") still gets the way forward without the number."""

from __future__ import annotations

import pytest

from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import ActionConversation

RETURNS = "and if the trousers are too long can I send it back? what's your return policy?"
GIVEN = [
    "do you do gift wrapping or a gift note? the tie might be a present for my son-in-law",
    "can you gift wrap? its a gift for my wife",
    "is gift wrap free, the shirt is a birthday present for my dad",
    "im buying the tie as a present for him, do u wrap",
    "do you gift wrap? it's a christmas gift for my brother",
]
RECEIVED = [
    "it was a present from my aunt, can i exchange it?",
    "my sister bought it for me as a gift",
]


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(keep_messages=True)


@pytest.mark.parametrize("text", GIVEN)
def test_a_present_the_shopper_gives_is_no_gift_received(chat, text):
    chat.run(ActionAnswerServiceQuestion(), "ask_gift_options", text)

    turn = chat.run(ActionAnswerServiceQuestion(), "ask_return_policy", RETURNS)

    print(turn.shown)
    assert "30 days" in turn.shown
    assert "No order number?" not in turn.shown


@pytest.mark.parametrize("text", RECEIVED)
def test_a_gift_received_still_gets_the_way_without_a_number(chat, text):
    chat.run(ActionAnswerServiceQuestion(), "ask_return_policy", text)

    turn = chat.run(ActionAnswerServiceQuestion(), "ask_return_policy", RETURNS)

    print(turn.shown)
    assert "No order number?" in turn.shown
