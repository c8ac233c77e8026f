"""Stranger test 45 (docs/nlu/stranger-test-45.md, problem 1, still open): "i have loads of black
dresses so not that, a skirt maybe" got "Sorry, we don't sell skirts. The nearest we have are
dresses", the kind she had just ruled out.

A kind we don't sell, asked for instead of one the shopper has plenty of or rules out, never gets
that kind offered as the nearest we have."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import say, shown_titles


@pytest.mark.parametrize(
    "text",
    [
        "i have loads of black dresses so not that, a skirt maybe",
        "she has plenty of dresses already, a skirt?",
        "i already own lots of dresses. maybe a skirt",
        "a skirt please, not a dress",
        "skirt maybe, no dresses",
    ],
)
def test_no_dresses_in_place_of_a_skirt_after_ruling_dresses_out(chat, extractor, text):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    assert "skirts" in turn.text.split("\n")[0].lower(), turn.text
    assert "nearest we have are dresses" not in turn.text.lower(), turn.text
    assert not any("Dress" in title for title in shown_titles(chat)), shown_titles(chat)


def test_a_skirt_alone_still_offers_dresses(chat, extractor):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", "a skirt maybe")

    assert "nearest we have are dresses" in turn.text.lower(), turn.text
