"""Stranger test 63 (docs/nlu/stranger-test-63.md, persona Dani, worst problem 6): with three
blazers listed, "hw much r they" got "Which one do you mean?". A price question about "they",
"them", "those" or "these" over a list gives the price of each product shown (from the store), not
a which-one question, even when the list is the closest to a search none matched (size M)."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.product_actions import ActionShowPrice
from tests.actions.conversation_driver import say, say_and_keep, shown_titles

DANI = "hey need womens blazr black or navy sz m"


@pytest.mark.parametrize(
    "text",
    [
        "hw much r they",
        "how much do they cost?",
        "what do those cost",
        "price of these?",
        "whats the price on them",
        "hw much r those lol",
        "how much are these ones",
        "and how much for them?",
    ],
)
def test_the_price_of_each_blazer_shown(chat, extractor, text):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", DANI)
    titles = shown_titles(chat)
    assert len(titles) == 3

    turn = say(chat, extractor, ActionShowPrice(), "ask_price", text)

    print(turn.text)
    assert "Which one do you mean" not in turn.text
    for title in titles:
        assert title in turn.text, turn.text
    assert turn.text.count("$") >= 3, turn.text


@pytest.mark.parametrize("text", ["how much is it", "hw much is the 2nd one", "price?"])
def test_one_product_asked_about_is_still_asked_which_or_answered_alone(chat, extractor, text):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", DANI)

    turn = say(chat, extractor, ActionShowPrice(), "ask_price", text)

    print(turn.text)
    # Not the prices of all three: one product's price, or which one is meant.
    assert not all(t in turn.text for t in shown_titles(chat)) or "Which one" in turn.text


@pytest.mark.parametrize("text", ["hw much r they", "how much are those", "price of them?"])
def test_closest_ones_not_in_the_size_searched_get_their_prices(chat, extractor, text):
    """Blazers shown "in other sizes" than the M searched: their prices, not "out of stock in that
    size" three times."""
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "mens blazer sz m")
    titles = shown_titles(chat)
    assert len(titles) > 1

    turn = say(chat, extractor, ActionShowPrice(), "ask_price", text)

    print(turn.text)
    assert "out of stock" not in turn.text
    assert "Henley Hopsack Blazer is $199.50" in turn.text, turn.text
    assert all(title in turn.text for title in titles)
