"""Stranger test 15's search misses (docs/nlu/stranger-test-15.md): "spilled red wine all over my
only white dress shirt" searched red or burgundy or white shirts; "no stilettos. block heel or
flats, size 7" showed the Odette Patent Stiletto second; "a three piece suit" showed a two-piece
first."""

from __future__ import annotations

import pytest

from actions.conversation.said import kinds_left_for_later
from tests.actions.conversation_driver import search, shown_titles

# --- C3.1: the colour of what was spilled is not a colour wanted --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ugh spilled red wine all over my only white dress shirt, need a new one asap",
        "just spilt red wine on my white dress shirt, need another",
        "red wine stain on my white dress shirt, can i get a new one",
        "spilled wine on my white dress shirt lol, need a replacement",
        "UGH SPILLED RED WINE ON MY WHITE DRESS SHIRT",
        "got red wine all over my white dress shirt, need a new white one",
    ],
)
def test_spilled_red_wine_is_no_colour_wanted(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    assert chat.slots["search_query"].get("colour") == "white", chat.slots["search_query"]
    assert "red" not in turn.text.splitlines()[0]
    assert "burgundy" not in turn.text.splitlines()[0]


# --- C2.6: "no stilettos. block heel or flats, size 7" ------------------------------------------

GRASS = "also need shoes that wont sink in the grass, so no stilettos. block heel or flats, size 7"


@pytest.mark.parametrize(
    "text",
    [
        GRASS,
        "no stilettos pls, block heel or flats in a 7",
        "not stilettos, block heels or flats, size 7",
        "anything but stilettos, block heel or flat shoes size 7",
        "block heel or flats, size 7, no stilettos",
        "NO STILETTOS. BLOCK HEEL OR FLATS SIZE 7",
    ],
)
def test_no_stilettos_block_heel_or_flats_in_a_size(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    titles = shown_titles(chat)
    assert titles, turn.text
    assert not any("Stiletto" in title for title in titles), titles
    assert chat.slots["search_query"].get("size") == "7", chat.slots["search_query"]
    assert "size 7" in turn.text.splitlines()[0]


# --- C1.2: "a three piece suit" -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "thinking a three piece suit, charcoal or black, 40R",
        "do you have a three-piece suit?",
        "3 piece suit in 40R",
        "any 3-piece suits",
        "THREE PIECE SUIT PLS",
        "looking for a suit with a waistcoat, three piece",
    ],
)
def test_a_three_piece_suit_is_searched_as_one(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    first_line = turn.text.splitlines()[0].lower()
    titles = shown_titles(chat)
    assert "two-piece" not in " ".join(titles[:1]).lower(), titles
    assert "three-piece" in first_line, turn.text


@pytest.mark.parametrize(
    "text",
    [
        GRASS,
        "block heel or flats",
        "block heels or flats pls, size 7",
        "either a block heel or flats",
        "BLOCK HEEL OR FLAT SHOES",
    ],
)
def test_block_heel_or_flats_lists_both(chat, extractor, text):
    """The block heel is asked of the heels only: the flats are listed too, not left out for
    having no block heel."""
    turn = search(chat, extractor, text)

    print(turn.text)
    titles = shown_titles(chat)
    assert titles[0] == "Lucia Block-Heel Pump", titles
    assert any("Flat" in title for title in titles), titles


@pytest.mark.parametrize(
    ("text", "later"),
    [
        ("also need shoes that wont sink in the grass. block heel or flats", []),
        ("and shoes, flats maybe", []),
        ("ok also shoes, or flats", []),
        ("also need a suit and shoes", ["shoes"]),
        ("and a suit, also shoes", ["shoes"]),
    ],
)
def test_an_opening_also_joins_no_kinds(text, later):
    """An "also" that opens the message goes on from the last one; the kinds named after it are
    one search, their colour and size kept (the size 7 of "also need shoes ... flats, size 7")."""
    kinds = ["shoes", "flats"] if "suit" not in text else ["suits", "shoes"]
    assert kinds_left_for_later({"category": kinds}, text) == later
