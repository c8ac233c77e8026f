"""Stranger test 92 (docs/nlu/stranger-test-92.md, A8 and B9, problem 7).

A8: with the Falcon High-Top in the cart and no order placed in this chat, "also i orderd jeans
last wk n they r way 2 big, can i send back for refund" led with "You haven't placed an order in
this chat yet: nothing has been ordered and you haven't been charged", which belongs to this chat's
purchase. Jeans ordered last week are an earlier order: the return policy (the one rule: 30 days)
is answered, and the order number and email are asked for.

B9: "Can I change that on the order I just placed, or should I cancel it and order again? And
could I talk to a person if it's complicated?" got only the order-number request. The change or
cancel question gets the shop's rule, and the person question the person answer."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionReturnOrder
from actions.cart_adding import ActionAddToCart
from actions.order_changes import ActionExplainOrderChange
from tests.actions.conversation_driver import entity_list, keep_bot_messages, say

SENT_BACK = [
    "also i orderd jeans last wk n they r way 2 big, can i send back for refund",
    "i orderd jeans last week n theyre too big, can i return them for a refund",
    "ordered a coat 2 wks ago and its way too small, can i send it back for my money",
    "bought jeans from u last wk, way 2 big. refund?",
    "oh and the jeans i ordered last wk r too big can i return em",
    "I ordered some jeans last week and they're far too big - can I send them back for a refund?",
]


def _sneakers_in_the_cart(chat) -> None:
    added = chat.run(
        ActionAddToCart(), "add_to_cart", "add to cart",
        entity_list(product_handle="falcon-high-top", size="9.5", colour="white"),
    )  # fmt: skip
    keep_bot_messages(chat, added)
    assert "Falcon High-Top" in added.shown, added.shown


@pytest.mark.parametrize("text", SENT_BACK)
def test_an_earlier_order_sent_back_gets_the_return_policy(chat, extractor, text):
    """docs/nlu/stranger-test-92.md, A8."""
    _sneakers_in_the_cart(chat)

    turn = say(chat, extractor, ActionReturnOrder(), "return_order", text)

    print(turn.shown)
    assert "haven't placed an order" not in turn.shown, turn.shown
    assert "haven't been charged" not in turn.shown, turn.shown
    assert "30 days" in turn.shown, turn.shown
    assert "order number" in turn.shown.lower() and "email" in turn.shown.lower(), turn.shown


CHANGE_OR_CANCEL = [
    "Oh no, wait, I just realised I picked the wrong size... need an 8.5 in the sandals! Can I "
    "change that on the order I just placed, or should I cancel it and order again? And could I "
    "talk to a person if it's complicated?",
    "can i change the size on my order or do i have to cancel n reorder? can i talk to someone if "
    "its complicated",
    "wrong size on my order! can u change it or should i cancel it and order again? or talk to a "
    "human?",
    "Is it possible to change my order, or should I cancel and place it again? Could I speak to a "
    "person about it?",
    "need to change the sandals on the order i just placed to 8.5, or cancel and redo it? can i "
    "chat with a real person if its complicated",
]


@pytest.mark.parametrize("text", CHANGE_OR_CANCEL)
def test_change_or_cancel_and_a_person_are_answered(chat, extractor, text):
    """docs/nlu/stranger-test-92.md, B9."""
    turn = say(chat, extractor, ActionExplainOrderChange(), "change_order", text)

    print(turn.shown)
    shown = turn.shown.lower()
    assert "cancel" in shown, turn.shown
    assert "person" in shown or "team" in shown, turn.shown
    assert "phone" in shown or "email" in shown, turn.shown
