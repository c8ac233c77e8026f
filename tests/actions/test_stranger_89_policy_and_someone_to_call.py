"""Stranger test 89 (docs/nlu/stranger-test-89.md, B8 and its "Fixed since"): a service question
with a person asked for besides, heard as the service question.

"And if the suit doesn't fit him, can he return it after the prom, or does it have to be unworn
with the tags on? Is there someone I can call?" is heard as ask_return_policy (0.90): the return
policy was given and "someone I can call" dropped. Right: the policy, then the honest way to a
person (no one joins this chat without the agents' desk: the team's contact details). The same
for shipping and payment questions with "can I call someone" or "is there a number I can ring".
"""

from __future__ import annotations

import pytest

from actions.handoff import ActionHandOver
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say

PHONE = "+1 (555) 010-2040"
NO_PERSON_HERE = "can't bring a person into this chat"
RETURN_WINDOW = "within 30 days of delivery"

RETURN_WITH_SOMEONE_TO_CALL = [
    "And if the suit doesn't fit him, can he return it after the prom, or does it have to be "
    "unworn with the tags on? Is there someone I can call?",
    "can he return it after the prom or does it need the tags on? is there someone i can call",
    "whats ur return policy? can I call someone about it",
    "Can I return it if it doesn't fit? Is there a number I can ring?",
    "return policy pls, is there anyone i could phone",
    "Do returns need tags on? whats your phone number",
]


@pytest.fixture(autouse=True)
def _phone(monkeypatch):
    monkeypatch.setenv("SHOP_CONTACT_PHONE", PHONE)


@pytest.mark.parametrize("text", RETURN_WITH_SOMEONE_TO_CALL)
def test_the_return_policy_then_the_way_to_a_person(chat, extractor, no_desk, text):
    """docs/nlu/stranger-test-89.md, B8 heard as ask_return_policy."""
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_return_policy", text)

    print(turn.shown)
    assert RETURN_WINDOW in turn.shown  # the policy
    assert NO_PERSON_HERE in turn.shown and PHONE in turn.shown  # then someone to call
    assert turn.shown.index(RETURN_WINDOW) < turn.shown.index(NO_PERSON_HERE)
    assert turn.shown.count(PHONE) == 1


@pytest.mark.parametrize(
    "intent, text, topic_words",
    [
        ("ask_shipping", "how much is shipping? can I call someone", "Standard shipping"),
        ("ask_shipping", "Do you ship express? Is there a number I can ring?", "Express"),
        ("ask_payment_methods", "do u take paypal? is there someone i can call", "PayPal"),
        ("ask_payment_methods", "What payment methods do you accept? Can I phone someone?",
         "PayPal"),
    ],
)  # fmt: skip
def test_shipping_and_payment_questions_with_someone_to_call(
    chat, extractor, no_desk, intent, text, topic_words
):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), intent, text)

    print(turn.shown)
    assert topic_words in turn.shown
    assert NO_PERSON_HERE in turn.shown and PHONE in turn.shown
    assert turn.shown.index(topic_words) < turn.shown.index(NO_PERSON_HERE)


@pytest.mark.parametrize(
    "intent, text",
    [
        ("ask_return_policy", "what's your return policy?"),
        ("ask_return_policy", "can I return it if someone gave it to me as a gift"),
        ("ask_shipping", "how long does shipping take"),
        ("ask_payment_methods", "can I pay with my phone?"),
    ],
)
def test_no_person_offered_when_none_was_asked_for(chat, extractor, no_desk, intent, text):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), intent, text)

    assert NO_PERSON_HERE not in turn.shown


@pytest.mark.parametrize(
    "text, topic_words",
    [
        ("how much is shipping? can i talk to a human about it", "Standard shipping is"),
        ("What does express delivery cost? I'd like to speak to a real person", "Express shipping"),
        ("how long does delivery take, can i speak to someone about it", "business days"),
        ("do u take paypal? can i talk to a human about it", "We accept Visa"),
        ("What payment methods do you accept? Put me through to a person pls", "We accept Visa"),
    ],
)
def test_a_person_asked_for_with_a_shipping_or_payment_question(
    chat, extractor, no_desk, text, topic_words
):
    """Heard as a request for a person: the shipping or payment question answered first."""
    turn = say(chat, extractor, ActionHandOver(), "request_human", text)

    print(turn.shown)
    assert topic_words in turn.shown
    assert NO_PERSON_HERE in turn.shown
    assert turn.shown.index(topic_words) < turn.shown.index(NO_PERSON_HERE)


def test_a_plain_request_for_a_person_gets_no_policy(chat, extractor, no_desk):
    turn = say(chat, extractor, ActionHandOver(), "request_human", "can i talk to a human please")

    assert "Standard shipping" not in turn.shown and "We accept" not in turn.shown


def test_a_charge_gone_wrong_gets_no_list_of_ways_to_pay(chat, extractor, no_desk):
    text = "I was charged twice on my credit card, I want to speak to a real person"
    turn = say(chat, extractor, ActionHandOver(), "request_human", text)

    assert "We accept" not in turn.shown and "Standard shipping" not in turn.shown


def test_with_the_agents_desk_a_person_is_offered_after_the_policy(
    chat, extractor, demo_store_url, monkeypatch
):
    monkeypatch.setenv("SHOP_AGENT_SLACK_CHANNEL", "C0AGENTS")
    monkeypatch.setenv("SHOP_AGENT_SLACK_BOT_TOKEN", "xoxb-test")
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_return_policy",
               RETURN_WITH_SOMEONE_TO_CALL[0])  # fmt: skip

    print(turn.shown)
    assert RETURN_WINDOW in turn.shown and PHONE in turn.shown
    assert NO_PERSON_HERE not in turn.shown
    assert any(b["title"] == "Talk to a person" for m in turn.messages for b in m["buttons"])
