"""docs/nlu/stranger-test-98.md, B3 (worst problem 4, in part): blazers on screen, "Let's say the
first one then, in a 46 if you have it" took the Henley Hopsack Blazer in Blue without a word, though
it comes in Navy and Blue. In a 46R the Navy is sold out, so Blue is the one colour left: the reply
now says so, rather than leaving the shopper to wonder why Blue."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.checkout import ActionStartCheckout
from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import say, say_and_keep

TAKEN = [
    (ActionStartCheckout, "buy", "I'll take the first one in a 46"),
    (ActionStartCheckout, "buy", "the first one in 46 please"),
    (ActionStartCheckout, "buy", "ok ill have the henley in a 46"),
    (ActionAddToCart, "add_to_cart", "add the first one in 46R to my basket"),
    (ActionAddToCart, "add_to_cart", "put the hopsack blazer in a 46 in my cart pls"),
]


@pytest.mark.parametrize(("action", "intent", "text"), TAKEN)
def test_the_one_colour_left_in_the_size_is_said(chat, extractor, action, intent, text):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "blazers")

    turn = say(chat, extractor, action(), intent, text)

    shown = turn.shown
    assert "Henley Hopsack Blazer" in shown and "Blue" in shown, shown
    assert "Navy is sold out in 46R" in shown, shown
