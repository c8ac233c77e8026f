"""Stranger test 78 (docs/nlu/stranger-test-78.md, persona B, B3, worst problem 2, the whole message).

With the son's dress shoes on screen and the cheapest of them just shown, "Perfect, the cheapest
ones in his size 9 please, pop them in my cart. Now can you show me handbags for me, something that
fits my phone and my wallet?" got "None of the products on screen fits that": nothing added, no
handbags. Right: the cheapest shoes on screen go into the cart in size 9 (or only what is truly
missing is asked), and the handbags are searched in the same turn."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from commerce.cart import cart_items
from commerce.db import session_scope
from commerce.products import product_details
from tests.actions.conversation_driver import keep_bot_messages, listed, say, search

SHOES = "plain black dress shoes for my son"
WHICH_CHEAPEST = (
    "Oh those look smart, which of those is the cheapest? I'd rather save a bit for the bag "
    "honestly"
)

B3 = [
    "Perfect, the cheapest ones in his size 9 please, pop them in my cart. Now can you show me "
    "handbags for me, something that fits my phone and my wallet?",  # the doc's, word for word
    "the cheapest ones in size 9 pls, pop them in my cart. now show me handbags",
    "ok add the cheapest pair in a 9 to my cart, then handbags for me please",
    "cheapest ones in size 9 in my cart pls. now handbags for myself",
    "put the cheapest ones in his size 9 in my basket. next can i see some handbags",
    "great, cheapest ones in 9 into my cart please! now handbags for me, black or tan",
    "pop the cheapest ones in my cart in size 9, and show me handbags that fit my phone",
]


def _cheapest_shown(chat, extractor) -> str:
    """B1-B2: the dress shoes listed, and the cheapest of them shown; its title."""
    search(chat, extractor, SHOES)
    with session_scope() as session:
        shown = [product_details(session, h) for h in chat.slots["shown_results"]["handles"]]
        cheapest = min(shown, key=lambda d: d.price_from).title
    turn = say(chat, extractor, ActionSelectProduct(), "select_product", WHICH_CHEAPEST)
    keep_bot_messages(chat, turn)
    assert cheapest in turn.shown, turn.shown
    return cheapest


def _cart(chat) -> list[tuple[str, str]]:
    with session_scope() as session:
        items = cart_items(session, chat.sender)
        return [(item.variant.product.title, item.variant.size or "") for item in items]


@pytest.mark.parametrize(
    ("intent", "action"),
    [("add_to_cart", ActionAddToCart), ("search_products", ActionSearchProducts)],
)
@pytest.mark.parametrize("text", B3)
def test_cheapest_in_9_added_then_handbags(chat, extractor, text, intent, action):
    """docs/nlu/stranger-test-78.md, B3."""
    cheapest = _cheapest_shown(chat, extractor)

    turn = keep_bot_messages(chat, say(chat, extractor, action(), intent, text))

    shown = turn.shown
    print(shown)
    assert "None of the products on screen" not in shown, shown
    cart = _cart(chat)
    assert [title for title, _ in cart] == [cheapest], (cart, shown)
    assert "US 9 " in cart[0][1] + " ", cart
    assert f"Added {cheapest}" in shown, shown
    assert "handbag" in shown.lower() and listed(shown), shown
    assert "wallets" not in shown.lower(), shown
    if "for me" in text:  # hers, not in her son's department
        assert "for men" not in shown, shown


SON_SIZES = [
    "plain black dress shoes for him, he's a men's 9",
    "black dress shoes for my son, he wears a mens 9",
    "my boy needs black dress shoes, he's a men's size 9",
    "dress shoes in black for my son, his mens size is 9",
    "black dress shoes for my son pls he takes a men's 9",
]


@pytest.mark.parametrize("shoes", SON_SIZES)
def test_his_mens_size_does_not_make_her_handbags_mens(chat, extractor, shoes):
    """docs/nlu/stranger-test-78.md, B1-B3: "he's a men's 9" is the son's, so "handbags for me"
    is not searched in the men's department."""
    search(chat, extractor, shoes)

    turn = search(
        chat, extractor, "Now can you show me handbags for me, something that fits my phone"
    )

    assert "for men" not in turn.shown and listed(turn.shown), turn.shown
