"""Stranger test 52 (docs/nlu/stranger-test-52.md, persona Minh, worst problem 5): buying the Henley
Hopsack Blazer in 38R, at "Which colour of the Henley Hopsack Blazer?", "actually cancel i order
wrong size 40 not 38" got a new search for blazers in size 40: the purchase was dropped without a
word and the chosen blazer lost.

A size corrected during the purchase ("size 40 not 38", "40R not 38R") changes the size of the
purchase and goes on where it was: the colour is asked again for the Henley, now in 40R."""

from __future__ import annotations

import pytest

from actions.checkout import ActionStartCheckout
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from tests.actions.conversation_driver import say_and_keep

HENLEY = "Henley Hopsack Blazer"


def henley_waiting_for_a_colour(chat, extractor) -> None:
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "blazer size 38r")
    say_and_keep(
        chat, extractor, ActionSelectProduct(), "select_product", "the henley hopsack blazer"
    )
    asked = say_and_keep(chat, extractor, ActionStartCheckout(), "buy", "ok buy it")
    assert f"Which colour of the {HENLEY}?" in asked.text, asked.text


@pytest.mark.parametrize(
    "text",
    [
        "actually cancel i order wrong size 40 not 38",  # the stranger's words
        "oops size 40 not 38",
        "sorry i meant size 40 not 38",
        "wrong size. 40R not 38R",
        "i need a 40 not a 38",
    ],
)
@pytest.mark.parametrize("intent", ["refine_search", "search_products"])
def test_a_size_corrected_while_buying_changes_the_purchase(chat, extractor, text, intent):
    henley_waiting_for_a_colour(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionSearchProducts(), intent, text)

    print(turn.shown)
    assert f"Which colour of the {HENLEY}?" in turn.shown
    assert "OK, size 40R instead of 38" in turn.shown
    assert turn.buttons and all('"40r"' in button["payload"].lower() for button in turn.buttons)
    assert "I have no" not in turn.shown and "closest" not in turn.shown.lower()
