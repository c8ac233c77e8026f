"""docs/nlu/stranger-test-97.md, B4 (worst problem 2): with women's boots in size 8 on screen and
no sweater ever shown (the shop sells none), "Add the first sweater too in medium, and since the
sweater is a present for my sister could you put a gift receipt in without the prices? What's
the total so far?" put the first boot on screen (a brown heeled Chelsea boot she never chose) in
her cart, and the gift receipt and the total went unanswered.

Right: an add that names a kind never adds a product of another kind. A kind we don't sell is
said not sold, and nothing is added; the other wishes of the message are still answered (the
shop's gift-receipt answer, the cart's total)."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts
from commerce.cart import cart_items
from commerce.db import get_engine, session_scope
from tests.actions.conversation_driver import say_and_keep

B4 = [
    "Add the first sweater too in medium, and since the sweater is a present for my sister could "
    "you put a gift receipt in without the prices? What's the total so far?",
    "add the first sweater too in M, its a gift for my sister so can u put a gift receipt in? "
    "whats my total so far",
    "oh and add the 1st sweater in medium too! it's a present, could you do a gift receipt "
    "without prices? and what's the total now?",
    "please add the first sweater as well (medium), gift receipt please since it's a present. "
    "total so far?",
    "add that first sweater too, size medium. can it come with a gift receipt? whats the total",
]


def cart(chat, url) -> list:
    with session_scope(get_engine(url)) as session:
        return [item.variant.product.handle for item in cart_items(session, chat.sender)]


def boots_on_screen(chat, extractor) -> None:
    """B3: women's boots in size 8 listed."""
    turn = say_and_keep(
        chat, extractor, ActionSearchProducts(), "search_products", "show me womens boots in size 8"
    )
    assert "Chelsea" in turn.shown, turn.shown


@pytest.mark.parametrize("text", B4)
def test_the_first_sweater_adds_no_boot(chat, extractor, demo_store_url, text):
    boots_on_screen(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    assert cart(chat, demo_store_url) == [], turn.shown
    assert "Added" not in turn.shown, turn.shown
    assert "sweater" in turn.shown.lower(), turn.shown


@pytest.mark.parametrize("text", B4)
def test_the_gift_receipt_and_the_total_are_answered(chat, extractor, demo_store_url, text):
    boots_on_screen(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    assert "gift" in turn.shown.lower(), turn.shown
    assert "total" in turn.shown.lower() or "cart is empty" in turn.shown.lower(), turn.shown


@pytest.mark.parametrize("text", B4[:3])
def test_the_total_is_the_carts_with_the_boots_in_it(chat, extractor, demo_store_url, text):
    boots_on_screen(chat, extractor)
    say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", "add the first boots in size 8")
    assert cart(chat, demo_store_url) == ["linnet-heeled-chelsea-boot"]

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    assert cart(chat, demo_store_url) == ["linnet-heeled-chelsea-boot"], turn.shown
    assert "don't sell sweaters" in turn.shown, turn.shown
    assert "$209.95" in turn.shown and "total" in turn.shown.lower(), turn.shown
