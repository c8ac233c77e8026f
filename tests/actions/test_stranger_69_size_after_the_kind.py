"""Stranger test 69 (docs/nlu/stranger-test-69.md, persona B, the shoes after the raincoat): "what
about the shoes? 8" dropped the 8. A bare number in a shoe's range right after the shoe kind named
in the same message, past a question mark or a comma, is the size, as "black 7.5" is (stranger test
62, shop_nlu/size_patterns.py); a count, a price or days never is."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import search, searched

SIZES_AFTER_THE_KIND = [
    ("what about the shoes? 8", "8"),
    ("and the boots? 9.5", "9.5"),
    ("ok now sneakers, 10", "10"),
    ("what about the loafers? 10.5 please", "10.5"),
    ("flats? 7", "7"),
    ("the walking shoes then: 8", "8"),
]


@pytest.mark.parametrize(("message", "size"), SIZES_AFTER_THE_KIND, ids=lambda m: str(m)[:40])
def test_a_number_after_the_shoe_kind_is_the_size(extractor, message, size):
    """docs/nlu/stranger-test-69.md, persona B ("what about the shoes? 8")."""
    sizes = [e.value for e in extractor.extract(message) if e.entity == "size"]
    assert sizes == [size], sizes


NOT_SIZES = [
    "what about the shoes? 2 pairs",
    "boots, 5 days to deliver?",
    "sneakers? 10 dollars off?",
    "shoes, 12 of them",
]


@pytest.mark.parametrize("message", NOT_SIZES, ids=lambda m: m[:40])
def test_a_count_or_a_price_after_the_kind_is_no_size(extractor, message):
    assert not [e for e in extractor.extract(message) if e.entity == "size"]


def test_the_shoes_are_searched_in_that_size(chat, extractor):
    """docs/nlu/stranger-test-69.md, persona B: the shoes asked for after the raincoat."""
    search(chat, extractor, "a raincoat for me, women's size medium")
    turn = search(chat, extractor, "what about the shoes? 8")

    print(turn.text)
    assert searched(turn).get("size") == "8"
    assert "in size 8" in turn.text
