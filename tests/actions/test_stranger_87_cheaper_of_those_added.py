"""docs/nlu/stranger-test-87.md, stranger 87 B4 (worst problem 2): white or cream dresses in M
shown, "the second one" asked about (the Harriet Shirt Dress), flats shown "to go with it", then
"The cheaper one of those please, in size 7, and can you add both the dress and the shoes to my
cart?" got "Harriet isn't made in size 7; XS–XL" and "which shoes do you mean?", nothing added.
Right: "the cheaper one of those" is the cheapest of the shoes just listed (the Margot Pointed
Flat, $59, in her list), size 7 is the shoes' (said with "the cheaper one of those", and a shoe size), the dress
goes in in the size M she gave for it; both end up in the cart. B5 "What would the total be with
express shipping, and will it get here before the 12th?" then gives the cart's real total with
express and when express arrives."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from actions.service import ActionAnswerServiceQuestion
from shop_nlu.cheaper_of_those import price_end_of_those
from tests.actions.conversation_driver import (
    DEMO_TITLES,
    listed,
    prices_listed,
    say_and_keep,
    shown_titles,
)
from tests.actions.test_stranger_84_adds_named import tap

SATURDAY = datetime(2026, 11, 28, 10, 0, tzinfo=timezone.utc)  # the day she shopped
B1 = (
    "Hi there! I'm finishing my master's and my graduation ceremony is on December 12th. I'm "
    "looking for a white or cream dress in size M, ideally under $200, and also some comfortable "
    "block heels in size 7 that I can stand in for a few hours."
)
B2 = (
    "Oh the second one looks lovely, does it come in light blue as well, and is it okay for a "
    "formal ceremony?"
)
B3 = "Hmm, and what shoes would go with it? Nothing too high please, I'll be walking on stage."
CHEAPER_OF_THOSE_AND_BOTH = [
    "The cheaper one of those please, in size 7, and can you add both the dress and the shoes to "
    "my cart?",
    "the cheaper one in a 7 pls, and add both the dress and the shoes to my cart",
    "I'll take the cheapest one of those in size 7 - could you put the dress and the shoes in my "
    "basket?",
    "cheaper one of them in 7, add the dress and shoes to cart pls",
    "The less expensive one of those in size 7 please, and add both the dress and the flats to my "
    "cart",
    "the cheeper one of those in sz 7 and add both the dress n the shoes to my cart",
]


@pytest.fixture
def on_her_saturday(monkeypatch):
    monkeypatch.setattr("actions.cart_arrival.ordering_time", lambda: SATURDAY)


def priyas_dress_and_shoes(chat, extractor) -> tuple[str, str]:
    """The dresses, the second one asked about, shoes to go with it: the dress's title and the
    title of the cheapest shoe listed."""
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B1)
    say_and_keep(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", B2)
    dress = DEMO_TITLES[chat.slots["current_product"]]
    shoes = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B3)
    prices = prices_listed(shoes.shown)
    assert len(listed(shoes.shown)) > 1 and len(prices) == len(shown_titles(chat)), shoes.shown
    cheapest = shown_titles(chat)[prices.index(min(prices))]
    return dress, cheapest


def answer(chat, turn, title: str | None = None):
    """The shopper taps `title` (else the first button) of the bot's last question."""
    buttons = turn.messages[-1]["buttons"]
    button = next((b for b in buttons if b["title"] == title), buttons[0])
    return tap(chat, button)


@pytest.mark.parametrize("text", CHEAPER_OF_THOSE_AND_BOTH)
def test_the_cheaper_shoe_goes_in_in_7_and_the_dress_in_m(chat, extractor, text):
    """B4: the cheapest of the shoes listed in US 7 (its colour asked, if open), the dress in M;
    never "isn't made in size 7" of the dress, nor "which shoes"."""
    dress, cheapest = priyas_dress_and_shoes(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    shown = turn.shown
    assert "size 7" not in shown or "isn't made" not in shown, shown
    assert "Which shoes" not in shown and "which shoes" not in shown, shown
    assert f"{dress} (M, " in shown, shown
    if f"{cheapest} (US 7 /" not in shown:
        assert turn.messages[-1]["text"] == f"Which colour of the {cheapest}?", shown
        shown = answer(chat, turn).shown
    assert f"{cheapest} (US 7 / " in shown, shown
    assert "2 items" in shown, shown


B4 = CHEAPER_OF_THOSE_AND_BOTH[0]
TOTAL_WITH_EXPRESS = [
    "What would the total be with express shipping, and will it get here before the 12th?",
    "whats the total with express? will it arrive before the 12th",
    "how much is everything with express shipping and does it get here by dec 12?",
    "total w express pls, and will it come before the 12th?",
    "Could you tell me the total with express delivery, and whether it arrives before December "
    "12th?",
]


@pytest.mark.parametrize("text", TOTAL_WITH_EXPRESS)
def test_the_total_with_express_is_the_carts_and_express_arrives_in_time(
    chat, extractor, on_her_saturday, text
):
    """B5: the dress and the flat in the cart: their real total with express, and that express,
    ordered today, arrives before the 12th."""
    dress, cheapest = priyas_dress_and_shoes(chat, extractor)
    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", B4)
    if "2 items" not in turn.shown:
        turn = answer(chat, turn)
    assert "2 items" in turn.shown, turn.shown

    asked = say_and_keep(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", text)
    shown = asked.shown

    assert dress in shown and cheapest in shown, shown
    assert "With Express shipping ($14.95)" in shown and "your total would be $" in shown, shown
    assert "For Saturday 12 December: Express shipping, ordered today, arrives by" in shown, shown
    assert "in time" in shown and "at least" not in shown, shown


def test_with_no_dress_size_known_only_the_dress_size_is_asked(chat, extractor):
    """B4 with no size ever given for the dress: the flat still goes in in 7 (or its colour is
    asked), and for the dress only its size is asked, never which shoes."""
    no_size = "Hi! I need a white or cream dress under $200 for my graduation on December 12th"
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", no_size)
    say_and_keep(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", B2)
    dress = DEMO_TITLES[chat.slots["current_product"]]
    shoes = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B3)
    prices = prices_listed(shoes.shown)
    cheapest = shown_titles(chat)[prices.index(min(prices))]

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", B4)

    shown, questions = turn.shown, []
    while "2 items" not in turn.shown and len(questions) < 3:
        questions.append(turn.messages[-1]["text"])
        turn = answer(chat, turn)
        shown += "\n" + turn.shown
    assert "hich shoes" not in shown and "isn't made in size 7" not in shown, shown
    assert f"Which size of the {dress}?" in questions, questions
    allowed = {f"Which size of the {dress}?", f"Which colour of the {cheapest}?"}
    assert set(questions) <= allowed, questions
    assert f"{cheapest} (US 7 / " in shown and "2 items" in shown, shown


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (CHEAPER_OF_THOSE_AND_BOTH[0], "low"),
        ("the cheeper one of those in sz 7", "low"),
        ("cheapest pair in a 7 please", "low"),
        ("the less expensive of them, and the dress too", "low"),
        ("the pricier one of those in 7 and the dress", "high"),
        ("add the cheaper belt and the tie", None),  # a kind named: shop_nlu/cart_picks.py
        ("is express cheaper than standard?", None),
        ("add both the dress and the shoes to my cart", None),
    ],
)
def test_the_cheaper_one_of_those_is_read_as_a_pick_by_price(text, end):
    assert price_end_of_those(text) == end
