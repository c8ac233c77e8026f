"""Stranger test 57 (docs/nlu/stranger-test-57.md, persona Kayla #9, worst problem 3): buying the
Vivienne Velvet Dress, asked for the name for the parcel, "its my moms card is that ok" got the
gift-wrap answer ("card" heard as a gift card).

Paying with someone else's card is a payment question: payment is on the order's payment page,
not in this chat, the ways to pay are the shop's own words, and what the shop does not say (a
parent's card) is said plainly not to be known, with who can tell; never the gift-wrap answer."""

from __future__ import annotations

import pytest

from actions.checkout import ActionStartCheckout
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.service import ActionAnswerServiceQuestion
from commerce.faq import faq_answer
from tests.actions.conversation_driver import say_and_keep

GIFT_WRAP = "gift-wrap"


@pytest.mark.parametrize(
    "text",
    [
        "its my moms card is that ok",
        "can i use my dad's card?",
        "is it ok if i pay with my mom's credit card",
        "my mum is paying with her card, fine?",
        "the card is in my mothers name is that a problem",
    ],
)
@pytest.mark.parametrize("intent", ["ask_gift_options", "ask_payment_methods"])
def test_paying_with_a_parents_card(chat, extractor, text, intent):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "velvet dress")
    say_and_keep(
        chat, extractor, ActionSelectProduct(), "select_product", "the vivienne velvet dress"
    )
    say_and_keep(chat, extractor, ActionStartCheckout(), "buy", "ok ill take it in green s")

    turn = say_and_keep(chat, extractor, ActionAnswerServiceQuestion(), intent, text)

    assert GIFT_WRAP not in turn.shown
    assert "payment page" in turn.shown
    assert faq_answer("payment_methods") in turn.shown
    assert "I don't know" in turn.shown
