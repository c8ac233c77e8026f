"""docs/nlu/stranger-test-90.md, B1 (worst problem 6): "I need some heels, nothing higher than a
couple of inches ... nude or tan, size 8" listed the Odette Patent Stiletto (10 cm) first; the
height limit was not said back and no heel heights were shown. Right: heels at or under the height
said, where the catalog gives a height (commerce/heel_heights.py); the limit said back ("heels of
2 inches or lower"); each heel's height in the list; a heel whose height the catalog doesn't give
is never claimed low."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import say_and_keep

B1 = (
    "Hi there! I'm flying to Chicago for a three-day conference on the 8th and I need some heels, "
    "nothing higher than a couple of inches since I'll be standing all day, ideally nude or tan, "
    "size 8. Will they get to me before I fly out on the 8th?"
)
# (what is said, the limit said back, heels that must not be listed, one that must be)
LIMITS = [
    (B1, "2 inches or lower", ["Odette", "Lucia"], "Aveline Slingback"),
    ("heels nothing higher than 2 inches pls", "2 inches or lower", ["Odette", "Lucia"], "Noemi"),
    ("need heels, no more than a couple of inches", "2 inches or lower", ["Lucia"], "Aveline"),
    ("black heels under 5cm", "5 cm or lower", ["Lucia", "Odette", "Celeste"], "Noemi"),
    ("heels max 2 inch heel", "2 inches or lower", ["Odette", "Celeste"], "Noemi"),
    ("i want heels but cant walk in anything over 3 inches", "3 inches or lower",
     ["Odette", "Celeste", "Delphine", "Seraphina", "Giselle"], "Lucia"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "said_back", "higher", "low"), LIMITS)
def test_heels_no_higher_than_said(chat, extractor, text, said_back, higher, low):
    turn = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text)

    assert f"heels of {said_back}" in turn.shown, turn.shown
    assert low in turn.shown, turn.shown
    for title in higher:
        assert title not in turn.shown, turn.shown


@pytest.mark.parametrize("text", [B1, "heels max 2 inch heel", "low heels under 5cm please"])
def test_each_heel_listed_says_its_height(chat, extractor, text):
    turn = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text)

    lines = [line for line in turn.shown.splitlines() if "by Vespera" in line]
    assert lines, turn.shown
    for line in lines:
        assert " cm heel" in line, turn.shown


def test_the_limit_said_after_the_list_filters_it(chat, extractor):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "beige heels size 8")
    turn = say_and_keep(
        chat, extractor, ActionSearchProducts(), "search_products", "max 2 inch heel please"
    )

    assert "heels of 2 inches or lower" in turn.shown, turn.shown
    assert "Lucia" not in turn.shown and "Odette" not in turn.shown, turn.shown
    assert "Aveline Slingback" in turn.shown, turn.shown


def test_a_heel_of_no_known_height_is_never_claimed_low(chat, extractor):
    """The Giselle Bridal Pump's height isn't given: never among heels of 3 inches or lower, nor
    a higher wedding heel offered as the closest."""
    turn = say_and_keep(
        chat, extractor, ActionSearchProducts(), "search_products",
        "wedding heels, nothing higher than 3 inches",
    )  # fmt: skip

    assert "heels of 3 inches or lower" in turn.shown, turn.shown
    for title in ("Giselle", "Celeste", "Odette", "Seraphina", "Delphine", "Rosalind"):
        assert title not in turn.shown, turn.shown
    assert "cm heel (about" in turn.shown, turn.shown


@pytest.mark.parametrize("text", ["trousers under 50 in black", "a belt under 40 in brown"])
def test_a_price_or_a_colour_after_in_is_no_heel_limit(chat, extractor, text):
    turn = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text)

    assert "or lower" not in turn.shown and "cm heel" not in turn.shown, turn.shown


@pytest.mark.parametrize("low", ["low heel only pls", "low heels only please", "kitten heels only"])
def test_low_heels_only_say_their_heights(chat, extractor, low):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "beige heels size 8")
    turn = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", low)

    aveline = [line for line in turn.shown.splitlines() if "Aveline Slingback" in line]
    assert aveline and aveline[0].endswith("— 5 cm heel"), turn.shown
    assert "Odette" not in turn.shown and "Lucia" not in turn.shown, turn.shown
