"""Stranger test 59 (docs/nlu/stranger-test-59.md, "Fixed since", the leftover of problems 2 and
3): after a plain "blue dresses" search, "the first one in L" bought the Mirabel Wrap Dress in Navy
and said "That's in Navy, as you asked". Navy is a blue to search by, but not the blue asked for:
"as you asked" is said only of the colour asked itself."""

from __future__ import annotations

import pytest

from actions.cart import ActionAddToCart
from actions.checkout import ActionStartCheckout
from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import listed, say_and_keep

BLUE_SEARCHES = [
    "blue dresses",
    "any blue dress pls",
    "I'd like a dress in blue, size L",
    "show me dresses in blue",
    "dresses in blue for me pls",
]


def _navy_only_place(turn) -> int:
    """The place (1-based) in the list of a dress offered in Navy but in no plain Blue."""
    for place, line in enumerate(listed(turn.shown), start=1):
        colours = line.rsplit("(", 1)[-1]
        if "Navy" in colours and "Blue" not in colours:
            return place
    raise AssertionError(f"no navy-only dress listed:\n{turn.shown}")


ORDINALS = {1: "first", 2: "second", 3: "third"}


@pytest.mark.parametrize("search", BLUE_SEARCHES)
def test_navy_bought_after_a_blue_search_is_not_as_asked(chat, extractor, search):
    shown = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", search)
    place = ORDINALS[_navy_only_place(shown)]

    turn = say_and_keep(chat, extractor, ActionStartCheckout(), "buy", f"the {place} one in L")

    assert "Navy" in turn.shown
    assert "Navy, as you asked" not in turn.shown
    assert "Navy as you asked" not in turn.shown


@pytest.mark.parametrize("add", ["add the {} one in L", "put the {} one in my cart, size L"])
def test_navy_added_after_a_blue_search_is_not_as_asked(chat, extractor, add):
    shown = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "blue dresses")
    place = ORDINALS[_navy_only_place(shown)]

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", add.format(place))

    assert "Navy" in turn.shown
    assert "Navy, as you asked" not in turn.shown


def test_blue_bought_after_a_blue_search_is_still_as_asked(chat, extractor):
    shown = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "blue dresses")
    place = next(
        place
        for place, line in enumerate(listed(shown.shown), start=1)
        if "Blue" in line.rsplit("(", 1)[-1].rstrip(")").split(", ")
    )

    turn = say_and_keep(
        chat, extractor, ActionStartCheckout(), "buy", f"the {ORDINALS[place]} one in L"
    )

    assert "Blue, as you asked" in turn.shown
