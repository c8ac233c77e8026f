"""Stranger test 8's search misses (docs/nlu/stranger-test-8.md): a kind we don't sell, then
refinements; the closest list keeps the kind; a new kind drops the last one's season."""

from __future__ import annotations

import re

import pytest

from actions.discovery import ActionCheckAvailability, ActionSearchProducts
from tests.actions.conversation_driver import ActionConversation, say


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation()


def listed(text: str) -> list[str]:
    return [line for line in text.splitlines() if re.match(r"\d+\. ", line)]


def test_the_nearest_kind_keeps_the_size_asked_for(chat, extractor):
    turn = say(
        chat, extractor, ActionSearchProducts(), "search_products", "ok sandals then, womens 8"
    )

    print(turn.text)
    # The store has sandals (heeled ones): those in her size, never "we don't sell sandals"
    # (tests/actions/test_not_sold_checked_against_store.py), and the nearest kind offered too.
    assert "don't sell sandals" not in turn.text
    assert "Sandal" in turn.text and "flats" in turn.text
    assert "size 8" in turn.text
    assert chat.slots["search_query"]["size"] == "8"


def test_a_colour_after_the_nearest_kind_refines_that_kind(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products", "ok sandals then, womens 8")
    turn = say(chat, extractor, ActionSearchProducts(), "refine_search", "any in tan or white")

    print(turn.text)
    assert "flats" in turn.text and "size 8" in turn.text
    assert chat.slots["search_query"]["size"] == "8"


def test_with_nothing_in_that_material_the_closest_are_of_the_kind_asked_for(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products", "ok sandals then, womens 8")
    turn = say(chat, extractor, ActionSearchProducts(), "search_products",
               "and a light summer dress under $100, linen ideally")  # fmt: skip

    print(turn.text)
    lines = listed(turn.text)
    assert lines and all("dress" in line.lower() for line in lines), lines
    assert "The closest dresses, though our catalog doesn't say they're lightweight:" in turn.text
    assert "— over your budget" in turn.text
    assert "Sneaker" not in turn.text and "Shirt" not in turn.text


def test_a_new_kind_instead_drops_a_season_it_is_never_sold_for(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "Good afternoon. I should like to purchase a pair of brown leather gloves for the winter, "
        "if you have any.")  # fmt: skip
    turn = say(chat, extractor, ActionSearchProducts(), "search_products",
               "In that case, I shall have a look at a brown leather belt instead.")  # fmt: skip

    print(turn.text)
    assert "I found" in turn.text and "brown leather belts" in turn.text
    assert "winter" not in turn.text and "closest" not in turn.text
    assert "you ask for most" not in turn.text


def test_a_new_kind_keeps_the_occasion_it_is_sold_for(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products", "a dress for a wedding")
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", "ok and a bag?")

    assert "for wedding" in turn.text


@pytest.mark.parametrize(
    "asked",
    ["whats similar in a size 8 then", "anything similar in an 8?", "got others like it in 8"],
)
def test_similar_after_a_sold_out_size_lists_the_kind_in_that_size(chat, extractor, asked):
    say(chat, extractor, ActionCheckAvailability(), "check_availability",
        "do you have the windsor patent oxford in a size 8")  # fmt: skip
    turn = say(chat, extractor, ActionSearchProducts(), "refine_search", asked)

    print(turn.text)
    assert turn.text.startswith("Like the Windsor Patent Oxford: I found")
    assert "size 8" in turn.text and "Windsor" not in "".join(listed(turn.text))
    assert chat.slots["current_product"] == "windsor-patent-oxford"
