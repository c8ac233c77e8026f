"""docs/nlu/stranger-test-98.md, B5 (worst problem 4): the Henley Hopsack Blazer (46R, Blue) in the
cart, "Lovely, put the blazer in 46 and that shirt in a 17 in my basket please, and tell me whether
they'd get here by Friday." added it a second time: 2 x $199.50, $399 (B8).

Right: asked again to add what is already in the cart, in the same size and colour, the shopper is
told it is already there and asked whether they want two (a tap adds the second); the cart keeps
one. "Add another one" or "make it 2" still adds."""

from __future__ import annotations

import json

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts
from commerce.cart import cart_items
from commerce.db import get_engine, session_scope
from tests.actions.conversation_driver import entity_list, say, say_and_keep

BLAZER = "Henley Hopsack Blazer"
B5 = (
    "Lovely, put the blazer in 46 and that shirt in a 17 in my basket please, and tell me whether "
    "they'd get here by Friday."
)
AGAIN = [
    B5,
    "put the blazer in 46 in my basket please",
    "add the henley blazer in 46R",
    "ok add the blazer size 46 to my cart",
    "can u put the hopsack blazer in my bag in a 46, blue",
]


def _cart(url: str) -> list[tuple[str, str, int]]:
    with session_scope(get_engine(url)) as session:
        return [
            (item.variant.product.title, item.variant.size, item.quantity)
            for item in cart_items(session, "shopper")
        ]


def _blazer_in_the_cart(chat, extractor, demo_store_url):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "blazers")
    added = chat.run(
        ActionAddToCart(),
        "add_to_cart",
        entities=entity_list(product_handle="henley-hopsack-blazer", size="46R", colour="Blue"),
    )
    assert f"Added {BLAZER}" in added.text, added.text
    assert _cart(demo_store_url) == [(BLAZER, "46R", 1)]


@pytest.mark.parametrize("text", AGAIN)
def test_asked_again_it_is_already_in_the_cart(chat, extractor, demo_store_url, text):
    _blazer_in_the_cart(chat, extractor, demo_store_url)

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    assert "already in your cart" in turn.shown, turn.shown
    assert _cart(demo_store_url) == [(BLAZER, "46R", 1)]
    second = [b for b in turn.buttons if "second" in b["title"].lower()]
    assert second, turn.buttons
    tapped = chat.run(ActionAddToCart(), "add_to_cart", entities=_payload_entities(second[0]))
    assert f"Added {BLAZER}" in tapped.shown, tapped.shown
    assert _cart(demo_store_url) == [(BLAZER, "46R", 2)]


@pytest.mark.parametrize("text", ["add another one of the blazer in 46", "make it 2 blazers in 46"])
def test_another_asked_for_is_added(chat, extractor, demo_store_url, text):
    _blazer_in_the_cart(chat, extractor, demo_store_url)

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    assert "already in your cart" not in turn.shown, turn.shown
    assert sum(quantity for _, _, quantity in _cart(demo_store_url)) >= 2


def _payload_entities(button: dict) -> list[dict]:
    """The entities of a button's payload ("/add_to_cart{...}"), as Rasa reads them."""
    payload = button["payload"]
    data = json.loads(payload[payload.index("{") :])
    return entity_list(**data)
