"""Stranger test 66 (docs/nlu/stranger-test-66.md, persona A, worst problem 1): "whats popular"
with blazers on screen forgot the kind and listed all 186 products, the patent shoe already in his
cart first; "add the top one" then asked his shoe size again.

Right: with a list of one kind on screen, what's popular / the best sellers / what people buy are
the popular ones of that kind (by the shop's sales, as any best sellers list), never the whole
shop; "add the top one" then picks the first of them."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from tests.actions.conversation_driver import listed, say, search

SHOES = "quick q need the shiny shoes u wear w suit, size 11. wich ones do ppl usualy get"
JACKET = "also jacket thing but not a suit?? smart but no matching pants. 42 chest"

POPULAR = [
    "whats popular",
    "what's the best seller?",
    "what do people buy",
    "most popular ones?",
    "whats trending rn",
    "what are ppl buying most",
    "any best sellers",
]


def shoe_in_cart_then_blazers(chat, extractor) -> None:
    search(chat, extractor, SHOES)
    say(chat, extractor, ActionAddToCart(), "add_to_cart", "ok put first one in cart")
    blazers = search(chat, extractor, JACKET)
    assert listed(blazers.shown) and all("Blazer" in line for line in listed(blazers.shown))


@pytest.mark.parametrize("text", POPULAR)
def test_whats_popular_with_blazers_on_screen_is_the_popular_blazers(chat, extractor, text):
    shoe_in_cart_then_blazers(chat, extractor)

    turn = search(chat, extractor, text)

    print(turn.shown)
    assert "popular" in turn.shown.lower() or "best seller" in turn.shown.lower(), turn.shown
    assert "186" not in turn.shown and "Oxford" not in turn.shown, turn.shown
    assert listed(turn.shown) and all("Blazer" in line for line in listed(turn.shown))

    added = say(chat, extractor, ActionAddToCart(), "add_to_cart", "add the top one")
    print(added.shown)
    assert "Windsor" not in added.shown and "Blazer" in added.shown, added.shown


def test_whats_popular_with_nothing_on_screen_is_still_the_whole_shop(chat, extractor):
    turn = search(chat, extractor, "whats popular")

    assert "Blazer" not in turn.shown.splitlines()[0], turn.shown
    assert listed(turn.shown), turn.shown
