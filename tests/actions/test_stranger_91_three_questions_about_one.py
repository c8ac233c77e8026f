"""Three questions about the product opened, answered with one unrelated line
(docs/nlu/stranger-test-91.md, B1-B2, worst problem 2).

After a search for "a leather handbag in tan or cognac" the list showed "Orebro Canvas Tote ...
(Navy, Beige) — not in tan or cognac". "Oh, the second one looks lovely! Is it in stock, and is it
big enough for a laptop? And what's the price exactly?" got only "The Orebro Canvas Tote doesn't
come in tan or cognac; it comes in Navy, Beige, Olive.": no stock, no price, no word on the laptop,
and Olive, which the list never showed (the catalog has it, with none left). Right: its stock in
the colours it comes in (Olive said to be sold out, never offered), its price, and that the
catalog gives no size to judge a laptop by, with the team's contact (never that it fits). A colour
list "it comes in ..." says which colours are sold out, the same way wherever it is said."""

from __future__ import annotations

import re

import pytest

from tests.actions.conversation_driver import (
    QUESTION_OF_ONE_ACTIONS,
    say_as_heard,
    search,
    shown_titles,
)

ACTIONS = QUESTION_OF_ONE_ACTIONS
# The model heard the doc's B2 as check_availability (0.65), then ask_product_question (0.22).
HEARD = ["check_availability", "ask_product_question", "select_product", "search_products"]

B1 = (
    "Hi there! My wife just got a promotion and I want to get her something special, a leather "
    "handbag in tan or cognac. My budget is around $200 all in. What do you have?"
)
TOTE = "Orebro Canvas Tote"
THREE_QUESTIONS = [
    "Oh, the second one looks lovely! Is it in stock, and is it big enough for a laptop? And "
    "what's the price exactly?",  # the doc's
    "the 2nd one is nice. is it in stock? big enough for a laptop? how much exactly?",
    "second one pls - is it in stock and does it fit a laptop, and whats the price",
    "Love the second one! Is it available, will my laptop fit in it, and how much is it?",
    "ooh the 2nd one. in stock?? room for a laptop?? price??",
    "The second one looks great. Is it in stock, is it big enough for a 13 inch laptop, and what "
    "does it cost?",
]


def _said(chat, extractor, heard: str, text: str):
    return say_as_heard(chat, extractor, ACTIONS, heard, text)


def _olive_never_offered(shown: str) -> None:
    """Olive (none left) is said to be sold out wherever it is named, never offered."""
    for sentence in re.split(r"(?<=[.;:])\s+|\n", shown):
        if "Olive" in sentence:
            assert "sold out" in sentence.lower(), shown


@pytest.mark.parametrize("heard", HEARD)
@pytest.mark.parametrize("text", THREE_QUESTIONS)
def test_stock_price_and_the_laptop_are_all_answered(chat, extractor, text, heard):
    """docs/nlu/stranger-test-91.md, B2: all three questions about the tote, truthfully."""
    search(chat, extractor, B1)
    assert shown_titles(chat)[1] == TOTE, shown_titles(chat)

    shown = _said(chat, extractor, heard, text).shown

    assert "I found" not in shown and "closest" not in shown, shown  # no new search
    assert TOTE in shown, shown
    assert "doesn't come in tan" not in shown, shown  # the list said that already
    # Its stock: in stock in Navy and Beige; Olive, if named, sold out.
    assert "in stock" in shown.lower() and "Navy" in shown and "Beige" in shown, shown
    _olive_never_offered(shown)
    assert "$239.00" in shown, shown  # the price
    # The laptop: the catalog gives no size, so no promise, and who can tell.
    assert "laptop" in shown and "doesn't give" in shown, shown
    assert "fits a laptop" not in shown and "big enough for" not in shown, shown
    assert "@" in shown or re.search(r"\d{3}", shown), shown  # the team's contact
    assert chat.slots.get("current_product") == "orebro-canvas-tote", chat.slots


@pytest.mark.parametrize(
    "text",
    [
        "Is it in stock?",
        "is the second one in stock",
        "2nd one in stock?",
        "is the second one available",
        "do u have the 2nd one in stock",
    ],
)
def test_in_stock_of_one_not_in_the_colour_searched_gives_its_stock(chat, extractor, text):
    """ "Is it in stock?" of the tote the list called "not in tan or cognac": its stock in the
    colours it comes in, not "it doesn't come in tan or cognac" again."""
    search(chat, extractor, B1)
    if text == "Is it in stock?":
        _said(chat, extractor, "select_product", "the second one")

    shown = _said(chat, extractor, "check_availability", text).shown

    assert "doesn't come in" not in shown, shown
    assert TOTE in shown and "Navy" in shown and "Beige" in shown, shown
    _olive_never_offered(shown)


@pytest.mark.parametrize(
    "text",
    [
        "does the second one come in tan?",
        "is the 2nd one available in cognac",
        "the second one in tan?",
        "does the second one come in brown",
        "2nd one in red?",
    ],
)
def test_the_colours_it_comes_in_say_olive_is_sold_out(chat, extractor, text):
    """ "It comes in Navy, Beige, Olive" contradicted the list's "(Navy, Beige)": Olive, which it
    is made in but has none left of, is said to be sold out."""
    search(chat, extractor, B1)

    shown = _said(chat, extractor, "check_availability", text).shown

    assert TOTE in shown and "Navy" in shown and "Beige" in shown, shown
    _olive_never_offered(shown)
