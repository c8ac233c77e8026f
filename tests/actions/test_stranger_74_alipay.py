"""Stranger test 74 (docs/nlu/stranger-test-74.md, persona A, message A4, worst problem 3): "can pay
with alipay?" got the list of ways to pay and "you pay when you place your order", never a plain
no, and the order placed next said "It's awaiting payment: <link>".

A way of paying named is answered yes or no from the shop's own list (content/faq.yml,
payment_methods), never a "no" to every word it doesn't know; and the FAQ says what the shop does:
the order is placed first, then paid by its secure link."""

from __future__ import annotations

import pytest

from actions.service import ActionAnswerServiceQuestion
from commerce.faq import faq_answer
from commerce.payment_methods import accepted_method
from tests.actions.conversation_driver import say

NOT_ACCEPTED = [
    ("can pay with alipay?", "Alipay"),
    ("do u take alipay", "Alipay"),
    ("alipay ok?", "Alipay"),
    ("can i use wechat pay", "WeChat Pay"),
    ("Is Alipay accepted? I don't have a credit card", "Alipay"),
    ("can i pay cash on delivery?", "cash on delivery"),
    ("do you take venmo", "Venmo"),
]


@pytest.mark.parametrize(("text", "method"), NOT_ACCEPTED)
def test_a_way_of_paying_not_on_the_list_is_a_plain_no(chat, extractor, text, method):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_payment_methods", text)

    print(turn.shown)
    assert turn.shown.startswith(f"No, we don't accept {method}"), turn.shown
    assert "Visa" in turn.shown  # what the shop takes instead


ACCEPTED = [
    ("can pay with paypal?", "PayPal"),
    ("do u take apple pay", "Apple Pay"),
    ("amex ok?", "American Express"),
    ("can i use google pay", "Google Pay"),
    ("do you accept mastercard", "Mastercard"),
]


@pytest.mark.parametrize(("text", "method"), ACCEPTED)
def test_a_way_of_paying_on_the_list_is_a_yes(chat, extractor, text, method):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_payment_methods", text)

    print(turn.shown)
    assert turn.shown.startswith(f"Yes, we accept {method}"), turn.shown


def test_the_answer_follows_the_shops_list(tmp_path, monkeypatch):
    """A method the owner adds to the list is then a yes: computed, not written in."""
    faq = tmp_path / "faq.yml"
    faq.write_text(
        "payment_methods:\n  answer: >-\n    We accept Visa cards and Alipay. We don't offer PayPal.\n"
    )
    monkeypatch.setenv("SHOP_FAQ_PATH", str(faq))

    assert accepted_method("alipay") is True
    assert accepted_method("paypal") is False
    assert accepted_method("venmo") is False


def test_no_way_of_paying_named_is_the_list_alone(chat, extractor):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_payment_methods",
               "what payment methods do you have")  # fmt: skip

    print(turn.shown)
    assert turn.shown.strip() == faq_answer("payment_methods")
    assert not turn.shown.startswith(("Yes", "No"))


def test_the_faq_says_payment_follows_by_the_link():
    """The order confirmation says "It's awaiting payment: <link>": so must the FAQ."""
    answer = faq_answer("payment_methods")

    assert "you pay when you place your order" not in answer
    assert "link" in answer.lower()
