"""Stranger tests 54 and 52: a numeric dress size in the shop's dress sizes.

- docs/nlu/stranger-test-54.md, problem 2 (Gareth): after asking to exchange his wife's dress for
  the next size up, "she wants a 14 instead of the 12, UK sizes I mean" got the exchanges answer
  but the UK 14 was never put in the shop's sizes.
- docs/nlu/stranger-test-52.md, problem 6 (Harriet): "a dress ... emerald green, something flowy,
  size 8, ideally under $200" listed dresses each "not in size 8": a US 8 was never related to the
  letter sizes those dresses come in.

The one chart is commerce/sizes.py (UK = US + 4; US 8 to 10 = M, ...)."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionReturnOrder
from actions.discovery import ActionCheckAvailability, ActionSearchProducts, ActionSelectProduct
from tests.actions.conversation_driver import say_and_keep, search

RETURN = (
    "I ordered a dress for my wife, a size too small, the order number is HL-4TQ8WP and my email "
    "is gareth@example.com, can I send it back and get the next size up?"
)


@pytest.mark.parametrize(
    ("text", "converted"),
    [
        (
            "It's the green one, she wants a 14 instead of the 12, UK sizes I mean",
            "UK 14 is a US 10",
        ),
        ("the green one. a uk 14 instead of a 12 please", "UK 14 is a US 10"),
        ("she needs size 14 instead of 12, in UK sizing", "UK 14 is a US 10"),
        ("green, 12 instead of the 10 she got, british sizes", "UK 12 is a US 8"),
    ],
)
def test_a_uk_dress_size_asked_in_an_exchange_is_put_in_our_sizes(chat, extractor, text, converted):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "velvet blazer")
    say_and_keep(chat, extractor, ActionSelectProduct(), "select_product", "the soho velvet blazer")
    say_and_keep(chat, extractor, ActionReturnOrder(), "return_order", RETURN)

    turn = say_and_keep(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    assert "exchang" in turn.shown.lower(), turn.shown
    assert converted in turn.shown, turn.shown
    assert "an M in our dresses sized by letter" in turn.shown, turn.shown


def test_a_us_dress_size_asked_in_an_exchange_gets_its_letter(chat, extractor):
    say_and_keep(chat, extractor, ActionReturnOrder(), "return_order", RETURN)

    turn = say_and_keep(
        chat, extractor, ActionCheckAvailability(), "check_availability",
        "she wants a 14 instead of the 12",
    )  # fmt: skip

    assert "A US 14 is an L in our dresses sized by letter" in turn.shown, turn.shown


HARRIET = (
    "Hi there! So my fiancé and I have our engagement photo shoot in a couple of weeks down at "
    "the harbour, golden hour, the whole thing, and I'm hunting for a dress - I was thinking "
    "emerald green, something flowy, size 8, ideally under $200?"
)


@pytest.mark.parametrize(
    ("text", "letter", "said"),
    [
        (HARRIET, "M", "US 8 is an M in our dresses"),
        ("green dress under 200, size 8", "M", "US 8 is an M in our dresses"),
        ("a green dress in a US 4 under $200", "S", "US 4 is an S in our dresses"),
        ("green dress under $200, uk 12", "M", "UK 12 is US 8, an M in our dresses"),
        ("green dress under $200 size 12", "L", "US 12 is an L in our dresses"),
    ],
)
def test_a_numeric_dress_size_is_searched_as_its_letter(chat, extractor, text, letter, said):
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert said in turn.shown
    assert f"not in size {letter}" not in turn.shown
    assert "not in size 8" not in turn.shown and "not in size 12" not in turn.shown
    assert chat.slots["search_query"]["size"] == letter.lower()


@pytest.mark.parametrize(
    ("text", "said", "letter"),
    [
        ("do you have it in 8?", "US 8 is an M", "M"),
        ("does it come in a uk 14", "UK 14 is US 10, an M", "M"),
        ("have it in size 4?", "US 4 is an S", "S"),
        ("is it available in a 12", "US 12 is an L", "L"),
        ("do you have it in EU 38?", "EU 38 is US 6, an S", "S"),
    ],
)
def test_a_numeric_size_asked_of_a_dress_in_letters_is_its_letter(
    chat, extractor, text, said, letter
):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "linen sundress")
    say_and_keep(
        chat, extractor, ActionSelectProduct(), "select_product", "the coralie linen sundress"
    )

    turn = say_and_keep(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    assert said in turn.shown, turn.shown
    assert f"in {letter}" in turn.shown or f"in stock in {letter}" in turn.shown, turn.shown
    assert "isn't made in size" not in turn.shown
