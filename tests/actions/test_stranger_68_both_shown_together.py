"""Stranger test 68 (docs/nlu/stranger-test-68.md, persona A Ramon, message A6, worst problem 5):
trousers listed, then one light jacket found, and "how much both together" got "Your cart is
empty". "Both" is the jacket on screen and the trousers listed just before it: their total, said
to be not in the cart, as "how much both togeter" after a shoe opened and shirts listed is."""

from __future__ import annotations

import pytest

from actions.cart import ActionShowCart
from actions.product_actions import ActionShowPrice
from tests.actions.conversation_driver import say, search

BOTH = [
    "how much both together",
    "how much for both",
    "both together how much?",
    "what do both of them cost together",
    "how much wud both come to",
]


def trousers_then_one_jacket(chat, extractor) -> None:
    chat.keep_events = True  # Rasa sends the earlier lists' slot events too
    search(chat, extractor, "ok what dark pants u have then")
    search(chat, extractor, "light linen blazer for cool nights")
    assert len(chat.slots["shown_results"]["handles"]) == 1


@pytest.mark.parametrize("text", BOTH)
def test_both_is_the_jacket_and_the_trousers_before_it(chat, extractor, text):
    """docs/nlu/stranger-test-68.md, message A6."""
    trousers_then_one_jacket(chat, extractor)

    turn = say(chat, extractor, ActionShowPrice(), "ask_price", text)

    print(turn.shown)
    assert "Your cart is empty. Find something" not in turn.shown
    assert "Lancaster Linen Blazer" in turn.shown and "Trousers" in turn.shown
    assert "not in your cart" in turn.shown.lower()


def test_both_heard_as_the_cart_is_totalled_too(chat, extractor):
    """docs/nlu/stranger-test-68.md, message A6 (heard as "show my cart")."""
    trousers_then_one_jacket(chat, extractor)

    turn = say(chat, extractor, ActionShowCart(), "show_cart", "how much both together")

    print(turn.shown)
    assert "Lancaster Linen Blazer" in turn.shown and "Trousers" in turn.shown
