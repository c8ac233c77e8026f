"""Stranger test 75 (docs/nlu/stranger-test-75.md, persona B, message B3, worst problem 4).

With the Vivienne Velvet Dress in focus (she had asked whether it comes in a size 10), "Lovely,
add it to my cart in size 10 please! Now heels to go with it, size 8.5, nothing too high because
I'll be dancing all night" got "Got it: size 10 in shoes." and "Updated: your size in shoes is
now 8.5 (it was 10)", then the heels: the dress's size was kept as her shoe size and the dress
never reached the cart. Right: size 10 goes with "it" (the dress, an M in our dresses), the dress
is added (or its open question asked) and said so, 8.5 goes with the heels searched, and no size
10 is kept as a shoe size, whichever intent the classifier hears."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from commerce.db import get_engine, session_scope
from commerce.profiles import known_sizes
from tests.actions.conversation_driver import say, search

DRESSES = "something sparkly or maybe velvet, a dress in size M"
DRESS = "Vivienne Velvet Dress"

ADDS = [
    ("Lovely, add it to my cart in size 10 please! Now heels to go with it, size 8.5, nothing too "
     "high because I'll be dancing all night", ActionSearchProducts(), "search_products"),
    ("Lovely, add it to my cart in size 10 please! Now heels to go with it, size 8.5, nothing too "
     "high because I'll be dancing all night", ActionAddToCart(), "add_to_cart"),
    ("add it in size 10 pls. now heels to match, size 8.5, not too high", ActionSearchProducts(),
     "search_products"),
    ("put it in my cart in a 10! next some heels in 8.5 that go with it", ActionAddToCart(),
     "add_to_cart"),
    ("great add it to my cart size 10, then show me heels size 8.5 pls", ActionSearchProducts(),
     "search_products"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "action", "intent"), ADDS)
def test_the_dress_is_added_in_10_and_the_heels_searched_in_8_5(
    chat, extractor, demo_store_url, text, action, intent
):
    """docs/nlu/stranger-test-75.md, B3 (problem 4)."""
    chat.keep_messages = True
    search(chat, extractor, DRESSES)
    say(chat, extractor, ActionSelectProduct(), "select_product", "the first one")
    assert chat.slots.get("current_product") == "vivienne-velvet-dress"

    turn = say(chat, extractor, action, intent, text)

    print(turn.shown, turn.buttons)
    shown = turn.shown
    assert "size 10 in shoes" not in shown and "(it was 10)" not in shown
    assert DRESS in shown  # added, or its colour asked: said either way
    assert "Added" in shown or "Which colour of the Vivienne" in shown, shown
    assert "heel" in shown.lower()
    with session_scope(get_engine(demo_store_url)) as session:
        assert known_sizes(session, chat.sender).get("shoes") is None or (
            known_sizes(session, chat.sender)["shoes"].size_key == "8.5"
        )
