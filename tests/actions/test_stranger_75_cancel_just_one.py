"""Stranger test 75 (docs/nlu/stranger-test-75.md, persona B, message B10, worst problem 2): with the
dress in the cart, the Noemi Kitten Heel waiting for a colour and nothing ordered, "Can I cancel just
the clutch from my order and keep the dress and the heels?" got "Nothing has been ordered yet ...
I've dropped the Noemi Kitten Heel you'd started": the heels she said to keep were thrown away, and
nothing was said of the dress or the cart.

Before any order, "cancel just X, keep Y" takes X out of the cart (or says X isn't in it), keeps
everything else (a purchase still waiting for a choice is asked again, not dropped) and says what
the cart holds."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionCancelOrder
from actions.cart import ActionRemoveFromCart
from actions.cart_adding import ActionAddToCart
from actions.checkout import ActionStopCheckout
from commerce.cart import cart_items
from commerce.db import get_engine, session_scope
from tests.actions.conversation_driver import entity_list, keep_bot_messages, say

DRESS, HEEL, CLUTCH = "Vivienne Velvet Dress", "Noemi Kitten Heel", "Lund Satin Clutch"

# Each phrasing with the intent (and action) it may be heard as.
JUST_THE_CLUTCH = [
    ("Oh wait, I just found a clutch in my closet that matches perfectly!! Can I cancel just the "
     "clutch from my order and keep the dress and the heels?", "cancel_order"),
    ("cancel just the clutch", "cancel_order"),
    ("cancel only the bag, keep the rest", "stop"),
    ("remove the clutch but keep the heels", "remove_from_cart"),
    ("drop just the clutch pls", "remove_from_cart"),
    ("can u cancel the clutch n keep the dress", "cancel_order"),
]  # fmt: skip
ACTIONS = {"cancel_order": ActionCancelOrder, "stop": ActionStopCheckout,
           "remove_from_cart": ActionRemoveFromCart}  # fmt: skip


def _add(chat, handle: str, **options) -> None:
    turn = chat.run(ActionAddToCart(), "add_to_cart", "add it",
                    entity_list(product_handle=handle, **options))  # fmt: skip
    keep_bot_messages(chat, turn)


def _dress_in_the_cart_and_heels_waiting(chat) -> None:
    _add(chat, "vivienne-velvet-dress", size="M", colour="burgundy")
    asked = chat.run(ActionAddToCart(), "add_to_cart", "the first one in 8.5",
                     entity_list(product_handle="noemi-kitten-heel", size="8.5"))  # fmt: skip
    keep_bot_messages(chat, asked)
    assert f"Which colour of the {HEEL}?" in asked.shown, asked.shown


def _titles_in_cart(url: str, sender: str) -> list[str]:
    with session_scope(get_engine(url)) as session:
        return [item.variant.product.title for item in cart_items(session, sender)]


@pytest.mark.parametrize(("text", "intent"), JUST_THE_CLUTCH)
def test_the_clutch_never_added_is_said_so_and_the_rest_is_kept(
    chat, extractor, demo_store_url, text, intent
):
    _dress_in_the_cart_and_heels_waiting(chat)

    turn = say(chat, extractor, ACTIONS[intent](), intent, text)

    print(turn.shown)
    assert "I've dropped" not in turn.shown
    assert "no clutches in your cart" in turn.shown or "no bags in your cart" in turn.shown
    assert DRESS in turn.shown  # what the cart holds
    assert f"{HEEL} is still waiting for a colour" in turn.shown  # kept: asked again
    assert {"Black", "Navy", "Pink"} <= {b["title"] for b in turn.buttons}
    assert _titles_in_cart(demo_store_url, chat.sender) == [DRESS]


@pytest.mark.parametrize(("text", "intent"), JUST_THE_CLUTCH)
def test_the_clutch_in_the_cart_is_taken_out_and_the_rest_kept(
    chat, extractor, demo_store_url, text, intent
):
    _dress_in_the_cart_and_heels_waiting(chat)
    _add(chat, "lund-satin-clutch", colour="gold")
    assert CLUTCH in _titles_in_cart(demo_store_url, chat.sender)

    turn = say(chat, extractor, ACTIONS[intent](), intent, text)

    print(turn.shown)
    assert f"Removed {CLUTCH}" in turn.shown
    assert DRESS in turn.shown
    assert "I've dropped" not in turn.shown
    assert _titles_in_cart(demo_store_url, chat.sender) == [DRESS]
