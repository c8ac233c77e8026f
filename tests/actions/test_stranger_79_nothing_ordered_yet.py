"""Stranger tests 79 (docs/nlu/stranger-test-79.md, problem 2: A8-A10, B7-B10) and 78
(docs/nlu/stranger-test-78.md, problem 8: A9, A10, B9): with things in the cart or a purchase
waiting for a choice and no order placed, "belt too short. wanna return it", "ok wheres my order",
"can you switch my order to express shipping? if not cancel the handbag" got "I don't see an order
from you in this chat. Tell me the order number and email": both shoppers left believing they had
bought something.

Before any order, an after-sales request says plainly that nothing has been ordered yet, names what
is in the cart, and offers the way on: a Check out button when nothing waits, the waiting question
again when a purchase waits; express can be chosen at checkout. No order number is asked unless
the shopper speaks of an earlier order."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionCancelOrder, ActionOrderStatus, ActionReturnOrder
from actions.cart_adding import ActionAddToCart
from actions.order_changes import ActionExplainOrderChange
from tests.actions.conversation_driver import entity_list, keep_bot_messages, say

DRESS, BLAZER = "Vivienne Velvet Dress", "Soho Velvet Blazer"
ACTIONS = {
    "order_status": ActionOrderStatus,
    "return_order": ActionReturnOrder,
    "cancel_order": ActionCancelOrder,
    "change_order": ActionExplainOrderChange,
}

# Each phrasing with the intent it may be heard as.
AFTER_SALES = [
    ("ok wheres my order", "order_status"),
    ("belt too short. wanna return it", "return_order"),
    ("i want to return it, its too short", "return_order"),
    ("Can you switch my order to express shipping? If you can't, then please just cancel it",
     "cancel_order"),
    ("can u switch my order to express shipping pls", "change_order"),
    ("cancel my order pls", "cancel_order"),
    ("wheres my stuff, has my order shipped yet??", "order_status"),
]  # fmt: skip


def _dress_in_the_cart(chat) -> None:
    added = chat.run(ActionAddToCart(), "add_to_cart", "pop it in my cart in medium",
                     entity_list(product_handle="vivienne-velvet-dress", size="M",
                                 colour="burgundy"))  # fmt: skip
    keep_bot_messages(chat, added)
    assert DRESS in added.shown, added.shown


def _blazer_waiting(chat) -> None:
    asked = chat.run(ActionAddToCart(), "add_to_cart", "the first one, add that in M please",
                     entity_list(product_handle="soho-velvet-blazer", size="M"))  # fmt: skip
    keep_bot_messages(chat, asked)
    assert f"Which size of the {BLAZER}?" in asked.shown, asked.shown


def _no_order_asked(shown: str) -> None:
    assert "order number" not in shown.lower() and "I don't see an order" not in shown


@pytest.mark.parametrize(("text", "intent"), AFTER_SALES)
def test_with_the_cart_only_nothing_ordered_and_check_out_offered(chat, extractor, text, intent):
    """docs/nlu/stranger-test-79.md, A10; docs/nlu/stranger-test-78.md, A10, B9."""
    _dress_in_the_cart(chat)

    turn = say(chat, extractor, ACTIONS[intent](), intent, text)

    print(turn.shown)
    assert "nothing has been ordered" in turn.shown.lower()
    assert DRESS in turn.shown  # what the cart holds
    assert any(b["payload"] == "/checkout" for b in turn.buttons), turn.buttons
    _no_order_asked(turn.shown)
    if "express" in text:
        assert "express" in turn.shown.lower() and "checkout" in turn.shown.lower()


@pytest.mark.parametrize(("text", "intent"), AFTER_SALES)
def test_with_a_pick_waiting_nothing_ordered_and_the_question_again(chat, extractor, text, intent):
    """docs/nlu/stranger-test-79.md, A8-A10; docs/nlu/stranger-test-78.md, A10."""
    _dress_in_the_cart(chat)
    _blazer_waiting(chat)

    turn = say(chat, extractor, ACTIONS[intent](), intent, text)

    print(turn.shown)
    assert "nothing has been ordered" in turn.shown.lower()
    assert BLAZER in turn.shown  # still waiting for its size (or dropped, for "cancel")
    _no_order_asked(turn.shown)


@pytest.mark.parametrize(("text", "intent"), AFTER_SALES[:2] + AFTER_SALES[5:6])
def test_a_fresh_chat_still_asks_the_order_number(chat, extractor, text, intent):
    """docs/nlu/stranger-test-79.md, A10: with nothing in this chat, an earlier order is meant."""
    turn = say(chat, extractor, ACTIONS[intent](), intent, text)

    print(turn.shown)
    assert "Nothing has been ordered" not in turn.shown
    assert "order number" in turn.shown.lower()


def test_an_earlier_order_named_still_asks_the_order_number(chat, extractor):
    """docs/nlu/stranger-test-79.md, A10: "the order from last week" is an order from before."""
    _dress_in_the_cart(chat)

    text = "i want to return the order i placed last week, too short"
    turn = say(chat, extractor, ActionReturnOrder(), "return_order", text)

    print(turn.shown)
    assert "Nothing has been ordered" not in turn.shown
    assert "order number" in turn.shown.lower()
