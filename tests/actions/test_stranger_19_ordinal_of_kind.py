"""Stranger test 19, persona b (docs/nlu/stranger-test-19.md): suits listed, then dresses; "ok the
second dress, she is size S, you have?" ran a new search ("I found 15 dresses for women in size S")
instead of saying whether the Ottilie (the second dress) comes in S; "the first suit, i am 40R,
available?" answered about the Mirabel Wrap Dress (the first of the dresses on screen); and "put
the suit in 40R and the dress in S in my cart" asked which colour of the Mirabel (turned down) and
which suit, so "how much is total?" found the cart empty."""

from __future__ import annotations

import pytest

from actions.cart import ActionShowCart
from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionCheckAvailability, ActionSearchProducts
from tests.actions.conversation_driver import say, shown_titles


def _suits_then_dresses(chat, extractor) -> str:
    """The three searches of the stranger; the title of the first suit listed."""
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "hello i need navy outfit for me and my girlfrend, is for engagement photoshoot next "
        "saturday, must be matching")  # fmt: skip
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "first for me, navy suit, not too expensiv")  # fmt: skip
    first_suit = shown_titles(chat)[0]
    say(chat, extractor, ActionSearchProducts(), "search_products", "and for her navy dress")
    assert "Suit" in first_suit and "Dress" in shown_titles(chat)[1]
    return first_suit


# --- b6: "the second dress" with a size: is that one in stock in it ------------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ok the second dress, she is size S, you have?", "search_products"),
        ("the second dress in size S?", "search_products"),
        ("2nd dress, do you have it in S", "check_availability"),
        ("is the second dress available in a size S", "check_availability"),
        ("ok the 2nd dress pls, size S, u have it?", "search_products"),
    ],
)
def test_the_second_dress_in_a_size_is_checked_not_searched(chat, extractor, text, intent):
    _suits_then_dresses(chat, extractor)
    dresses = chat.slots["shown_results"]["handles"]
    action = ActionSearchProducts() if intent == "search_products" else ActionCheckAvailability()

    turn = say(chat, extractor, action, intent, text)

    print(turn.shown)
    assert "I found" not in turn.shown
    assert "Ottilie Shift Dress" in turn.shown
    assert "Mirabel" not in turn.shown
    assert " S" in turn.shown
    assert chat.slots["shown_results"]["handles"] == dresses  # the list stays on screen


# --- b7: "the first suit" with dresses on screen: the first of the suits listed ------------------


@pytest.mark.parametrize(
    "text",
    [
        "the first suit, i am 40R, available?",
        "first suit in 40R?",
        "is the 1st suit available in 40 regular",
        "do u have the first suit in a 40R",
        "the first suit - got it in 40R?",
    ],
)
def test_the_first_suit_is_the_first_of_the_suits_listed(chat, extractor, text):
    first_suit = _suits_then_dresses(chat, extractor)
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "ok the second dress, she is size S, you have?")  # fmt: skip

    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    print(turn.shown)
    assert first_suit in turn.shown
    assert "Mirabel" not in turn.shown and "Ottilie" not in turn.shown
    assert "40R" in turn.shown


# --- b8/b9: "the suit in 40R and the dress in S": the two picked, in those sizes -----------------


@pytest.mark.parametrize(
    "text",
    [
        "put the suit in 40R and the dress in S in my cart",
        "add the suit in 40R and the dress in S",
        "ok put both in my cart, the suit in 40R and the dress in S",
        "the suit 40R and the dress S in my basket pls",
        "add the dress in S and the suit in 40R to cart",
    ],
)
def test_the_suit_and_the_dress_picked_by_position_are_added(chat, extractor, text):
    first_suit = _suits_then_dresses(chat, extractor)
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "ok the second dress, she is size S, you have?")  # fmt: skip
    say(chat, extractor, ActionCheckAvailability(), "check_availability",
        "the first suit, i am 40R, available?")  # fmt: skip

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    print(turn.shown)
    assert "Mirabel" not in turn.shown
    assert "Which suit" not in turn.shown
    assert f"Added {first_suit}" in turn.shown and "40R" in turn.shown
    assert "Added Ottilie Shift Dress" in turn.shown or "Which colour of the Ottilie" in turn.shown

    total = say(chat, extractor, ActionShowCart(), "view_cart", "how much is total?")
    print(total.shown)
    assert first_suit in total.shown and "Ottilie Shift Dress" in total.shown
    assert "empty" not in total.shown
