"""Stranger test 54 (docs/nlu/stranger-test-54.md, persona Mei, worst problem 3): with the Marcella
Dress Shirt waiting for a size, "can change to size 6 if too small?" (about her son's shoes,
already ordered) got "The Marcella Dress Shirt isn't made in size 6" and the size question again.

"If it's too small, can I change it for a 6?" asks how exchanges work, not for a size of the
product being bought: it gets the exchanges answer, and the shirt's size question is asked again under it."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionCheckAvailability, ActionSearchProducts, ActionSelectProduct
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say_and_keep

SHIRT = "Marcella Dress Shirt"
ACTIONS = {
    "refine_search": ActionSearchProducts,
    "search_products": ActionSearchProducts,
    "check_availability": ActionCheckAvailability,
    "ask_return_policy": ActionAnswerServiceQuestion,
}


def shirt_waiting_for_a_size(chat, extractor) -> None:
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "shirts for men")
    say_and_keep(
        chat, extractor, ActionSelectProduct(), "select_product", "the marcella dress shirt"
    )
    asked = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", "put in cart")
    assert f"Which size of the {SHIRT}?" in asked.text, asked.text


@pytest.mark.parametrize(
    "text",
    [
        "can change to size 6 if too small?",  # the stranger's words
        "if it's too big can i swap for a 9",
        "can i exchange for 6 if they dont fit",
        "what if its too small, can i change size",
        "if too small can i change to a 7?",
    ],
)
@pytest.mark.parametrize("intent", ["refine_search", "check_availability", "ask_return_policy"])
def test_an_exchange_what_if_is_not_a_size_pick(chat, extractor, intent, text):
    shirt_waiting_for_a_size(chat, extractor)

    turn = say_and_keep(chat, extractor, ACTIONS[intent](), intent, text)

    print(turn.shown)
    assert "isn't made in size" not in turn.shown
    assert "exchange" in turn.shown.lower(), turn.shown
    assert "Added" not in turn.shown
    assert f"Which size of the {SHIRT}?" in turn.shown  # the shirt still waits, asked once more
