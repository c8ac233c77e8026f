"""Stranger test 50 (docs/nlu/stranger-test-50.md, persona Rico).

Worst problem 3: "size m" with the Gerrard Pleated Tuxedo Shirt on screen got the shoe size chart.
A letter size said alone with a shirt in view is about that shirt: it comes in collar sizes.

Worst problem 2: after "bet ill take it" ("Which size of the Gerrard Pleated Tuxedo Shirt?") Rico
typed his name, email and address, "express pls" and "ok send it": the email and address got "not
sure what you mean" and "ok send it" got "There's nothing to check out right now": the purchase
was dropped without a word. A letter size answering the size question of a shirt sold in collar
sizes gets the collar sizes; details typed early keep the purchase waiting, and say what it
still needs."""

from __future__ import annotations

import pytest

from actions.checkout import ActionPlaceOrder, ActionReviewOrder, ActionStartCheckout
from actions.chitchat import ActionOutOfScope
from actions.discovery import ActionSearchProducts
from actions.order_details import ActionTakeOrderDetails
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say, say_and_keep

SHIRT = "Gerrard Pleated Tuxedo Shirt"
COLLARS = ["14.5", "15", "15.5", "16", "16.5", "17"]


def shirt_on_screen(chat, extractor) -> None:
    found = say_and_keep(
        chat, extractor, ActionSearchProducts(), "search_products",
        "yo need black shirt slim fit",
    )  # fmt: skip
    # "4 work" now reads as office wear, which the tuxedo shirt is not (test_stranger_54_work_shirts)
    assert SHIRT in found.text, found.text


@pytest.mark.parametrize(
    "text", ["size m", "size M", "sz medium", "size m?", "size medium pls", "size M pls", "size L?"]
)
def test_a_letter_size_of_the_shirt_on_screen_gets_its_collar_sizes(chat, extractor, text):
    shirt_on_screen(chat, extractor)

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_size_guide", text)

    print(turn.text)
    assert "shoes" not in turn.text.lower()
    assert SHIRT in turn.text
    assert "collar sizes" in turn.text
    assert all(size in turn.text for size in COLLARS)


def buy_the_shirt(chat, extractor):
    shirt_on_screen(chat, extractor)
    asked = say_and_keep(chat, extractor, ActionStartCheckout(), "buy", "bet ill take it")
    assert f"Which size of the {SHIRT}?" in asked.text
    return asked


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("search_products", "m"),
        ("refine_search", "medium"),
        ("refine_search", "M pls"),
        ("search_products", "size medium"),
        ("refine_search", "im a medium"),
        ("search_products", "medium please"),
    ],
)
def test_a_letter_size_for_the_collar_size_question(chat, extractor, intent, text):
    buy_the_shirt(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionSearchProducts(), intent, text)

    print(turn.text)
    assert "collar sizes" in turn.text
    assert all(size in turn.text for size in COLLARS)
    assert [button["title"] for button in turn.buttons] == COLLARS


def test_details_typed_early_keep_the_purchase_waiting(chat, extractor):
    buy_the_shirt(chat, extractor)
    steps = [
        (ActionOutOfScope(), "out_of_scope", "Rico Mendez"),
        (ActionTakeOrderDetails(), "inform", "ricomendez99@gmail.com"),
        (ActionTakeOrderDetails(), "inform", "221 s 4th st apt 2 11211 brooklyn ny"),
        (ActionReviewOrder(), "choose_shipping", "express pls"),
        (ActionPlaceOrder(), "place_order", "ok send it"),
    ]
    for action, intent, text in steps:
        turn = say_and_keep(chat, extractor, action, intent, text)

        print(text, "->", turn.shown)
        assert "not sure what you mean" not in turn.shown
        assert "nothing to check out right now" not in turn.shown
        assert SHIRT in turn.shown, text
        assert "size" in turn.shown
        assert [button["title"] for button in turn.buttons] == COLLARS, text


@pytest.mark.parametrize("text", ["size m", "size M?", "size medium"])
def test_a_letter_size_of_a_dress_on_screen_is_its_stock(chat, extractor, text):
    say(chat, extractor, ActionSearchProducts(), "search_products", "velvet dresses")

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_size_guide", text)

    print(turn.text)
    assert "shoes" not in turn.text.lower()
    assert "Vivienne Velvet Dress" in turn.text
    assert " M" in turn.text
