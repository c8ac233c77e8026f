"""Stranger test 62 (docs/nlu/stranger-test-62.md, persona Gloria #3, worst problem 3): "do you
have flats to go with it? black, size 7.5, totally flat" after one dress was shown got "None of
the products on screen fits that." A request naming a kind to go with the product in focus is a
search for that kind, not a pick among those on screen, however the classifier heard it."""

from __future__ import annotations

import pytest

from actions.checkout import ActionStartCheckout
from actions.discovery import ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import listed, say, say_and_keep, shown_titles

ASKS = [
    "ok and do you have flats to go with it? black, size 7.5, totally flat for the pedals please",
    "do you have flats to go with it? black, 7.5",
    "any black flats to match, size 7.5? totally flat pls",
    "i need flats that go with the dress, black, 7.5, completely flat",
    "and flats to go with this one? black size 7.5",
    "got any flat shoes to match it? black, 7.5",
]


@pytest.mark.parametrize("heard_as", ["buy", "search_products"])
@pytest.mark.parametrize("message", ASKS, ids=lambda m: m[:40])
def test_flats_to_go_with_the_dress_are_searched(chat, extractor, message, heard_as):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "black velvet dress")
    action = ActionStartCheckout() if heard_as == "buy" else ActionSearchProducts()

    turn = say(chat, extractor, action, heard_as, message)

    print(turn.shown)
    assert "none of the products on screen" not in turn.shown.lower(), turn.shown
    assert listed(turn.shown), turn.shown
    assert "flat" in turn.shown.lower() and "7.5" in turn.shown, turn.shown


@pytest.mark.parametrize("message", ASKS, ids=lambda m: m[:40])
def test_flats_to_go_with_the_dress_in_focus_are_searched(chat, extractor, message):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "black dresses")
    say_and_keep(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
                 "the second one, does it have sleeves?")  # fmt: skip

    turn = say(chat, extractor, ActionStartCheckout(), "buy", message)

    print(turn.shown)
    assert "which size" not in turn.shown.lower(), turn.shown
    assert listed(turn.shown), turn.shown
    assert "flat" in turn.shown.lower() and "7.5" in turn.shown, turn.shown


def test_buying_the_dress_in_focus_still_buys_it(chat, extractor):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "black dresses")
    say_and_keep(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
                 "the second one, does it have sleeves?")  # fmt: skip

    turn = say(chat, extractor, ActionStartCheckout(), "buy", "ok i'll take the dress in a medium")

    print(turn.shown)
    assert not listed(turn.shown), turn.shown


@pytest.mark.parametrize(
    "message",
    [
        "Right, let's do the dress first then, I'll take it in a medium",
        "let's sort the dress first, then the flats",
        "ok the dress first. in M",
    ],
)
def test_the_dress_first_is_no_first_one_on_screen(extractor, message):
    assert not any(e.entity == "ordinal" for e in extractor.extract(message))
    assert any(e.value == "dresses" for e in extractor.extract(message))


@pytest.mark.parametrize("message", ["ok the first then", "the first one then", "i take first"])
def test_the_first_then_is_still_the_first_one(extractor, message):
    assert [e.value for e in extractor.extract(message) if e.entity == "ordinal"] == ["1"]


def test_the_dress_first_after_the_flats_buys_the_dress(chat, extractor):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "black dresses")
    say_and_keep(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
                 "the second one, does it have sleeves?")  # fmt: skip
    dress = shown_titles(chat)[1]
    say_and_keep(chat, extractor, ActionStartCheckout(), "buy", ASKS[0])

    turn = say(chat, extractor, ActionStartCheckout(), "buy",
               "Right, let's do the dress first then, I'll take it in a medium")  # fmt: skip

    print(turn.shown)
    assert dress in turn.shown and "Flat" not in turn.shown, turn.shown
