"""Stranger test 40 (docs/nlu/stranger-test-40.md, persona 2, worst problem 3): "ok.. i buy it" got
"Which colour of the Delphine Platform Sandal? [Gold] [Silver]", then "where is my order" got "I
don't see an order from you in this chat. Tell me the order number ... and the email". With a
purchase waiting for a choice and no order placed, the reply says no order was placed yet and asks
the waiting question again, with its buttons."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionOrderStatus
from actions.checkout import ActionStartCheckout
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from tests.actions.conversation_driver import say_and_keep

WHERE_IS_IT = [
    "where is my order",
    "wheres my order??",
    "when will my order arrive",
    "order status pls",
    "Could you tell me where my order is and when it will be delivered?",
]


@pytest.mark.parametrize("text", WHERE_IS_IT)
def test_where_is_my_order_mid_purchase_says_none_was_placed(chat, extractor, text):
    say_and_keep(
        chat, extractor, ActionSearchProducts(), "search_products",
        "gold or silver high heels for women, size 38",
    )  # fmt: skip
    say_and_keep(
        chat, extractor, ActionSelectProduct(), "select_product", "the delphine platform sandal"
    )
    asked = say_and_keep(chat, extractor, ActionStartCheckout(), "buy", "ok.. i buy it")
    assert "Which colour" in asked.text, asked.text

    turn = say_and_keep(chat, extractor, ActionOrderStatus(), "order_status", text)

    lowered = turn.text.lower()
    assert "haven't placed an order" in lowered, turn.text
    assert "delphine platform sandal" in lowered and "colour" in lowered
    assert {button["title"] for button in turn.buttons} >= {"Gold", "Silver"}
