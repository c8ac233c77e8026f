"""Stranger test 49 (docs/nlu/stranger-test-49.md, persona Ilona, worst problem 4): "a dress for my
company's end-of-year dinner ..., it's a smart-casual sort of thing at a nice restaurant" searched
"casual evening dresses for office": a dinner with colleagues is an evening out, and a smart-casual
dress code said of it is no office wear. Stranger test 38 (docs/nlu/stranger-test-38.md, problem 2):
a christening was no occasion at all; it is a day out dressed up for like a wedding guest."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import say, shown_titles


@pytest.mark.parametrize(
    "text",
    [
        "I'm looking for a dress for my company's end-of-year dinner in mid December, it's a "
        "smart-casual sort of thing at a nice restaurant",
        "dress for a work dinner, smart casual",
        "need a dress for the company dinner",
        "a dress for our team dinner next week",
        "dress for the work christmas dinner, smart casual",
        "dress for the office christmas dinner",
    ],
)
def test_a_dinner_with_colleagues_is_an_evening_not_the_office(chat, extractor, text):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    heading = turn.text.split("\n")[0].lower()
    assert "office" not in heading, heading
    assert "evening" in heading, heading
    assert not any("Sundress" in title for title in shown_titles(chat)), shown_titles(chat)


def test_smart_casual_alone_is_still_for_the_office_and_casual(chat, extractor):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", "smart casual dress")

    assert "smart casual" in turn.text.split("\n")[0].lower(), turn.text


@pytest.mark.parametrize(
    "text",
    [
        "a dress for my granddaughter's christening",
        "i need a dress for a christening",
        "dress for a baptism on sunday",
        "something to wear to my nephews christening, a dress",
        "dress for the christening please",
    ],
)
def test_a_christening_is_dressed_for_like_a_wedding_guest(chat, extractor, text):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    assert "christening" in turn.text.split("\n")[0].lower() or "baptism" in turn.text.lower()
    titles = shown_titles(chat)
    assert titles and not any("Bridal" in title or "Sequin" in title for title in titles), titles
