"""Stranger test 18, persona c (docs/nlu/stranger-test-18.md): the wrong size delivered, and an
exchange wanted rather than the money back. "I ordered M and come L" gets the apology and the
way to exchange or return it, even when the classifier is unsure what the message is (c1); "change
it to M, not money back" gets the exchange answer, not "to return it" (c3); and "how long does an
exchange take" is answered from the shop's shipping times, never a made-up number (c4). The
actions run on rasa-sdk's real Tracker against the demo store."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone

import pytest

from actions.after_sales import ActionReturnOrder
from actions.delivery_replies import day
from actions.handoff import ActionHandOver
from actions.service import ActionAnswerServiceQuestion
from actions.understanding import ActionClarify
from commerce.faq import faq_answer
from commerce.shipping import SHIPPING_METHODS, add_business_days
from tests.actions.conversation_driver import ActionConversation, say

EMAIL = "team@shop.test"
# The classifier's ranking for c1 and c4 in the stranger's build: unsure, so action_clarify ran.
UNSURE_ABOUT_A_COMPLAINT = [
    {"name": "nlu_fallback", "confidence": 0.4},
    {"name": "complaint", "confidence": 0.35},
    {"name": "order_status", "confidence": 0.35},
]
UNSURE_ABOUT_AN_EXCHANGE = [
    {"name": "nlu_fallback", "confidence": 0.4},
    {"name": "ask_return_policy", "confidence": 0.42},
    {"name": "ask_delivery_time", "confidence": 0.39},
]


@pytest.fixture
def chat(demo_store_url, monkeypatch) -> ActionConversation:
    monkeypatch.setenv("SHOP_CONTACT_EMAIL", EMAIL)
    for name in ("SHOP_AGENT_SLACK_CHANNEL", "SHOP_AGENT_SLACK_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    return ActionConversation(sender="kowalska", keep_messages=True)


def _today():
    return datetime.now(timezone.utc).date()


# --- c1: the wrong size delivered ----------------------------------------------------------------

WRONG_SIZE_DELIVERED = [
    "hello, i receive my order yesterday but the size is wrong, i ordered M and come L",
    "they send me wrong size",
    "the size come wrong",
    "i ordered M but i get L",
    "my order arrive today, it is L but i order M",
    "the size is not correct, i choose medium and come large",
    "got my parcel and the size is wrong",
    "i get L not M",
    "i ordered a medium and it come large",
    "they send me the L, not the M",
]


def _says_sorry_and_how_to_exchange_or_return(text: str) -> None:
    assert "sorry" in text.lower(), text
    assert "replacement" in text or "exchange" in text, text
    assert "return" in text and EMAIL in text, text


@pytest.mark.parametrize("text", WRONG_SIZE_DELIVERED)
def test_the_wrong_size_delivered_gets_an_apology_and_the_way_to_exchange_it(chat, extractor, text):
    turn = say(chat, extractor, ActionHandOver(), "complaint", text)

    _says_sorry_and_how_to_exchange_or_return(turn.text)
    assert {"title": "Start a return", "payload": "/return_order"} in turn.buttons


@pytest.mark.parametrize("text", WRONG_SIZE_DELIVERED)
def test_the_wrong_size_delivered_is_answered_when_the_classifier_is_unsure(chat, text):
    turn = chat.run(ActionClarify(), "nlu_fallback", text, ranking=UNSURE_ABOUT_A_COMPLAINT)

    _says_sorry_and_how_to_exchange_or_return(turn.text)
    assert "not sure I understood" not in turn.text


# --- c3: an exchange, not the money back ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "i want change it to M please, not money back, just change",
        "exchange it for an M, not a refund",
        "can you change them to a medium, i dont want refund",
        "not refund, i want change to S",
        "just change it for the right size please",
        "change it into M please, no money back",
    ],
)
def test_an_exchange_with_the_money_back_ruled_out_gets_the_exchange_answer(chat, extractor, text):
    turn = say(chat, extractor, ActionReturnOrder(), "return_order", text)

    assert turn.text == faq_answer("exchanges"), turn.text
    assert "To return it" not in turn.text


@pytest.mark.parametrize(
    "text",
    [
        "i want to return it and get my money back",
        "i want a refund, not an exchange",
        "return it please",
    ],
)
def test_a_return_for_the_money_back_is_still_a_return(chat, extractor, text):
    turn = say(chat, extractor, ActionReturnOrder(), "return_order", text)

    assert turn.text != faq_answer("exchanges")


# --- c4: how long an exchange takes --------------------------------------------------------------

HOW_LONG_IS_AN_EXCHANGE = [
    "how long it take for exchange? i need it for next week",
    "how long does an exchange take",
    "how many days for an exchange",
    "if i swap it for another size how long until i get it",
    "how long until i get the replacement",
    "how quick are exchanges",
]


def _tells_how_long_from_the_shipping_times(text: str) -> None:
    standard = SHIPPING_METHODS["standard"]
    first, last = standard.arrival(_today())
    assert f"{standard.min_business_days}–{standard.max_business_days} business days" in text, text
    assert day(first) in text and day(last) in text, text
    assert "as soon as your return is on its way" in text, text


@pytest.mark.parametrize("intent", ["ask_return_policy", "ask_delivery_time"])
@pytest.mark.parametrize("text", HOW_LONG_IS_AN_EXCHANGE)
def test_how_long_an_exchange_takes_is_computed_from_the_shipping_times(chat, intent, text):
    turn = chat.run(ActionAnswerServiceQuestion(), intent, text)

    _tells_how_long_from_the_shipping_times(turn.text)


@pytest.mark.parametrize("text", HOW_LONG_IS_AN_EXCHANGE)
def test_how_long_an_exchange_takes_is_answered_when_the_classifier_is_unsure(chat, text):
    turn = chat.run(ActionClarify(), "nlu_fallback", text, ranking=UNSURE_ABOUT_AN_EXCHANGE)

    _tells_how_long_from_the_shipping_times(turn.text)


def test_the_exchange_time_follows_the_shipping_settings(chat, monkeypatch):
    slower = dataclasses.replace(
        SHIPPING_METHODS["standard"], min_business_days=4, max_business_days=7
    )
    monkeypatch.setitem(SHIPPING_METHODS, "standard", slower)

    turn = chat.run(
        ActionAnswerServiceQuestion(), "ask_return_policy", "how long does an exchange take"
    )

    assert "4–7 business days" in turn.text
    assert day(add_business_days(_today(), 7)) in turn.text


def test_the_exchange_policy_question_still_gets_the_policy(chat):
    turn = chat.run(ActionAnswerServiceQuestion(), "ask_return_policy", "can i exchange it?")

    assert turn.text == faq_answer("exchanges")
