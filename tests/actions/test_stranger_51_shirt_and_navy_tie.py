"""Stranger test 51 (docs/nlu/stranger-test-51.md, persona Margaret, worst problem 4): with a white
shirt chosen and ties listed, "please put the shirt in my basket, and the navy tie as well" got
"The Cavendish Silk-Blend Shirt doesn't come in navy", a colour question for the shirt, and nothing
added: "navy" was taken for the shirt, the kind said before it.

A colour said right before a kind ("the navy tie") is that kind's colour: the shirt goes in the
basket in its white, and the tie is asked for in navy."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from tests.actions.conversation_driver import say


@pytest.mark.parametrize(
    "text",
    [
        "Lovely, please put the shirt in my basket, and the navy tie as well.",
        "add the shirt and the navy tie",
        "put the shirt and the navy tie in my cart",
        "the shirt in my basket please, and the navy tie too",
        "add the shirt, and also the navy tie",
    ],
)
def test_the_navy_is_the_ties(chat, extractor, text):
    say(chat, extractor, ActionSearchProducts(), "search_products", "white dress shirts in 15.5")
    say(chat, extractor, ActionSelectProduct(), "select_product", "the jermyn poplin dress shirt")
    say(chat, extractor, ActionSearchProducts(), "search_products", "navy or red ties")

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    print(turn.text)
    assert "doesn't come in navy" not in turn.text, turn.text
    assert "Jermyn Poplin Dress Shirt" in turn.text and "added" in turn.text.lower(), turn.text
    assert "tie" in turn.text.lower()
    # The tie asked for keeps its navy: a tap adds it in navy.
    assert any("navy" in str(button.get("payload", "")).lower() for button in turn.buttons), (
        turn.buttons
    )
