"""Stranger test 23 (docs/nlu/stranger-test-23.md, persona B, the groom's brother, #6; worst
problem 2): after grey or navy suits in 40R for a wedding, then white shirts in collar 15.5,
"actually scrap the grey, can i see charcoal ones instead" got "I have no charcoal shirts not in
grey in size 15.5" and the same white shirts.

The grey was the suits' (the shirts on screen are white): the suits again, in charcoal, in 40R for
the wedding (the Belvoir comes in charcoal); never a filter "charcoal ... not in grey" that nobody
asked for."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import ActionConversation, say, shown_titles


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(keep_messages=True)


def search(chat, extractor, text: str, intent: str = "search_products"):
    return say(chat, extractor, ActionSearchProducts(), intent, text)


def _suits_then_white_shirts(chat, extractor) -> None:
    search(chat, extractor, "yo my brothers wedding is next saturday and im in charge of my own "
           "suit lol. need something grey or navy, 40R")  # fmt: skip
    assert all("Suit" in title for title in shown_titles(chat)), shown_titles(chat)
    search(chat, extractor, "collar 15.5 for the shirt, white")
    assert all("Shirt" in title for title in shown_titles(chat)), shown_titles(chat)


@pytest.mark.parametrize(
    "text",
    [
        "actually scrap the grey, can i see charcoal ones instead",
        "forget the grey, charcoal instead?",
        "actually scrap grey, show me charcoal ones",
        "instead of grey can i see charcoal",
        "scrap the grey one, got any in charcoal instead",
    ],
)
@pytest.mark.parametrize("intent", ["refine_search", "search_products"])
def test_scrapping_the_suits_grey_shows_the_suits_in_charcoal(chat, extractor, text, intent):
    _suits_then_white_shirts(chat, extractor)

    turn = search(chat, extractor, text, intent)

    print(turn.shown)
    assert "not in grey" not in turn.shown
    assert "shirts" not in turn.shown.lower()
    titles = shown_titles(chat)
    assert "Belvoir Three-Piece Suit" in titles, titles
    assert all("Suit" in title for title in titles), titles
    query = chat.slots["search_query"]
    assert query.get("colour") == "charcoal"
    assert query.get("size") == "40r"
    assert "wedding" in query.get("occasions", [])
    assert not query.get("not_colours")


@pytest.mark.parametrize(
    "text", ["light blue ones instead of white", "scrap the white, light blue instead"]
)
def test_a_colour_of_the_list_on_screen_still_changes_that_list(chat, extractor, text):
    """The shirts are white: "light blue instead of white" is about the shirts, never "light
    blue shirts not in white"."""
    _suits_then_white_shirts(chat, extractor)

    turn = search(chat, extractor, text, "refine_search")

    print(turn.shown)
    assert "not in white" not in turn.shown
    assert all("Suit" not in title for title in shown_titles(chat)), shown_titles(chat)
    query = chat.slots["search_query"]
    assert query.get("colour") == "light blue" and query.get("size") != "40r"
