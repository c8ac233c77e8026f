"""Stranger test 77 (docs/nlu/stranger-test-77.md, persona A, A1-A3, worst problem 4).

Jake asked for "waterprof boots ... size 11 wide, under 150" and got "I have no waterproof wide
fit boots in size 11 under $150 in stock right now, and I won't suggest boots that aren't
waterproof instead": a dead end, no boot at all, although a boot that keeps the rain out is there
(over his budget, not said to be wide). Then "any of these come in wide fit??" got the size chart,
and "the first one" a bare "What are you looking for?". The closest boots that keep the rain out
are shown, each saying what it is not; the width question is answered from the catalog for the
boots on screen; and "the first one" after a search that showed nothing says so."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import listed, say_and_keep, search, searched

WIDE_WATERPROOF = [
    "need waterprof boots for my commute, rains every day here. size 11 wide, under 150",
    "waterproof boots size 11 wide under $150",
    "wide fit waterproof boots in 11, max 150",
    "any waterproof boots in a wide fit? size 11, budget 150",
    "looking for rainproof boots, wide feet, us 11, under 150 bucks",
]


@pytest.mark.parametrize("text", WIDE_WATERPROOF)
def test_the_closest_boots_that_keep_the_rain_out_are_shown(chat, extractor, text):
    """docs/nlu/stranger-test-77.md, A1 (problem 4): never a dead end."""
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert searched(turn).get("category") == "boots"
    shown = listed(turn.shown)
    assert shown, turn.shown
    assert any("Ridgeway Chelsea Boot" in line for line in shown), turn.shown  # shrugs off rain
    assert all("over your budget" in line for line in shown), turn.shown  # each says what it is not
    assert "won't suggest" not in turn.shown


WIDTH_ASKED = [
    "any of these come in wide fit?? my feet r wide af",
    "do any of these come in wide?",
    "are any of them wide fit",
    "do these come in a wide fitting",
    "any of those in wide width?",
]


@pytest.mark.parametrize("text", WIDTH_ASKED)
def test_wide_fit_of_the_boots_shown_is_answered_from_the_catalog(chat, extractor, text):
    """docs/nlu/stranger-test-77.md, A2: the size chart, with no word about widths."""
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", WIDE_WATERPROOF[0])

    turn = say_and_keep(chat, extractor, ActionAnswerServiceQuestion(), "ask_size_guide", text)

    assert "EU" not in turn.shown and "measure" not in turn.shown, turn.shown  # no size chart
    assert "wide" in turn.shown.lower(), turn.shown
    assert "none of these boots" in turn.shown.lower(), turn.shown  # a plain no, for those shown
    assert "Derby" in turn.shown, turn.shown  # what the catalog says suits a wide foot


NOTHING_THEN_FIRST = [
    "the first one",
    "first one pls",
    "the 1st one",
    "ok the first",
    "gimme the first one",
]


@pytest.mark.parametrize("text", NOTHING_THEN_FIRST)
def test_the_first_one_after_nothing_was_shown_says_so(chat, extractor, text):
    """docs/nlu/stranger-test-77.md, A3: "the first one" forgot the search altogether."""
    turn = say_and_keep(
        chat, extractor, ActionSearchProducts(), "search_products", "waterproof jacket for commute"
    )
    assert not listed(turn.shown), turn.shown  # nothing of the kind close enough to show

    turn = say_and_keep(chat, extractor, ActionSelectProduct(), "select_product", text)

    assert "What are you looking for?" not in turn.shown, turn.shown
    assert "jacket" in turn.shown, turn.shown  # the search it answers is named
