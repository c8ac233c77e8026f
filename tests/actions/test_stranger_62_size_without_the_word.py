"""Stranger test 62 (docs/nlu/stranger-test-62.md, message B3; fixB brief): a shoe size said
without the word "size" ("black 7.5", "in a 9", "9s", "my 10.5") is the size; a price or a count
never is."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import listed, say

SIZES_SAID_BARE = [
    ("ok and do you have flats to go with it? black 7.5, totally flat please", "7.5"),
    ("black flats, black 7.5", "7.5"),
    ("flats in black 7.5 pls", "7.5"),
    ("black sneakers in a 9", "9"),
    ("white sneakers, 9s", "9"),
    ("loafers in my 10.5", "10.5"),
    ("brown 8 boots please", "8"),
    ("any flats in my usual 7.5?", "7.5"),
]


@pytest.mark.parametrize(("message", "size"), SIZES_SAID_BARE, ids=lambda m: str(m)[:40])
def test_a_bare_shoe_size_is_the_size(extractor, message, size):
    sizes = [e.value for e in extractor.extract(message) if e.entity == "size"]
    assert sizes == [size], sizes


NOT_SIZES = [
    "black dress under 75",
    "2 black shirts please",
    "black shoes, $9 off?",
    "my 5 kids need nothing, just a black dress",
    "black shoes for 100",
    "a black 2 piece suit",
]


@pytest.mark.parametrize("message", NOT_SIZES, ids=lambda m: m[:40])
def test_a_price_or_count_is_no_size(extractor, message):
    assert not [e for e in extractor.extract(message) if e.entity == "size"]


@pytest.mark.parametrize(
    "message", ["black flats 7.5", "women's flats, black 7.5 please", "black flats in a 7.5"]
)
def test_the_bare_size_is_searched(chat, extractor, message):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", message)

    print(turn.shown)
    assert "size 7.5" in turn.shown, turn.shown
    assert listed(turn.shown), turn.shown
