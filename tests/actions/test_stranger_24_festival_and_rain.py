"""Stranger test 24 (docs/nlu/stranger-test-24.md, persona Mateus, worst problem 4): "what you
recommend for festival? is outside, 3 days camping, maybe rain" listed a linen suit, a dinner
jacket and a linen blazer; "ok and maybe a light jacket for if it rains in the night" got "I have
no lightweight jackets ... The closest jackets, though not lightweight: Lancaster Linen Blazer".

A festival and camping are casual summer wear, never tailoring first; "if it rains" asks for a
jacket that keeps the rain out, and the shop sells none: say so, no blazer in its place. A
blazer the catalog calls unstructured (made without canvas or lining) is a light one."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import search, shown_titles

FIRST = "hello, i go to my first music festival next weekend and i need some clothes for it"
TAILORING = ("Suit", "Dinner Jacket", "Tuxedo", "Blazer")


@pytest.mark.parametrize(
    "text",
    [
        "what you recommend for festival? is outside, 3 days camping, maybe rain",
        "what should i wear to a music festival",
        "need clothes for camping this weekend",
        "any good stuff for festivals? were camping",
        "going camping at a festival, what clothes do u have",
    ],
)
def test_festival_and_camping_clothes_are_casual_not_tailoring(chat, extractor, text):
    search(chat, extractor, FIRST)

    turn = search(chat, extractor, text)

    print(turn.text)
    titles = shown_titles(chat)
    assert titles, turn.text
    assert not [title for title in titles if title.endswith(TAILORING)], titles
    assert "casual" in chat.slots["search_query"].get("occasions", [])


@pytest.mark.parametrize(
    "text",
    [
        "ok and maybe a light jacket for if it rains in the night",
        "a jacket in case it rains",
        "need a jacket for when it rains",
        "something to wear if it rains, like a jacket",
        "any light jackets in case of rain?",
    ],
)
def test_a_jacket_for_the_rain_is_not_a_blazer(chat, extractor, text):
    search(chat, extractor, "and shorts? something casual for man, size M")

    turn = search(chat, extractor, text)

    print(turn.text)
    assert "rainproof" in turn.text  # said honestly: none is sold
    assert not [title for title in shown_titles(chat) if "Blazer" in title]
    assert "Blazer" not in turn.text


def test_an_unstructured_linen_blazer_is_not_called_heavy(chat, extractor):
    turn = search(chat, extractor, "a light jacket for men")

    print(turn.text)
    assert "Lancaster Linen Blazer" in turn.text
    assert "not lightweight" not in turn.text
