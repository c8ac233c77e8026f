"""Stranger test 74 (docs/nlu/stranger-test-74.md, persona A, message A10, worst problem 4): right
after ordering the Sterling Slim Suit in 38R, "sry i choose wrong size, can change to 40R?" got
"I can't change the size of order HL-… once it's placed … cancel it and order again": honest, but
not whether 40R is there to order again.

The rule stays (a placed order's size is not changed: cancel it and order again), and the answer
says, computed from the stock, whether the size asked for is in stock in the colour ordered, so the
shopper knows a new order in it will work."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from actions.checkout import ActionPlaceOrder, ActionStartCheckout
from actions.order_changes import ActionExplainOrderChange
from actions.profile import ActionRememberSize
from commerce.db import get_engine, session_scope
from commerce.models import Product, Variant
from tests.actions.conftest import ANN
from tests.actions.conversation_driver import entity_list, say

CHANGES = [
    ("sry i choose wrong size, can change to 40R?", "change_order"),
    ("can i change the size to 40R", "change_order"),
    ("oops wrong size, i need 40R not 38R", "change_order"),
    ("sorry can i change the suit to 40R", "state_size"),
    ("i meant 40 regular for the suit, can u change it", "change_order"),
]
ACTIONS = {"change_order": ActionExplainOrderChange, "state_size": ActionRememberSize}


def _order_the_suit_in_38r(chat) -> str:
    chat.run(ActionStartCheckout(), "buy",
             entities=entity_list(product_handle="sterling-slim-suit", size="38R", colour="black"))  # fmt: skip
    chat.slots.update(ANN)
    placed = chat.run(ActionPlaceOrder(), "place_order")
    return re.search(r"Order (HL-\w{6})", placed.text).group(1)


@pytest.mark.parametrize(("text", "intent"), CHANGES)
def test_the_size_asked_for_is_said_in_stock(chat, extractor, text, intent):
    number = _order_the_suit_in_38r(chat)

    turn = say(chat, extractor, ACTIONS[intent](), intent, text)

    print(turn.shown)
    assert number in turn.shown and "cancel" in turn.shown.lower()  # the rule stays
    assert "Sterling Slim Suit is in stock in 40R (Black)" in turn.shown


def test_a_size_sold_out_is_said_so(chat, extractor, demo_store_url):
    _order_the_suit_in_38r(chat)
    with session_scope(get_engine(demo_store_url), writes=True) as session:
        for variant in session.scalars(
            select(Variant).join(Product).where(Product.handle == "sterling-slim-suit")
        ):
            if variant.size == "40R" and variant.colour == "Black":
                variant.stock = 0

    turn = say(chat, extractor, ActionExplainOrderChange(), "change_order",
               "sry i choose wrong size, can change to 40R?")  # fmt: skip

    print(turn.shown)
    assert "Sterling Slim Suit isn't in stock in 40R in Black" in turn.shown
    assert "Navy" in turn.shown  # the colours it is in stock in, in that size
