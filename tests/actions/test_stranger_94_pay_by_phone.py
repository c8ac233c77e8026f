"""docs/nlu/stranger-test-94.md, B6 (worst problem 5): "How can I pay? I don't like giving my card
details online. Can I pay by PayPal or bank transfer, or over the phone?" got "No, we don't accept
bank transfer, sorry. We do accept PayPal." and nothing about the phone. Right: paying over the
phone is answered like any other way of paying, from the shop's own list (content/faq.yml,
payment_methods; commerce/payment_methods.py): a plain no while the list doesn't name it, a yes
once it does. Paying "on my phone" (a phone's wallet) is not paying over the phone."""

from __future__ import annotations

import pytest

from actions.service import ActionAnswerServiceQuestion
from commerce.payment_methods import accepted_method
from tests.actions.conversation_driver import say

B6 = (
    "How can I pay? I don't like giving my card details online. Can I pay by PayPal or bank "
    "transfer, or over the phone?"
)
OVER_THE_PHONE = [
    B6,
    "can i pay over the phone?",
    "do u take payment by phone",
    "id rather phone u and pay, is that possible",
    "Can I call you and give my card number over the phone instead?",
    "is there a number i can ring to pay by card",
    "pay by telephone ok?",
]


@pytest.mark.parametrize("text", OVER_THE_PHONE)
def test_paying_over_the_phone_gets_a_plain_answer(chat, extractor, text):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_payment_methods", text)

    print(turn.shown)
    first = turn.shown.splitlines()[0]
    assert first.startswith("No, we don't accept"), turn.shown
    assert "over the phone" in first, turn.shown
    assert "Visa" in turn.shown  # what the shop takes instead


def test_b6_answers_all_three_ways_named(chat, extractor):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_payment_methods", B6)

    first = turn.shown.splitlines()[0]
    assert "bank transfer" in first and "over the phone" in first, first
    assert "We do accept PayPal" in first, first


@pytest.mark.parametrize(
    "text", ["can i pay on my phone?", "can i pay with my phone", "do you take apple pay on iphone"]
)
def test_a_phone_wallet_is_not_paying_over_the_phone(chat, extractor, text):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_payment_methods", text)

    print(turn.shown)
    assert "over the phone" not in turn.shown, turn.shown


def test_the_answer_follows_the_shops_list(tmp_path, monkeypatch):
    """A shop whose list says it takes card payments over the phone gets a yes."""
    faq = tmp_path / "faq.yml"
    faq.write_text(
        "payment_methods:\n  answer: >-\n    We accept Visa cards, and card payments over the "
        "phone. We don't offer PayPal.\n"
    )
    monkeypatch.setenv("SHOP_FAQ_PATH", str(faq))

    assert accepted_method("phone") is True
    assert accepted_method("paypal") is False
