"""docs/nlu/stranger-test-89.md, A7 (worst problem 2): Dario's shoes in the cart, then "also black
shirt slim fit collar 15.5" listed one shirt (the Gerrard Pleated Tuxedo Shirt), and "cheapest add
it" listed the same shirt again "cheapest first" and added nothing. Right: "cheapest add it" adds
the cheapest shirt shown, in the collar size he said (15.5), as "add the cheapest" would."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts
from actions.picking import ActionSelectProduct
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import say_and_keep

A1 = "hi need black dance shoes for tango class mens sz 9 under 150"
A6 = "also black shirt slim fit collar 15.5"
CHEAPEST_ADD_IT = [
    "cheapest add it",
    "add the cheapest",
    "cheapest one, add to cart",
    "cheapest one add to cart",
    "cheapst add it pls",
    "the cheapest, add it",
    "Cheapest. Add it to my cart",
    "ok cheapest 1 then, put it in my basket",
]


def shoes_in_cart_then_one_shirt(chat, extractor) -> None:
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", A1)
    say_and_keep(chat, extractor, ActionSelectProduct(), "select_product", "2nd one")
    added = say_and_keep(
        chat, extractor, ActionAddToCart(), "add_to_cart", "ok add 9.5 to cart pls"
    )
    assert "Added Ashby Cap-Toe Oxford" in added.text, added.text
    shirts = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", A6)
    assert "Gerrard Pleated Tuxedo Shirt" in shirts.text, shirts.text


@pytest.mark.parametrize("text", CHEAPEST_ADD_IT)
@pytest.mark.parametrize("heard", ["refine_search", "search_products", "select_product"])
def test_cheapest_then_add_it_is_an_add(extractor, text, heard):
    """A7: "cheapest add it" was heard as a change to the search (0.5): it adds."""
    resolution = resolve_intent(heard, 0.5, extractor.extract(text), text, None)

    assert resolution is not None and resolution.intent == "add_to_cart", resolution


@pytest.mark.parametrize(
    "text", ["cheapest first", "cheapest ones first pls", "cheapest", "sort cheapest first"]
)
def test_cheapest_first_is_still_an_order_of_the_list(extractor, text):
    resolution = resolve_intent("refine_search", 0.9, extractor.extract(text), text, None)

    assert resolution is None or resolution.intent != "add_to_cart", resolution


@pytest.mark.parametrize("text", CHEAPEST_ADD_IT)
def test_cheapest_add_it_adds_the_one_shirt_shown_in_15_5(chat, extractor, text):
    """A7: the cheapest shirt shown goes in, in collar 15.5; the list is not shown again."""
    shoes_in_cart_then_one_shirt(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    assert "Added Gerrard Pleated Tuxedo Shirt" in turn.text, turn.text
    assert "15.5" in turn.text, turn.text
    assert "cheapest first" not in turn.text, turn.text
    assert "2 items" in turn.text, turn.text
