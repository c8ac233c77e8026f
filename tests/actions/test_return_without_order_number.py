"""Stranger test 7, conversation B: asked for the order number mid-return, the shopper hasn't got
it. The bot says where to find it and how to return without it; it starts no search and says
nothing about which orders exist."""

from __future__ import annotations

import re

import pytest

from actions.after_sales import ActionReturnOrder
from actions.checkout import ActionPlaceOrder, ActionStartCheckout
from actions.order_details import ActionNoOrderNumber
from tests.actions.conversation_driver import ActionConversation, entity_list


@pytest.fixture
def chat(demo_store_url, monkeypatch) -> ActionConversation:
    monkeypatch.setenv("SHOP_CONTACT_EMAIL", "returns@shop.test")
    return ActionConversation(sender="bea")


def test_no_order_number_mid_return_says_where_to_find_it_and_how_to_return_without(chat):
    asked = chat.run(ActionReturnOrder(), "return_order",
                     "I bought a dress from you last week and it's way too small, how do I return it?")  # fmt: skip
    assert "order number" in asked.shown and chat.slots["order_asked_by"] == "action_return_order"

    turn = chat.run(ActionNoOrderNumber(), "no_order_number",
                    "I don't have the order number on me, it was the green wrap dress")  # fmt: skip

    assert "the chat message that confirmed your order" in turn.shown  # where the number is
    assert "returns@shop.test" in turn.shown and "return" in turn.shown  # the way without it
    assert "Mirabel" not in turn.shown and "I found" not in turn.shown  # no search
    assert chat.slots["order_asked_by"] == "action_return_order"  # a number typed later goes on


def test_it_never_names_an_order_even_to_a_shopper_who_has_one(chat):
    chat.run(ActionStartCheckout(), "buy",
             entities=entity_list(product_handle="windsor-patent-oxford", size="10"))  # fmt: skip
    chat.slots.update(customer_name="Bea Cole", customer_email="bea@example.com",
                      customer_address="1 Quay Street, 02111 Boston")  # fmt: skip
    placed = chat.run(ActionPlaceOrder(), "place_order")
    number = re.search(r"Order (HL-\w{6})", placed.text).group(1)

    turn = chat.run(ActionNoOrderNumber(), "no_order_number", "i lost my order number")

    assert "confirmed your order" in turn.shown and "returns@shop.test" in turn.shown
    assert number not in turn.shown and "Windsor" not in turn.shown
    assert re.findall(r"HL-\w{6}", turn.shown) == ["HL-7KQ2XM"]  # only what one looks like
