"""Stranger test 46 (docs/nlu/stranger-test-46.md), persona Gerald: a retired man cast as Jay
Gatsby, after a 1920s-looking cream or white (linen) suit in 42R.

Worst problem 1: "(first lead in twenty years, my wife is thrilled and terrified in equal measure)
and I need a suit that looks 1920s, ideally cream or white, maybe linen. I'm a 42 regular in
jackets." searched suits for women, put "jackets" off for later as a second request and dropped
cream, white and linen without a word. A partner told of in passing ("my wife is thrilled", "my
husband laughed") is not whom the clothes are for ("for my wife", "she needs" are); "a 42 regular
in jackets" is his size, not a second kind; and a colour or material no suit comes in is said to be
given up ("not in cream or white")."""

from __future__ import annotations

import re

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import say, shown_titles

GERALD = (
    "Good evening! I've been cast as Jay Gatsby in our village amateur dramatics society's "
    "production this spring (first lead in twenty years, my wife is thrilled and terrified in "
    "equal measure) and I need a suit that looks 1920s, ideally cream or white, maybe linen. "
    "I'm a 42 regular in jackets."
)


@pytest.mark.parametrize(
    "text",
    [
        GERALD,
        "my wife is thrilled and terrified, but I need a suit for the play, 42R",
        "my husband laughed when I told him, but I need a suit in 42 regular",
        "first lead in 20 yrs!! the wife is over the moon. need a suit 42R pls",
        "my daughter thinks i look like gatsby already lol. a suit please, 42 regular",
        "My wife was thrilled. I need a navy suit, 42R",
        "my girlfriend is coming to the opening night, looking for a suit 42r",
    ],
)
def test_a_partner_told_of_in_passing_is_not_whom_the_suit_is_for(chat, extractor, text):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    assert "for women" not in turn.text
    assert "then ask me for" not in turn.text
    titles = shown_titles(chat)
    assert titles and all("Suit" in title for title in titles), titles


@pytest.mark.parametrize(
    "text",
    [
        "my wife is a size 10, she needs a black dress",
        "my wife is going to a wedding and needs a dress, size 10",
        "a black dress for my wife please, size 10",
        "looking for a dress as a gift, my wife loves black, size 10",
        "my girlfriend's birthday is soon, a black dress in size 10",
    ],
)
def test_clothes_said_to_be_for_her_are_still_for_women(chat, extractor, text):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    assert "for women" in turn.text


@pytest.mark.parametrize(
    "text",
    [
        GERALD,
        "I'm a 42 regular in jackets and I need a suit",
        "need a suit, im 42R in jackets",
        "a suit please. I take a 42 regular in jackets",
        "suit for a play, i'm usually a 42r in jackets",
        "i'm a 42 regular in a jacket, looking for a grey suit",
    ],
)
def test_a_size_told_in_jackets_is_the_suits_size_not_a_second_request(chat, extractor, text):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    assert "then ask me for the jackets" not in turn.text
    assert "42R" in turn.text or "42 regular" in turn.text.lower()
    titles = shown_titles(chat)
    assert titles and all("Suit" in title for title in titles), titles


@pytest.mark.parametrize(
    "text",
    [
        GERALD,
        "a cream suit in 42R please",
        "need a white linen suit, 42 regular",
        "my wife is thrilled. i need a suit, cream or white, 42R",
        "suit in cream, maybe linen? 42r",
    ],
)
def test_a_colour_no_suit_comes_in_is_said_to_be_given_up(chat, extractor, text):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    assert re.search(r"I have no (?:cream|white)\b.* suits", turn.text)
    assert re.search(r"\bnot in (?:cream|white)\b", turn.text, re.IGNORECASE)
    assert "for women" not in turn.text
    titles = shown_titles(chat)
    assert titles and all("Suit" in title for title in titles), titles
