"""Stranger test 70 (docs/nlu/stranger-test-70.md, Miguel, message A10, worst problem 1).

Right after placing an order with Camden Slim Chinos in waist 34, "sorry can i change pants to 32
waist" changed his saved size to 32 ("Updated: your size in trousers and belts (waist) is now 32")
and said nothing about the order, which keeps 34. A size change for a kind in the order just
placed is about that order: what can be done with it (cancel and order again), never only the
saved size changed."""

from __future__ import annotations

import re

import pytest

from actions.checkout import ActionPlaceOrder, ActionStartCheckout
from actions.profile import ActionRememberSize
from tests.actions.conftest import ANN
from tests.actions.conversation_driver import entity_list, say, sizes_kept

# Each phrasing, heard as `state_size` (as the model hears A10).
CHANGES_OF_SIZE = [
    "sorry can i change pants to 32 waist",
    "change my trousers to 32 please",
    "oops the trousers should be waist 32",
    "can i get the chinos in 32 waist instead",
    "sorry i meant waist 32 for the trousers",
]


def _order_chinos_in_34(chat) -> str:
    chat.run(ActionStartCheckout(), "buy",
             entities=entity_list(product_handle="camden-slim-chinos", size="34", colour="black"))  # fmt: skip
    chat.slots.update(ANN)
    placed = chat.run(ActionPlaceOrder(), "place_order")
    return re.search(r"Order (HL-\w{6})", placed.text).group(1)


@pytest.mark.parametrize("text", CHANGES_OF_SIZE)
def test_a_size_change_right_after_ordering_is_about_the_order(
    chat, extractor, demo_store_url, text
):
    number = _order_chinos_in_34(chat)

    turn = say(chat, extractor, ActionRememberSize(), "state_size", text)

    print(turn.shown)
    assert "Updated: your size" not in turn.shown
    assert "Got it: size" not in turn.shown
    assert number in turn.shown
    assert "cancel" in turn.shown.lower()
    assert {"title": "Cancel the order", "payload": "/cancel_order"} in turn.buttons
    assert sizes_kept(demo_store_url).get("waist") != "32"


def test_a_size_for_another_kind_after_ordering_is_still_kept(chat, extractor, demo_store_url):
    """ "I'm a 10 in shoes" after ordering trousers: nothing of the order changes, so it is kept."""
    _order_chinos_in_34(chat)

    turn = say(chat, extractor, ActionRememberSize(), "state_size", "I'm usually a 10 in shoes")

    print(turn.shown)
    assert "Got it: size 10" in turn.shown
    assert sizes_kept(demo_store_url).get("shoes") == "10"
