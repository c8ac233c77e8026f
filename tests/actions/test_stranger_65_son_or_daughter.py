"""Stranger test 65 (docs/nlu/stranger-test-65.md, message A1; fixB brief): "for my boy", "my
son's party" are for a man where the kind is sold for men; "for my daughter's graduation" for a
woman. A child of 11 or under still gets "we don't sell children's clothes"."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import listed, say

FOR_HIM = [
    "brown shoes for my boy",
    "a navy suit for my son's party",
    "need a tie for my lad's prom",
    "shirt for my eldest son's graduation",
    "black suit for my boy, he's 17",
    "something smart for my sons party, eu 41 shoes",
]
FOR_HER = [
    "a dress for my daughter's graduation",
    "heels for my girl's prom",
    "a blue dress for my daughters party",
    "a gown for my eldest daughter's ball",
    "flats for my daughter, she is 16",
]


@pytest.mark.parametrize("message", FOR_HIM, ids=lambda m: m[:40])
def test_a_son_is_searched_for_men(chat, extractor, message):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", message)

    print(turn.shown)
    assert "for men" in turn.shown, turn.shown
    assert "children" not in turn.shown, turn.shown


@pytest.mark.parametrize("message", FOR_HER, ids=lambda m: m[:40])
def test_a_daughter_is_searched_for_women(chat, extractor, message):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", message)

    print(turn.shown)
    assert "for women" in turn.shown, turn.shown
    assert "children" not in turn.shown, turn.shown


@pytest.mark.parametrize(
    "message",
    ["a suit for my little boy", "a suit for my son, he's 6", "dress for my girl, she is 7"],
)
def test_a_small_child_is_still_not_sold_for(chat, extractor, message):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", message)

    print(turn.shown)
    assert "don't sell children's clothes" in turn.shown, turn.shown
    assert not listed(turn.shown), turn.shown
