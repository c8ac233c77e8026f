"""Stranger test 21 (docs/nlu/stranger-test-21.md, persona B #5): a hurried, non-native shopper asked
"what if is not fit me, how i return it" and got a five-paragraph answer (exchanges, gifts, refunds
to Apple Pay...). A short returns question gets the short answer: how long, in what state, how to
start, that the label is free; with a "More about returns" tap for the rest. The policy asked for
("what's your return policy?") is still given in full. The return window comes from the shop's
settings, not from the wording."""

from __future__ import annotations

import pytest

from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import ActionConversation

SHORT_RETURNS_QUESTIONS = [
    "what if is not fit me, how i return it",
    "how do i return something",
    "can i send it back if it doesnt fit",
    "how return??",
    "and if i dont like it?",
    "is it easy to return stuff",
]
MORE = {"title": "More about returns", "payload": "/ask_return_policy"}


@pytest.fixture
def chat(demo_store_url, monkeypatch) -> ActionConversation:
    monkeypatch.setenv("SHOP_RETURN_WINDOW_DAYS", "45")
    return ActionConversation(keep_messages=True)


@pytest.mark.parametrize("text", SHORT_RETURNS_QUESTIONS)
def test_a_short_returns_question_gets_a_short_answer_and_a_way_to_more(chat, text):
    turn = chat.run(ActionAnswerServiceQuestion(), "ask_return_policy", text)

    print(turn.shown)
    assert "within 45 days" in turn.shown  # the window, from the shop's settings
    assert "unworn" in turn.shown  # the state it must be in
    assert "return my order" in turn.shown  # how to start
    assert "prepaid return label" in turn.shown  # free
    assert "Apple Pay" not in turn.shown and "Was it a gift?" not in turn.shown
    assert len(turn.shown.splitlines()) <= 4
    assert turn.buttons == [MORE]


def test_more_about_returns_gives_the_rest(chat):
    short = chat.run(ActionAnswerServiceQuestion(), "ask_return_policy", SHORT_RETURNS_QUESTIONS[0])

    turn = chat.run(ActionAnswerServiceQuestion(), "ask_return_policy", MORE["payload"],
                    events=[{"event": "bot", "text": short.text}])  # fmt: skip

    print(turn.shown)
    assert "5 business days" in turn.shown  # refunds
    assert "another size or colour" in turn.shown  # exchanges
    assert "Was it a gift?" in turn.shown
    assert "prepaid return label" not in turn.shown  # not said twice
    assert MORE not in turn.buttons


def test_the_returns_intent_tapped_elsewhere_gives_the_whole_policy(chat):
    # ("Return policy" among the buttons of "I'm not sure what you mean")
    turn = chat.run(ActionAnswerServiceQuestion(), "ask_return_policy", "/ask_return_policy")

    assert "within 45 days" in turn.shown and "prepaid return label" in turn.shown
    assert "5 business days" in turn.shown and "another size or colour" in turn.shown


@pytest.mark.parametrize(
    "text", ["what's your return policy?", "tell me all the details about returns"]
)
def test_the_policy_asked_for_is_given_in_full(chat, text):
    turn = chat.run(ActionAnswerServiceQuestion(), "ask_return_policy", text)

    assert "within 45 days" in turn.shown and "prepaid return label" in turn.shown
    assert "5 business days" in turn.shown and "another size or colour" in turn.shown
