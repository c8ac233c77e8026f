"""docs/nlu/stranger-test-94.md, B4 (worst problem 5): two shoes on screen (Osprey Slip-On, Margot
Pointed Flat), "Which of those is the lightest? And could you tell me how much the second one costs
and whether you have it in medium?" got only "The Margot Pointed Flat is $59.00". Right: "which is
the lightest" is answered from the catalog (the store keeps no weights, so it says so, and quotes
a description that calls one light; never a guess), the price as before, and "in medium" with the
second one's stock in M (shoes: that they come in numbered sizes), all in one reply.

These tests run on the demo store with its weights taken out (a catalog without "Variant Grams"):
where the catalog gives weights, they are compared (test_stranger_94_lightest_by_weight.py)."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.product_actions import ActionShowPrice
from tests.actions.conversation_driver import say_and_keep, without_grams

B1 = (
    "I'm looking for comfortable walking shoes for myself, women's size 7, ideally in navy or "
    "beige, and nothing with a heel please."
)
LIGHTEST_PRICE_AND_MEDIUM = [
    "Which of those is the lightest? And could you tell me how much the second one costs and "
    "whether you have it in medium?",
    "which one is lightest? also how much is the 2nd one and do u have it in medium",
    "Which is the lightest of them? And what's the price of the second one, do you have it in M?",
    "whats the lightest one?? how much is the second and have you got it in a medium",
    "which of these is lighter? and how much does the second one cost, do you have it in medium?",
]


@pytest.fixture(autouse=True)
def catalog_without_weights(demo_store_url):
    """The demo store as a catalog that gives no weights leaves it."""
    without_grams(demo_store_url)


@pytest.mark.parametrize("text", LIGHTEST_PRICE_AND_MEDIUM)
def test_lightest_price_and_medium_are_each_answered(chat, extractor, text):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B1)

    turn = say_and_keep(chat, extractor, ActionShowPrice(), "ask_price", text)

    shown = turn.shown
    assert "catalog doesn't give weights" in shown, shown  # computed: no weights kept
    assert "The Margot Pointed Flat is $59.00" in shown, shown  # the price, as before
    assert "numbered sizes, not M" in shown, shown  # shoes aren't made in M
    assert "Osprey" not in shown.split("catalog doesn't give weights")[1], shown


def test_a_description_that_calls_one_light_is_quoted(chat, extractor):
    """The catalog's own words on weight ("a lightweight crepe sole"), never a guess."""
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "suede chelsea boots")

    turn = say_and_keep(
        chat, extractor, ActionShowPrice(), "ask_price",
        "which of those is the lightest, and how much is the first one?",
    )  # fmt: skip

    shown = turn.shown
    assert "catalog doesn't give weights" in shown, shown
    assert "lightweight" in shown, shown
    assert " is $" in shown, shown


def test_medium_of_clothes_is_its_stock_in_m(chat, extractor):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "dresses for women")

    turn = say_and_keep(
        chat, extractor, ActionShowPrice(), "ask_price",
        "how much is the second one and do you have it in medium?",
    )  # fmt: skip

    shown = turn.shown
    assert " is $" in shown, shown
    assert " M" in shown.split(" is $", 1)[1], shown  # its stock in M said after the price
