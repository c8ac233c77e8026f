"""Shoes "to go with green" (docs/nlu/stranger-test-12.md; docs/nlu/stranger-test-77.md, B3): a
colour said alone after "goes with" is what the shopper already wears, not the colour wanted
(stranger 77: "something that goes with red" is not a red jacket), and not nothing either: the
search keeps to the colours the shop's guide (catalog/lexicon.yml `colours_that_go_together`)
pairs with it, and says so."""

from __future__ import annotations

import re

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import ActionConversation, say

_GOES_WITH_GREEN = {"green", "white", "beige", "brown", "tan", "navy", "gold"}


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation()


@pytest.mark.parametrize(
    "text",
    [
        "what shoes go with green",
        "any heels that go with green?",
        "shoes that would go with green pls",
        "need a bag that goes with green",
        "which belts match with green",
    ],
)
def test_a_kind_to_go_with_a_colour_keeps_to_colours_that_go_with_it(chat, extractor, text):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    assert "go with green" in turn.text
    searched = set(chat.slots["search_query"]["colour"].split("|"))
    assert searched == _GOES_WITH_GREEN
    assert re.search(r"^\s*1\. ", turn.text, re.M), turn.text


@pytest.mark.parametrize("text", ["a green dress", "green heels size 8", "shoes in green"])
def test_a_colour_wanted_is_still_the_colour_searched(chat, extractor, text):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    assert chat.slots["search_query"]["colour"] == "green"
    assert "go with green" not in turn.text


@pytest.mark.parametrize(
    ("text", "colour"),
    [
        ("not black pls, we have to wear white or navy", "white|navy"),
        ("i'd go navy", "navy"),
        ("something i can wear red to a wedding in", "red"),
    ],
)
def test_a_colour_to_wear_is_the_colour_wanted(chat, extractor, text, colour):
    """docs/nlu/stranger-test-23.md: "we have to wear white or navy" wants white or navy shoes."""
    say(chat, extractor, ActionSearchProducts(), "search_products", "comfy shoes womens 8")

    turn = say(chat, extractor, ActionSearchProducts(), "refine_search", text)

    print(turn.text)
    assert set(chat.slots["search_query"]["colour"].split("|")) == set(colour.split("|"))
    assert "go with" not in turn.text
