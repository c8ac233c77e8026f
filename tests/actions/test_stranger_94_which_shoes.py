"""docs/nlu/stranger-test-94.md, B5 (worst problem 6): two shoes listed (Osprey Slip-On, Margot
Pointed Flat), "Does the first one come in size 7 ...?" (B2, about the Osprey), "... how much the
second one costs ...?" (B4, the Margot priced), then "Put the shoes and the jacket in my basket,
please, and tell me what it all comes to." added the Margot Pointed Flat (the last in focus)
without a word. Right: when "the shoes" could be more than one of the products shown and talked
about, the shopper is asked which, a button each, and nothing is added for them meanwhile. With
only one of them talked about, "the shoes" is that one, as before."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionCheckAvailability, ActionSearchProducts
from actions.product_actions import ActionShowPrice
from actions.understanding import ActionClarify
from tests.actions.conversation_driver import say_and_keep

B1 = (
    "Good morning! I'm going to Lisbon for a week and I'll be doing lots of walking on cobbles. "
    "I'm looking for comfortable walking shoes for myself, women's size 7, ideally in navy or "
    "beige, and nothing with a heel please."
)
B2 = (
    "Oh those look nice. Does the first one come in size 7, and is it comfortable enough for "
    "walking all day? My feet aren't what they used to be!"
)
B3 = (
    "Lovely. I'd also like a light jacket, something I can fold into a suitcase, size M, perhaps "
    "in navy, and I'd rather not spend more than $150 on it."
)
B4 = (
    "Which of those is the lightest? And could you tell me how much the second one costs and "
    "whether you have it in medium?"
)
THE_SHOES = [
    "Put the shoes and the jacket in my basket, please, and tell me what it all comes to.",
    "put the shoes and the jacket in my basket pls",
    "add the shoes to my basket please",
    "ok put the shoes in my cart",
    "Lovely, I'll have the shoes then, pop them in the basket",
    "add the shoes n the jacket to cart, whats the total",
]
BOTH = ["Osprey Slip-On", "Margot Pointed Flat"]


def _b1_to_b4(chat, extractor, b2_understood: bool) -> None:
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B1)
    if b2_understood:  # heard as the stock question it is
        say_and_keep(chat, extractor, ActionCheckAvailability(), "check_availability", B2)
    else:  # as in the stranger test: not understood, the first one never opened
        say_and_keep(chat, extractor, ActionClarify(), "nlu_fallback", B2)
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B3)
    say_and_keep(chat, extractor, ActionShowPrice(), "ask_price", B4)


@pytest.mark.parametrize("b2_understood", [False, True])
@pytest.mark.parametrize("text", THE_SHOES)
def test_the_shoes_talked_about_are_asked_which(chat, extractor, text, b2_understood):
    _b1_to_b4(chat, extractor, b2_understood)

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    assert "Added" not in turn.shown, turn.shown
    assert "which" in turn.shown.lower(), turn.shown
    titles = [button["title"] for button in turn.buttons]
    for title in BOTH:
        assert any(title in shown for shown in titles), titles


@pytest.mark.parametrize(
    "text",
    ["add the shoes to my basket please", "put the shoes in my cart", "shoes in the basket pls"],
)
def test_one_talked_about_is_the_one_added(chat, extractor, text):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B1)
    say_and_keep(chat, extractor, ActionShowPrice(), "ask_price", "how much is the second one?")

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    assert "Added Margot Pointed Flat" in turn.shown, turn.shown
    assert "Osprey" not in turn.shown
