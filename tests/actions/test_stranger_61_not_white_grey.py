"""Stranger test 61 (docs/nlu/stranger-test-61.md, persona DJ, worst problem 4): after white
sneakers in EU 42 and "got it in 43 ?", "not white, grey ok" got "I have no white sneakers not in
white or grey in size EU 42 in stock right now", no grey shown though the Stratus Runner comes in
Grey, and "ill take the first" then bought it in White.

"Not X, Y ok" replaces the colour: X ruled out, Y searched, the kind and the size asked about
last kept, and "the first" is bought in the colour asked (or its colour asked)."""

from __future__ import annotations

import pytest

from actions.checkout import ActionStartCheckout
from actions.discovery import ActionCheckAvailability, ActionSearchProducts
from tests.actions.conversation_driver import listed, say

SWAPS = [
    "not white, grey ok",
    "no white, grey is fine",
    "not in white pls, grey or black",
    "white no. grey?",
    "nah not white, grey would be fine",
    "not white, grey's ok",
]


@pytest.mark.parametrize("text", SWAPS)
def test_grey_is_wanted_and_white_ruled_out(extractor, text):
    colours = {(e.value, e.role) for e in extractor.extract(text) if e.entity == "colour"}
    assert ("white", "excluded") in colours
    assert ("grey", None) in colours


@pytest.mark.parametrize(
    "text", ["not white or grey", "no black or navy", "no black, navy or brown"]
)
def test_a_list_after_a_negation_is_still_ruled_out(extractor, text):
    assert all(e.role == "excluded" for e in extractor.extract(text) if e.entity == "colour")


def _dj_until_43(chat, extractor):
    say(
        chat,
        extractor,
        ActionSearchProducts(),
        "search_products",
        "hi need white sneakrs size 42 eu",
    )
    say(chat, extractor, ActionSearchProducts(), "search_products", "cheapst one pls")
    return say(chat, extractor, ActionCheckAvailability(), "check_availability", "got it in 43 ?")


@pytest.mark.parametrize("text", SWAPS)
def test_not_white_grey_ok_searches_grey_sneakers_in_43(chat, extractor, text):
    _dj_until_43(chat, extractor)

    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.shown)
    shown = turn.shown.lower()
    assert "white sneakers" not in shown
    assert "not in white or grey" not in shown
    assert "42" not in shown
    heading = shown.split("\n")[0]
    assert "grey" in heading and "not in white" not in heading  # grey is never white
    assert listed(turn.shown)
    assert all(not line.endswith("(White)") for line in listed(turn.shown))


@pytest.mark.parametrize(
    ("swap", "buy", "asked"),
    [("not white, grey ok", "ill take the first", ("Grey",)),
     ("white no. grey?", "the first one pls", ("Grey",)),
     ("no white, grey is fine", "buy the 1st", ("Grey",)),
     ("not in white pls, grey or black", "ill take the first", ("Grey", "Black"))],
)  # fmt: skip
def test_the_first_is_bought_in_grey_not_white(chat, extractor, swap, buy, asked):
    _dj_until_43(chat, extractor)
    say(chat, extractor, ActionSearchProducts(), "search_products", swap)

    turn = say(chat, extractor, ActionStartCheckout(), "buy", buy)

    print(turn.shown)
    assert "White" not in turn.shown
    assert any(colour in turn.shown for colour in (*asked, "Which colour"))


@pytest.mark.parametrize("text", ["blue shirts but not navy", "shirts in blue, no navy pls"])
def test_a_shade_ruled_out_of_the_colour_searched_is_still_said(chat, extractor, text):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.shown)
    assert "not in navy" in turn.shown.split("\n")[0]
