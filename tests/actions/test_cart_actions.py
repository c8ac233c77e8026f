"""The cart through rasa-sdk's real objects: add, look, change, remove, check out everything."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from actions.cart import (
    ActionChangeQuantity,
    ActionCheckoutCart,
    ActionRemoveFromCart,
    ActionShowCart,
)
from actions.cart_adding import ActionAddToCart
from actions.checkout import ActionPlaceOrder, ActionReviewOrder
from commerce.db import get_engine, session_scope
from commerce.models import CartItem, Order
from tests.actions.conversation_driver import ActionConversation, entity_list

ANN = {"customer_name": "Ann Lee", "customer_email": "ann@example.com",
       "customer_address": "12 Harbour Lane, 02110 Boston"}  # fmt: skip


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(sender="ann")


def add(chat, handle: str, text: str = "add it to my cart", **entities):
    return chat.run(ActionAddToCart(), "add_to_cart", text,
                    entities=entity_list(product_handle=handle, **entities))  # fmt: skip


def cart_rows(url: str) -> list[tuple[str, int]]:
    with session_scope(get_engine(url)) as session:
        return [(item.owner, item.quantity) for item in session.scalars(select(CartItem))]


def test_two_products_in_the_cart_with_quantities_and_a_subtotal(chat):
    add(chat, "windsor-patent-oxford", "2 pairs in size 10 please", size="10", quantity="2")
    added = add(chat, "grosgrain-self-tie-bow-tie")

    assert "Added Grosgrain Self-Tie Bow Tie" in added.text
    assert "It has 3 items now." in added.text
    assert [b["payload"] for b in added.buttons] == ["/checkout", "/view_cart"]

    shown = chat.run(ActionShowCart(), "view_cart")

    assert "1. 2 × Windsor Patent Oxford (US 10 / EU 43, Black): $278.00" in shown.text
    assert "2. Grosgrain Self-Tie Bow Tie" in shown.text
    assert "Subtotal $337.00 before shipping and tax." in shown.text


def test_a_product_with_several_sizes_asks_which_and_the_buttons_add_to_the_cart(chat):
    turn = add(chat, "windsor-patent-oxford")

    assert turn.text == "Which size of the Windsor Patent Oxford?"
    assert all(b["payload"].startswith('/add_to_cart{"product_handle": "windsor-patent-oxford"')
               for b in turn.buttons)  # fmt: skip


def test_more_than_in_stock_is_refused_and_nothing_is_added(chat, demo_store_url):
    turn = add(chat, "windsor-patent-oxford", size="10", quantity="5")  # 4 left

    assert turn.text == "Sorry, only 4 left in that size and colour."
    assert cart_rows(demo_store_url) == []


def test_change_quantity_and_remove_by_number(chat, demo_store_url):
    add(chat, "windsor-patent-oxford", size="10")
    add(chat, "grosgrain-self-tie-bow-tie")

    changed = chat.run(ActionChangeQuantity(), "change_quantity", "make the first one 3",
                       entities=entity_list(ordinal="1", quantity="3"))  # fmt: skip
    assert "1. 3 × Windsor Patent Oxford" in changed.text

    removed = chat.run(ActionRemoveFromCart(), "remove_from_cart", "remove the second one",
                       entities=entity_list(ordinal="2"))  # fmt: skip
    assert removed.text.startswith("Removed Grosgrain Self-Tie Bow Tie (Black) from your cart.")
    assert sorted(cart_rows(demo_store_url)) == [("ann", 3)]

    bad = chat.run(ActionChangeQuantity(), "change_quantity", "make it 99",
                   entities=entity_list(quantity="99"))  # fmt: skip
    assert bad.text.startswith("I can take at most 10")
    assert cart_rows(demo_store_url) == [("ann", 3)]


def test_remove_by_name_and_empty_the_cart(chat, demo_store_url):
    add(chat, "windsor-patent-oxford", size="10")
    add(chat, "grosgrain-self-tie-bow-tie")

    by_name = chat.run(ActionRemoveFromCart(), "remove_from_cart", "take out the bow tie",
                       entities=entity_list(product="grosgrain self-tie bow tie"))  # fmt: skip
    assert by_name.text.startswith("Removed Grosgrain Self-Tie Bow Tie")

    emptied = chat.run(ActionRemoveFromCart(), "remove_from_cart", "empty my cart")
    assert emptied.text == "Done, your cart is empty."
    assert cart_rows(demo_store_url) == []
    assert chat.run(ActionShowCart(), "view_cart").responses == ["utter_cart_empty"]


def test_someone_elses_cart_is_their_own(chat, demo_store_url):
    add(chat, "grosgrain-self-tie-bow-tie")

    other = ActionConversation(sender="bob").run(ActionShowCart(), "view_cart")

    assert other.responses == ["utter_cart_empty"]


def test_checking_out_the_cart_orders_everything_and_empties_it(chat, demo_store_url):
    add(chat, "windsor-patent-oxford", size="10", quantity="2")
    add(chat, "grosgrain-self-tie-bow-tie")

    start = chat.run(ActionCheckoutCart(), "checkout", "checkout")
    assert start.text.startswith("Checking out your cart (3 items).")
    chat.slots.update(ANN)
    review = chat.run(ActionReviewOrder(), "affirm")
    assert "• 2 × Windsor Patent Oxford (US 10 / EU 43, Black): $278.00" in review.text
    assert "• Grosgrain Self-Tie Bow Tie (Black): $59.00" in review.text
    assert "Standard shipping: free" in review.text  # over $100

    placed = chat.run(ActionPlaceOrder(), "place_order")

    number = re.search(r"Order (HL-\w{6})", placed.text).group(1)
    assert cart_rows(demo_store_url) == []
    with session_scope(get_engine(demo_store_url)) as session:
        order = session.scalar(select(Order).where(Order.number == number))
        assert [(line.title, line.quantity) for line in order.lines] == [
            ("Windsor Patent Oxford", 2), ("Grosgrain Self-Tie Bow Tie", 1)]  # fmt: skip
        assert session.scalar(select(func.count(Order.id))) == 1


def test_an_empty_cart_has_nothing_to_check_out(chat):
    assert chat.run(ActionCheckoutCart(), "checkout").responses == ["utter_cart_empty"]
