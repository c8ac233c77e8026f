"""Stranger test 58 (docs/nlu/stranger-test-58.md), persona Maureen, problem 8: she asked for a
person while "Cancel order HL-...?" was still open, and the reply gave the team's details without
saying that the order is still placed, so she might leave believing it cancelled."""

from __future__ import annotations

import re

import pytest

from actions.after_sales import ActionCancelOrder
from actions.checkout import ActionPlaceOrder, ActionStartCheckout
from actions.handoff import ActionHandOver
from tests.actions.conversation_driver import ActionConversation, entity_list

MAUREEN = {"customer_name": "Maureen Clarke", "customer_email": "maureen.clarke@example.com",
           "customer_address": "48 Elm Street, 44118 Cleveland"}  # fmt: skip


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(sender="maureen")


@pytest.fixture
def order_number(chat) -> str:
    chat.run(ActionStartCheckout(), "buy",
             entities=entity_list(product_handle="windsor-patent-oxford", size="10"))  # fmt: skip
    chat.slots.update(MAUREEN)
    placed = chat.run(ActionPlaceOrder(), "place_order")
    return re.search(r"Order (HL-\w{6})", placed.text).group(1)


@pytest.mark.parametrize(
    "text",
    [
        "Can I speak to an actual person please? This is getting a bit complicated for me.",
        "let me talk to a human",
    ],
)
def test_a_person_asked_for_with_a_cancel_open_says_the_order_stands(chat, order_number, text):
    asked = chat.run(ActionCancelOrder(), "cancel_order", "just cancel the whole thing for now")
    assert asked.text.startswith(f"Cancel order {order_number}")

    turn = chat.run(ActionHandOver(), "request_human", text)

    assert "can't bring a person into this chat" in turn.text
    assert f"Order {order_number} is still awaiting payment: I haven't cancelled it" in turn.text


def test_a_person_asked_for_with_nothing_open_says_nothing_of_orders(chat, order_number):
    turn = chat.run(ActionHandOver(), "request_human", "let me talk to a human")

    assert "haven't cancelled" not in turn.text
