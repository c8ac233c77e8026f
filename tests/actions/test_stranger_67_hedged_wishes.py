"""Stranger test 67 (docs/nlu/stranger-test-67.md, message B1, worst problem 2): "something green
because it's her favourite colour ... or maybe a friend's wedding. My budget is around $200, could
go a little over if it's really nice." The occasion said after "maybe" is a loose wish, given up
before the colour she insisted on; "could go a little over" beside a budget loosens it by the
shop's one margin (commerce/search/budget_margin.py), and the reply says so ("up to about $220").
The same budget miss: docs/nlu/stranger-test-62.md, problem 4 ("I could stretch a little")."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import listed, say

B1 = (
    "Hi there! So my girlfriend's birthday is coming up in a couple of weeks and I want to get her "
    "a dress, something green because it's her favourite colour, nothing too formal - she'd wear "
    "it to dinner or maybe a friend's wedding. My budget is around $200, could go a little over if "
    "it's really nice."
)
HEDGED_OCCASIONS = [
    B1,
    "a green dress for her, maybe for a wedding, under 200",
    "green dress under $200, she might wear it to a wedding",
    "looking for a green dress under 200, could be for a wedding",
    "green dress under 200 for dinners, perhaps a wedding too",
    "a green dress under 200 - possibly for a wedding",
]


@pytest.mark.parametrize("message", HEDGED_OCCASIONS, ids=lambda m: m[:40])
def test_a_maybe_occasion_is_given_up_before_the_colour(chat, extractor, message):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", message)

    print(turn.shown)
    first = listed(turn.shown)[0]
    assert "Green" in first and "not in green" not in first, turn.shown


@pytest.mark.parametrize(
    "message", ["a green dress for a wedding under 200", "green wedding guest dress under $200"]
)
def test_a_firm_occasion_stays_firm(extractor, message):
    occasions = [e for e in extractor.extract(message) if e.entity == "occasion"]
    assert occasions and all(e.role is None for e in occasions)


A_LITTLE_OVER = [
    B1,
    "green dress, my budget is $200 but could go a little over",
    "a green dress under 200, can stretch a bit if it's nice",
    "green dress max 200, a bit over is fine",
    "green dress under $200, happy to go slightly over for the right one",
    "green dress, 200 max but i could spend a tad more",
    "black dress, budget around $200 but I could stretch a little",
]


@pytest.mark.parametrize("message", A_LITTLE_OVER, ids=lambda m: m[:40])
def test_a_little_over_loosens_the_budget_and_says_so(chat, extractor, message):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", message)

    print(turn.shown)
    assert "up to about $220" in turn.shown, turn.shown
    assert "under $200" not in turn.shown, turn.shown
    assert listed(turn.shown), turn.shown


@pytest.mark.parametrize(
    "message", ["green dress under 200", "a green dress for 150, could stretch to 250"]
)
def test_a_firm_budget_is_not_loosened(chat, extractor, message):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", message)

    print(turn.shown)
    assert "up to about" not in turn.shown, turn.shown
