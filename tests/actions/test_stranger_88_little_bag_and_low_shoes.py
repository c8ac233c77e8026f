"""Stranger test 88 B3 (docs/nlu/stranger-test-88.md, persona Priya): with the Sienna Satin Slip
Dress opened, "What would go with it? ... shoes that aren't too high, and maybe a little bag for my
pen and lipstick." listed 9 items "the flattest first", a $369 leather tote and a backpack first
and the low shoes last.

Now the shoes come first (she named them first), the lowest first, then only small bags (a
clutch, an evening bag, a crossbody), never a tote or a backpack; "the flattest first" is said of
the shoes only."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.recommendations import ActionSuggestOutfit
from tests.actions.conversation_driver import listed, say, search, shown_titles

DRESS = "Sienna Satin Slip Dress"
BIG_BAGS = ("Tote", "Backpack", "Briefcase", "Weekender", "Messenger")
SHOE_WORDS = ("Flat", "Slipper", "Heel", "Slingback", "Pump", "Mule", "Sandal", "Loafer")

ASKED = [
    "What would go with it? I'd love shoes that aren't too high, and maybe a little bag for my "
    "pen and lipstick.",
    "what would go with it? shoes that arent too high and a small bag",
    "what goes with it - low heels and a little bag pls",
    "Any shoes and a bag to go with it? Nothing too high, and the bag just for my phone and keys",
    "wat shoes n a lil bag go w it, not high heels",
]


def open_the_dress(chat, extractor) -> None:
    search(chat, extractor, "cocktail dress, pink or maybe red, size medium, not more than $250")
    titles = shown_titles(chat)
    assert DRESS in titles, titles
    opened = say(
        chat, extractor, ActionSelectProduct(), "select_product", str(titles.index(DRESS) + 1)
    )
    assert DRESS in opened.text, opened.text


def assert_shoes_then_little_bags(turn) -> None:
    print(turn.text)
    lines = listed(turn.text)
    assert lines, turn.text
    assert not any(big in line for line in lines for big in BIG_BAGS), lines
    kinds = ["shoe" if any(w in line for w in SHOE_WORDS) else "bag" for line in lines]
    assert "shoe" in kinds and "bag" in kinds, lines
    assert kinds == sorted(kinds, reverse=True), lines  # every shoe before every bag
    assert "Stiletto" not in turn.text


@pytest.mark.parametrize("text", ASKED)
@pytest.mark.parametrize(
    ("action", "intent"),
    [(ActionSuggestOutfit(), "ask_what_goes_with"), (ActionSearchProducts(), "search_products")],
)
def test_low_shoes_first_then_only_small_bags(chat, extractor, text, action, intent):
    open_the_dress(chat, extractor)

    turn = say(chat, extractor, action, intent, text)

    assert_shoes_then_little_bags(turn)
