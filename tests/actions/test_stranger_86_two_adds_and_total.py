"""docs/nlu/stranger-test-86.md, B#5 (worst problem 1): flats shown, "the second one" opened (the
Margot Pointed Flat), then shirts, and "Which of those is the cheapest" opened the cheapest shirt.
"Alright, please put the shoes in size 8 and the cheapest shirt in my cart, and tell me the total
with express shipping and whether it all arrives before the 9th." got "I don't see that number in
the list": "the 9th" was read as a ninth product. Right: "the 9th" is a day and "size 8" a size;
the flat goes in 8, the cheapest shirt shown goes in, then the cart's total with express and
whether it arrives before 9 December."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts
from actions.picking import ActionSelectProduct
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say_and_keep
from tests.actions.test_stranger_84_adds_named import tap

SATURDAY = datetime(2026, 11, 28, 10, 0, tzinfo=timezone.utc)  # the day she shopped
B1 = (
    "Hello there! I'm going into hospital on December 9th and need flat slip-on shoes, women's "
    "size 8, ideally navy or black, nothing over $100."
)
B2 = (
    "Oh, the second one looks nice. Is it really slip-on, and does it come in size 8.5 in case my "
    "feet swell after the operation?"
)
# (Her own B3 asked for a shirt "in a women's large": since "flat slip-on shoes, women's size 8" is
# one kind, for women, and the shop's shirts are all men's, it is answered "Sorry, we don't have
# shirts for women" (tests/actions/test_stranger_86_one_kind_in_two_words.py). For the adds of
# B5, the shirts are her husband's.)
B3 = (
    "Lovely. Could you also find me a loose button-front shirt for my husband, in a men's large, "
    "maybe in a soft blue?"
)
B4 = "Which of those is the cheapest, and can I machine-wash it?"
SHOES_AND_SHIRT = [
    "Alright, please put the shoes in size 8 and the cheapest shirt in my cart, and tell me the "
    "total with express shipping and whether it all arrives before the 9th.",
    "put the shoes in size 8 and the cheapest shirt in my cart, whats the total with express and "
    "will it arrive by the 9th?",
    "please add the shoes in an 8 and the cheapest shirt to my basket, and tell me the total with "
    "express, and will it all come before the 9th",
    "add the flats in size 8 and the cheapest shirt to my cart pls, total w express? before the 9th?",
    "could you put those shoes (size 8) and the cheapest shirt in my cart and tell me the total "
    "with express shipping, and whether it gets here before the 9th",
]


@pytest.fixture
def on_her_saturday(monkeypatch):
    monkeypatch.setattr("actions.cart_arrival.ordering_time", lambda: SATURDAY)


def margarets_flat_and_shirts(chat, extractor) -> str:
    """The flats, the Margot opened, the shirts in L, the cheapest of them opened; its name."""
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B1)
    say_and_keep(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", B2)
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B3)
    cheapest = say_and_keep(chat, extractor, ActionSelectProduct(), "select_product", B4)
    assert "margot-pointed-flat" in str(chat.history), chat.history
    return cheapest.messages[0]["text"].split(" by ")[0]


def answer(chat, turn, title: str | None = None):
    """The shopper taps `title` (else the first button) of the bot's last question."""
    buttons = turn.messages[-1]["buttons"]
    button = next((b for b in buttons if b["title"] == title), buttons[0])
    return tap(chat, button)


@pytest.mark.parametrize("text", SHOES_AND_SHIRT)
def test_the_flat_in_8_and_the_cheapest_shirt_are_asked_about_never_a_ninth_product(
    chat, extractor, on_her_saturday, text
):
    """B5: "the 9th" is a day, never a place on screen: the flat in 8 and the cheapest shirt
    opened go in, each colour asked where she left it open ("navy or black"), and both end up in
    the cart."""
    shirt = margarets_flat_and_shirts(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    shown = turn.shown
    assert "don't see that number" not in shown, shown
    if "Margot Pointed Flat (US 8 /" not in shown:
        assert turn.messages[-1]["text"] == "Which colour of the Margot Pointed Flat?", shown
        turn = answer(chat, turn, "Black")
        shown = turn.shown
    assert "Margot Pointed Flat (US 8 / EU 38.5, Black)" in shown, shown
    # (the shirt in the blue she asked for may have gone in first, before the flat's colour)
    if f"{shirt} (L, " not in shown:
        assert turn.messages[-1]["text"] == f"Which colour of the {shirt}?", shown
        shown = answer(chat, turn).shown
    assert f"{shirt} (L, " in shown and "It has 2 items now" in shown, shown
