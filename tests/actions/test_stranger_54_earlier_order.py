"""Stranger test 54 (docs/nlu/stranger-test-54.md, persona Mei, worst problem 1): with the Marcella
Dress Shirt waiting for a size, "also last week i ordered shoes for my son, still not come" got "You
haven't placed an order yet, so there's nothing to track", and her email then got "I'll ask for
your name, email and address when you check out".

A message about an order placed before the chat gets the order lookup (its number or email asked
for), whatever purchase waits; the email typed next is the answer to that, not a checkout detail."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionOrderStatus
from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.order_details import ActionTakeOrderDetails
from tests.actions.conversation_driver import say_and_keep

SHIRT = "Marcella Dress Shirt"


def shirt_waiting_for_a_size(chat, extractor) -> None:
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "shirts for men")
    say_and_keep(
        chat, extractor, ActionSelectProduct(), "select_product", "the marcella dress shirt"
    )
    asked = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", "put in cart")
    assert "size" in asked.text.lower(), asked.text


@pytest.mark.parametrize(
    "text",
    [
        "also last week i ordered shoes for my son, still not come",
        "my order from monday still hasnt arrived",
        "i ordered sneakers 2 weeks ago, where are they",
        "i bought shoes for my kid last week and they never came",
        "oh and the order i placed on friday, where is it??",
    ],
)
def test_an_earlier_order_is_looked_up_while_a_purchase_waits(chat, extractor, text):
    shirt_waiting_for_a_size(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionOrderStatus(), "order_status", text)

    print(turn.shown)
    assert "haven't placed an order" not in turn.shown
    assert "order number" in turn.shown.lower() and "email" in turn.shown.lower(), turn.shown

    email = say_and_keep(
        chat, extractor, ActionTakeOrderDetails(), "inform",
        "dont have number. email mei.chen88@gmail.com",
    )  # fmt: skip
    print(email.shown)
    assert "when you check out" not in email.shown
    assert "still waiting for a size" not in email.shown
