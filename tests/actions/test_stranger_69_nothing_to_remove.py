"""Stranger test 69 (docs/nlu/stranger-test-69.md, persona Claire, message B8, worst problem 5).

"Which colour of the Wren Suede Chelsea Boot?" was left open, and "take the shoes out" got only
"Your cart is empty": nothing said the boots were never added. Taking out what never went in
says so (nothing to take out), naming the product whose choice was left open."""

from __future__ import annotations

import pytest

from actions.cart import ActionRemoveFromCart
from actions.cart_adding import ActionAddToCart
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import entity_list, keep_bot_messages, say, say_and_keep

TAKE_THEM_OUT = [
    "Actually, on second thought take the shoes out, I'll just wear my old boots. Just the coat.",
    "take the shoes out",
    "remove the boots pls",
    "nvm delete the chelsea boots from my cart",
    "i dont want the shoes anymore, take them off",
]


def _colour_left_open(chat, extractor) -> None:
    asked = chat.run(ActionAddToCart(), "add_to_cart", "those shoes in an 8 please",
                     entity_list(product_handle="wren-suede-chelsea-boot", size="8"))  # fmt: skip
    keep_bot_messages(chat, asked)
    assert "Which colour of the Wren Suede Chelsea Boot?" in asked.shown
    say_and_keep(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time",
                 "We leave on Thursday morning, can it come before Thursday if I order today?")  # fmt: skip


@pytest.mark.parametrize("text", TAKE_THEM_OUT)
def test_what_was_never_added_is_said_so(chat, extractor, text):
    _colour_left_open(chat, extractor)

    turn = say(chat, extractor, ActionRemoveFromCart(), "remove_from_cart", text)

    print(turn.shown)
    assert "Wren Suede Chelsea Boot" in turn.shown
    assert "never went into your cart" in turn.shown
    assert "no colour was picked" in turn.shown
    assert "nothing to take out" in turn.shown


@pytest.mark.parametrize("text", TAKE_THEM_OUT[1:3])
def test_with_nothing_asked_the_kind_is_said_not_in_the_cart(chat, extractor, text):
    turn = say(chat, extractor, ActionRemoveFromCart(), "remove_from_cart", text)

    print(turn.shown)
    assert "There are no " in turn.shown
    assert "nothing to take out" in turn.shown


def test_empty_the_cart_when_empty_says_it_is_empty(chat, extractor):
    turn = say(chat, extractor, ActionRemoveFromCart(), "remove_from_cart", "empty my cart")

    assert turn.responses == ["utter_cart_empty"]


KEEP_ONLY_THE_COAT = [
    "Actually, on second thought take the shoes out, I'll just wear my old boots. Just the coat.",
    "take the shoes out, only the coat",
    "remove the boots, keep the coat",
    "no shoes after all, just the raincoat please",
    "delete the boots and leave the coat in",
]


@pytest.mark.parametrize("text", KEEP_ONLY_THE_COAT)
def test_the_coat_kept_was_never_added_either(chat, extractor, text):
    """docs/nlu/stranger-test-69.md, message B8: "Just the coat." when no coat was ever added
    (the shop sells none) said nothing about it."""
    _colour_left_open(chat, extractor)

    turn = say(chat, extractor, ActionRemoveFromCart(), "remove_from_cart", text)

    print(turn.shown)
    assert "never went into your cart" in turn.shown
    assert "no coats in your cart" in turn.shown or "no raincoats in your cart" in turn.shown
    assert "we don't sell" in turn.shown
