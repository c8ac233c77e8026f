"""Stranger test 43 (docs/nlu/stranger-test-43.md, persona Murat, worst problem 1): with three
suits on screen, "number 1 have XL?" got "I found 8 clothing for men in size XL", a new search.

Stranger test 44 (docs/nlu/stranger-test-44.md, persona Dev, worst problem 2): on the Soho Velvet
Blazer, opened after a grey search, "in stock M?" got "doesn't come in grey".

A size question about a numbered product on screen ("number 1", "nr 2", "#3", "no. 2") is a
question about that product, and a size question about the one opened is answered about the size,
never about a colour of an earlier search."""

from __future__ import annotations

import pytest

from actions.discovery import ActionCheckAvailability, ActionSearchProducts, ActionSelectProduct
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import say

WHITEHALL = "Whitehall Two-Piece Suit"
BELVOIR = "Belvoir Three-Piece Suit"
ASCOT = "Ascot Morning Suit"
SOHO = "Soho Velvet Blazer"

ASKED = [
    ("number 1 have XL?", WHITEHALL, "XL"),
    ("nr 2 in L?", BELVOIR, "L"),
    ("does #3 come in xl?", ASCOT, "XL"),
    ("Number 1 in xl", WHITEHALL, "XL"),
    ("no. 2 have size L?", BELVOIR, "L"),
    ("the 1st one in XL?", WHITEHALL, "XL"),
    ("numbr 1 have xl", WHITEHALL, "XL"),
]


@pytest.mark.parametrize(("text", "_title", "_size"), ASKED)
@pytest.mark.parametrize(
    ("guess", "confidence"),
    [("nlu_fallback", 0.4), ("search_products", 0.6), ("refine_search", 0.53)],
)
def test_a_size_asked_of_a_numbered_one_is_an_availability_question(
    extractor, text, _title, _size, guess, confidence
):
    resolution = resolve_intent(guess, confidence, extractor.extract(text), text, None)

    assert resolution is not None and resolution.intent == "check_availability", resolution


@pytest.mark.parametrize(("text", "title", "size"), ASKED)
def test_a_size_asked_of_a_numbered_suit_is_answered_about_that_suit(
    chat, extractor, text, title, size
):
    say(chat, extractor, ActionSearchProducts(), "search_products", "men suits")

    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    print(turn.text)
    assert f"The {title} isn't made in size {size}" in turn.text
    assert "I found" not in turn.text


@pytest.mark.parametrize(
    "text", ["in stock M?", "in stock m", "have M?", "got it in M?", "is it in stock in M?"]
)
def test_a_letter_size_asked_of_a_blazer_is_not_answered_about_a_colour(chat, extractor, text):
    say(chat, extractor, ActionSearchProducts(), "search_products", "grey blazers")
    say(chat, extractor, ActionSearchProducts(), "refine_search", "under 80")
    say(chat, extractor, ActionSelectProduct(), "select_product", "the soho velvet blazer")

    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    print(turn.text)
    assert "grey" not in turn.text.lower()
    assert f"The {SOHO} isn't made in size M" in turn.text
    assert "36R" in turn.text
