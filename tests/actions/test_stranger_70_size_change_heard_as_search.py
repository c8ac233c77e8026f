"""Stranger test 70 (docs/nlu/stranger-test-70.md, Miguel, message A10, worst problem 1), said
in other words: right after ordering, "actually i need the pants in 32 not 34" was heard as a
search (a list of trousers in 32) and said nothing of the order, which keeps 34. Like "sorry can i
change pants to 32 waist", it is about the order just placed: what can be done with it (cancel and
order again), never a new search and never the saved size changed."""

from __future__ import annotations

import re

import pytest

from actions.checkout import ActionPlaceOrder, ActionStartCheckout
from actions.discovery import ActionSearchProducts
from tests.actions.conftest import ANN
from tests.actions.conversation_driver import entity_list, say, sizes_kept


def _order(chat, handle: str, size: str, colour: str) -> str:
    chat.run(ActionStartCheckout(), "buy",
             entities=entity_list(product_handle=handle, size=size, colour=colour))  # fmt: skip
    chat.slots.update(ANN)
    placed = chat.run(ActionPlaceOrder(), "place_order")
    return re.search(r"Order (HL-\w{6})", placed.text).group(1)


TROUSERS_IN_32 = [
    "actually i need the pants in 32 not 34",
    "wrong size, i need 32 in the trousers",
    "oh no the chinos should be 32 not 34",
    "hmm actually make the trousers a 32 instead",
    "can i have the pants in 32 instead of 34?",
]


@pytest.mark.parametrize("text", TROUSERS_IN_32)
def test_a_size_change_heard_as_a_search_is_about_the_order(chat, extractor, demo_store_url, text):
    number = _order(chat, "camden-slim-chinos", "34", "black")

    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.shown)
    assert number in turn.shown
    assert "cancel" in turn.shown.lower()
    assert {"title": "Cancel the order", "payload": "/cancel_order"} in turn.buttons
    assert "I found" not in turn.shown
    assert sizes_kept(demo_store_url).get("waist") != "32"


SHIRT_IN_L = [
    "can i get the shirt in L instead",
    "wrong size, i need the shirt in large",
    "actually the shirt should be an L not M",
]


@pytest.mark.parametrize("text", SHIRT_IN_L)
def test_the_shirt_in_another_size_right_after_ordering(chat, extractor, text):
    number = _order(chat, "camden-oxford-shirt", "M", "white")

    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.shown)
    assert number in turn.shown
    assert "cancel" in turn.shown.lower()


def test_a_new_search_right_after_ordering_is_still_a_search(chat, extractor):
    """Another kind in another size after ordering: a new search, nothing about the order."""
    number = _order(chat, "camden-slim-chinos", "34", "black")

    turn = say(chat, extractor, ActionSearchProducts(), "search_products",
               "now show me white shirts in L")  # fmt: skip

    print(turn.shown)
    assert number not in turn.shown
    assert "shirts" in turn.shown.lower()


@pytest.mark.parametrize("text", SHIRT_IN_L)
def test_heard_as_buying_it_is_still_about_the_order(chat, extractor, text):
    """ "can i get the shirt in L instead" is heard as `buy` by the trained model: no new checkout."""
    number = _order(chat, "camden-oxford-shirt", "M", "white")

    turn = say(chat, extractor, ActionStartCheckout(), "buy", text)

    print(turn.shown)
    assert number in turn.shown
    assert "I need a few details" not in turn.shown


def test_buying_another_one_after_ordering_is_a_purchase(chat, extractor):
    _order(chat, "camden-oxford-shirt", "M", "white")

    turn = say(chat, extractor, ActionStartCheckout(), "buy",
               "can i get another shirt in L as well")  # fmt: skip

    print(turn.shown)
    assert "can't change the size" not in turn.shown
