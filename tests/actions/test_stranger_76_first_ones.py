"""The maintainer's own try (docs/nlu/stranger-test-76.md, "Fixed since"): trousers listed,
then "the first ones, do they come in 32?" was answered for every pair listed, and "ok add them
in 34" got "Which one do you mean: ...?". "The first ones" names one product: the question is
answered for it alone, and "them", "they", "those" after it mean that product.
"""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionCheckAvailability, ActionSearchProducts
from tests.actions.conversation_driver import say_and_keep, shown_titles

SEARCH = "dark trousers waist 32"
FIRST_ONES_ASKED = [
    "the first ones, do they come in 32?",
    "do the first ones come in 32",
    "the 1st ones - do they come in a 32 waist?",
    "first pair, do they come in 32?",
    "wat about the first ones, do those come in 32",
    "the first trousers, do they do them in 32?",
]
ADD_THEM = [
    "ok add them in 34",
    "add them in 34 then",
    "ok put them in my cart in a 34",
    "great, add those in 34",
    "add em in 34 pls",
]


def trousers_listed(chat, extractor) -> list[str]:
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", SEARCH)
    titles = shown_titles(chat)
    assert len(titles) > 1 and titles[0] == "Whitehall Wool Trousers", titles
    return titles


def ask(chat, extractor, text: str):
    return say_and_keep(chat, extractor, ActionCheckAvailability(), "check_availability", text)


@pytest.mark.parametrize("text", FIRST_ONES_ASKED)
def test_the_first_ones_question_is_answered_for_the_first_only(chat, extractor, text):
    """Maintainer's try: "the first ones, do they come in 32?" answered for each one listed."""
    others = trousers_listed(chat, extractor)[1:]

    turn = ask(chat, extractor, text)

    assert "Whitehall Wool Trousers" in turn.text, turn.text
    assert not any(title in turn.text for title in others), turn.text
    assert "32" in turn.text


@pytest.mark.parametrize("text", ADD_THEM)
def test_them_after_the_first_ones_adds_the_first_ones(chat, extractor, text):
    """Maintainer's try: "ok add them in 34" got "Which one do you mean: ...?"."""
    trousers_listed(chat, extractor)
    ask(chat, extractor, FIRST_ONES_ASKED[0])

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    assert "Which one do you mean" not in turn.text, turn.text
    assert "Whitehall Wool Trousers" in turn.text, turn.text
    if "Added" not in turn.text:  # dark colours searched: navy or charcoal, asked
        assert "Which colour of the Whitehall Wool Trousers?" in turn.text, turn.text
        assert all("34" in b["payload"] for b in turn.buttons), turn.buttons
    else:
        assert "Added Whitehall Wool Trousers (34" in turn.text, turn.text


@pytest.mark.parametrize("text", FIRST_ONES_ASKED[1:4])
def test_each_way_of_asking_then_add_them(chat, extractor, text):
    trousers_listed(chat, extractor)
    ask(chat, extractor, text)

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", ADD_THEM[0])

    assert "Which one do you mean" not in turn.text, turn.text
    assert "Whitehall Wool Trousers" in turn.text, turn.text


def test_do_they_come_in_32_without_picking_is_still_each_of_the_list(chat, extractor):
    """Nothing named: "do they come in 32?" is still answered for each one listed."""
    titles = trousers_listed(chat, extractor)

    turn = ask(chat, extractor, "do they come in 32?")

    assert all(title in turn.text for title in titles), turn.text
