"""docs/nlu/stranger-test-96.md, B9 (worst problem 4): with the Harwood Dress Chukka ordered in this
chat in US 10, Black (not shipped yet), "I think I need a half size up. Can I swap the boots in
that order for a 10.5, or do I have to send them back once they arrive?" got only the general
exchanges policy ("within 30 days of delivery ..."), and nothing on US 10.5, which is sold out in
Black.

Right: that order's answer: it hasn't shipped, so cancel it and order again (the button to cancel),
and the size wanted computed from stock: US 10.5 isn't in stock in Black (it is in Burgundy). "A
half size up" is the next size up of the size ordered. With no order in this chat, the order is
asked for (its number and email), never the policy alone."""

from __future__ import annotations

import re

import pytest

from actions.after_sales import ActionReturnOrder
from actions.checkout import ActionPlaceOrder, ActionStartCheckout
from tests.actions.conversation_driver import entity_list, keep_bot_messages, say_and_keep

SAM = {"customer_name": "Sam Okafor", "customer_email": "sam.okafor@example.com",
       "customer_address": "88 Mercer Street, 10012 New York"}  # fmt: skip
HALF_UP = [
    "Actually, wait, I've just tried on my old boots with thick socks and I think I need a half "
    "size up. Can I swap the boots in that order for a 10.5, or do I have to send them back once "
    "they arrive?",  # the doc's
    "can i swap the boots for a half size up",
    "hmm actually can i exchange the boots in my order for a 10.5?",
    "wait can i swap those boots to a 10.5 instead, or do i send them back",
    "can I swap my order for half a size up?? they pinch a bit lol",
    "could i exchange the boots for a 10.5 before they ship",
]
POLICY_ONLY = "exchange within 30 days of delivery"


def _boots_ordered(chat) -> str:
    """B4-B8: the Harwood Dress Chukka bought in US 10, Black, and ordered; its number."""
    keep_bot_messages(
        chat,
        chat.run(ActionStartCheckout(), "buy", "Sold, I'll take them in a 10!",
                 entities=entity_list(product_handle="harwood-dress-chukka", size="10",
                                      colour="black")),
    )  # fmt: skip
    chat.slots.update(SAM)
    placed = keep_bot_messages(chat, chat.run(ActionPlaceOrder(), "place_order", "place order"))
    return re.search(r"Order (HL-\w{6})", placed.shown).group(1)


@pytest.mark.parametrize("text", HALF_UP)
def test_the_order_placed_here_is_answered_with_the_size_in_stock(chat, extractor, text):
    number = _boots_ordered(chat)

    turn = say_and_keep(chat, extractor, ActionReturnOrder(), "return_order", text)

    shown = turn.shown
    assert POLICY_ONLY not in shown, shown
    assert number in shown and "cancel" in shown.lower(), shown
    assert "Cancel the order" in [b["title"] for b in turn.buttons], turn.buttons
    assert "isn't in stock in US 10.5" in shown and "Black" in shown, shown
    assert "Burgundy" in shown, shown  # where 10.5 is in stock


@pytest.mark.parametrize("text", HALF_UP)
def test_with_no_order_here_the_order_is_asked_for(chat, extractor, text):
    turn = say_and_keep(chat, extractor, ActionReturnOrder(), "return_order", text)

    shown = turn.shown
    assert "I need to find your order first" in shown, shown
    assert "order number" in shown.lower() or "its number" in shown, shown
    assert "order number" in shown.lower() or "order's number" in shown.lower(), shown
