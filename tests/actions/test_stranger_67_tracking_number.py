"""Stranger test 67 (docs/nlu/stranger-test-67.md, Tomás A9, worst problem 5): "when it come? need
tracking numbr" about his unpaid order got the status reply again, word for word: the tracking
number asked for was not mentioned. It says why there is none yet, from the order's state (it
ships once paid, and gets one when it ships), or gives it once shipped."""

from __future__ import annotations

import re

import pytest

from actions.after_sales import ActionOrderStatus
from actions.checkout import ActionPlaceOrder, ActionStartCheckout
from commerce.db import get_engine, session_scope
from commerce.orders_after_sale import move_order
from tests.actions.conversation_driver import entity_list

TOMAS = {"customer_name": "Tomas Ferreira", "customer_email": "tferreira88@gmail.com",
         "customer_address": "221 ferry st, 07105 newark nj"}  # fmt: skip
ASKED = [
    "when it come? need tracking numbr",  # the stranger's words
    "tracking number?",
    "can i get the tracking no",
    "whats the tracking",
    "need tracking numbr pls",
]


def _ordered(chat) -> str:
    chat.run(ActionStartCheckout(), "buy",
             entities=entity_list(product_handle="windsor-patent-oxford", size="10"))  # fmt: skip
    chat.slots.update(TOMAS)
    placed = chat.run(ActionPlaceOrder(), "place_order")
    return re.search(r"Order (HL-\w{6})", placed.text).group(1)


def _moved(url: str, number: str, *steps: str) -> None:
    with session_scope(get_engine(url), writes=True) as session:
        for step in steps:
            move_order(session, number, step, tracking_number="1Z999AA1")


@pytest.mark.parametrize("text", ASKED)
def test_unpaid_it_ships_once_paid(chat, text):
    number = _ordered(chat)

    turn = chat.run(ActionOrderStatus(), "order_status", text)

    assert f"Order {number}" in turn.text and "awaiting payment" in turn.text
    assert "There's no tracking number yet" in turn.text
    assert "it ships once it's paid" in turn.text


@pytest.mark.parametrize("text", ASKED[:3])
def test_paid_it_gets_one_when_it_ships(chat, demo_store_url, text):
    number = _ordered(chat)
    _moved(demo_store_url, number, "paid")

    turn = chat.run(ActionOrderStatus(), "order_status", text)

    assert "There's no tracking number yet: it gets one when it ships" in turn.text


@pytest.mark.parametrize("text", ASKED[:3])
def test_shipped_it_is_given(chat, demo_store_url, text):
    number = _ordered(chat)
    _moved(demo_store_url, number, "paid", "shipped")

    turn = chat.run(ActionOrderStatus(), "order_status", text)

    assert "Tracking number: 1Z999AA1" in turn.text
    assert "no tracking number" not in turn.text


def test_where_is_my_order_says_nothing_of_tracking(chat):
    _ordered(chat)

    turn = chat.run(ActionOrderStatus(), "order_status", "where is my order")

    assert "tracking" not in turn.text
