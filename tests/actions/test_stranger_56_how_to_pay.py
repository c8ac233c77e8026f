"""Stranger test 56 (docs/nlu/stranger-test-56.md, persona Priya #6; worst problem 4): "What's the
total now? And how do I pay — can I use PayPal or do I need a credit card? I'm a bit nervous about
typing card details into a chat." got the cart and its total only: the payment question was
dropped.

Asked with the total, how to pay is answered too, in the shop's own words (content/faq.yml), and a
shopper worried about card details in a chat hears that the chat takes none: payment is at the
order's secure payment page."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts
from actions.service import ActionAnswerServiceQuestion
from commerce.faq import faq_answer
from tests.actions.conversation_driver import say

CARD_SAFE = "I never see or keep card details"


def a_blazer_in_the_cart(chat, extractor) -> None:
    say(chat, extractor, ActionSearchProducts(), "search_products", "blazers for men")
    added = say(chat, extractor, ActionAddToCart(), "add_to_cart",
                "add the first one in 42R in navy")  # fmt: skip
    assert "Added" in added.text, added.text


@pytest.mark.parametrize(
    ("text", "worried"),
    [
        ("What's the total now? And how do I pay — can I use PayPal or do I need a credit card? "
         "I'm a bit nervous about typing card details into a chat.", True),
        ("whats the total? can i pay with paypal", False),
        ("total now? and do you take apple pay", False),
        ("how much is my total, and how do I pay?", False),
        ("what's the total and what payment methods do you accept", False),
        ("total pls. is it safe to put my card number in here?", True),
    ],
)  # fmt: skip
def test_the_total_and_how_to_pay(chat, extractor, text, worried):
    a_blazer_in_the_cart(chat, extractor)

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_payment_methods", text)

    print(turn.shown)
    assert "your total would be" in turn.shown
    assert faq_answer("payment_methods") in turn.shown
    assert (CARD_SAFE in turn.shown) == worried


@pytest.mark.parametrize(
    "text",
    [
        "can I use PayPal? I'm nervous about typing card details into a chat",
        "do i have to type my credit card in this chat?",
        "is it safe to give my card details here",
    ],
)
def test_card_details_in_the_chat(chat, extractor, text):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_payment_methods", text)

    print(turn.shown)
    assert faq_answer("payment_methods") in turn.shown
    assert CARD_SAFE in turn.shown
