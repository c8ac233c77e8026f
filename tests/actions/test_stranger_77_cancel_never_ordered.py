"""Stranger test 77 (docs/nlu/stranger-test-77.md, persona B, message B10, worst problem 1): with
the dress in the cart, the Soho Velvet Blazer waiting for a size and nothing ordered, "Oh actually I
just remembered I have a black wrap at home that would work. Could you cancel the jacket from my
order but keep the dress?" was searched as "black jackets in size M under $200".

Before any order, cancelling a kind says that nothing was ordered, drops the purchase of that kind
still waiting for a choice (it never went into the cart), keeps the rest and shows the cart; what
she says she has at home is never searched."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionCancelOrder
from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts
from commerce.cart import cart_items
from commerce.db import get_engine, session_scope
from tests.actions.conversation_driver import entity_list, keep_bot_messages, say

DRESS, BLAZER = "Vivienne Velvet Dress", "Soho Velvet Blazer"
ACTIONS = {"search_products": ActionSearchProducts, "cancel_order": ActionCancelOrder}

# Each phrasing with the intent it may be heard as.
CANCEL_THE_JACKET = [
    ("Oh actually I just remembered I have a black wrap at home that would work. Could you cancel "
     "the jacket from my order but keep the dress?", "search_products"),
    ("Oh actually I just remembered I have a black wrap at home that would work. Could you cancel "
     "the jacket from my order but keep the dress?", "cancel_order"),
    ("cancel the blazer but keep the dress", "search_products"),
    ("can u cancel the jacket from my order pls, keeping the dress", "cancel_order"),
    ("actually cancel the jacket, i have a wrap at home", "search_products"),
    ("pls cancel the blazer frm my order n keep the dress", "search_products"),
    ("nvm cancel the jacket i got a black shawl at home", "search_products"),
]  # fmt: skip

# Still searches: no cancel of anything in them.
STILL_SEARCHES = [
    "a jacket to go with my dress",
    "i want to return to the jackets you showed",
    "show me black jackets that i can return if they dont fit",
    "whats the return policy on blazers",
    "cancel that, show me navy jackets instead",
]


def _dress_in_the_cart_and_blazer_waiting(chat) -> None:
    added = chat.run(ActionAddToCart(), "add_to_cart", "pop it in my cart in medium",
                     entity_list(product_handle="vivienne-velvet-dress", size="M",
                                 colour="burgundy"))  # fmt: skip
    keep_bot_messages(chat, added)
    asked = chat.run(ActionAddToCart(), "add_to_cart", "the first one, add that in M please",
                     entity_list(product_handle="soho-velvet-blazer", size="M"))  # fmt: skip
    keep_bot_messages(chat, asked)
    assert f"Which size of the {BLAZER}?" in asked.shown, asked.shown


def _titles_in_cart(url: str, sender: str) -> list[str]:
    with session_scope(get_engine(url)) as session:
        return [item.variant.product.title for item in cart_items(session, sender)]


@pytest.mark.parametrize(("text", "intent"), CANCEL_THE_JACKET)
def test_cancelling_the_jacket_before_ordering_says_no_order_and_keeps_the_dress(
    chat, extractor, demo_store_url, text, intent
):
    """docs/nlu/stranger-test-77.md, B10."""
    _dress_in_the_cart_and_blazer_waiting(chat)

    turn = say(chat, extractor, ACTIONS[intent](), intent, text)

    print(turn.shown)
    assert "Nothing has been ordered yet" in turn.shown
    assert f"dropped the {BLAZER}" in turn.shown  # never in the cart, no longer waiting
    assert "still waiting for a size" not in turn.shown
    assert DRESS in turn.shown  # what the cart holds
    assert "Nothing in stock" not in turn.shown and "closest" not in turn.shown.lower()
    assert _titles_in_cart(demo_store_url, chat.sender) == [DRESS]


@pytest.mark.parametrize("text", STILL_SEARCHES)
def test_a_jacket_without_cancel_words_is_still_searched(chat, extractor, text):
    """docs/nlu/stranger-test-77.md, B10: only a cancel is answered so."""
    _dress_in_the_cart_and_blazer_waiting(chat)

    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.shown)
    assert "Nothing has been ordered" not in turn.shown
    assert "dropped" not in turn.shown
