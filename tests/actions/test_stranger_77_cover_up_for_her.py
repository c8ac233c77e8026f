"""Stranger test 77 (docs/nlu/stranger-test-77.md, persona B, B3 and B4, worst problem 2).

Maria had searched red or burgundy dresses in M under $200, then asked for "something to go over
it, a little jacket or a wrap maybe, something that goes with red?" and was shown three men's
blazers in jacket sizes 36R-44L, with a red filter and the dress's budget, and no word that they
are men's. What goes over her dress is for her: the shop has no jackets (nor wraps) for women, and
says so, then what it has for her; never men's blazers. A wrap, a shawl or a cover-up is a kind,
answered as one the shop does not sell."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import search, searched

B1 = (
    "Hi there! So my best friend Carla is turning 40 next Saturday and I need a dress in red or "
    "maybe burgundy, I'm usually a size 8, a medium in most things, and I'd rather not spend more "
    "than $200"
)

OVER_HER_DRESS = [
    "Lovely, pop it in my cart in medium please. And I'll need something to go over it, a little "
    "jacket or a wrap maybe, something that goes with red?",
    "i also need a little jacket to go over it, something that goes with red",
    "what jacket would go with it?",
    "any jackets to wear over it?? its for the evening",
    "and a blazer to go over it pls",
    "ooh and a wrap or a shawl to wear over it?",
    "need a cover-up to go over it, maybe a little jacket",
]


@pytest.mark.parametrize("text", OVER_HER_DRESS)
def test_what_goes_over_her_dress_is_for_her(chat, extractor, text):
    """docs/nlu/stranger-test-77.md, B3 and B4 (problem 2)."""
    search(chat, extractor, B1)

    turn = search(chat, extractor, text)

    print(turn.shown)
    assert "we don't" in turn.shown.lower(), turn.shown  # honest: none for her
    assert "for women" in turn.shown, turn.shown
    assert "Blazer" not in turn.shown and "36R" not in turn.shown, turn.shown
    assert "not in red" not in turn.shown and "over your budget" not in turn.shown
    assert searched(turn).get("gender") == "female"


@pytest.mark.parametrize(
    "text",
    [
        "do you sell wraps?",
        "looking for a shawl for a wedding",
        "have u got a pashmina in cream",
        "a cover-up for the beach",
        "need a wrap for my shoulders",
    ],
)
def test_a_wrap_is_a_kind_the_shop_does_not_sell(chat, extractor, text):
    """docs/nlu/stranger-test-77.md, B3: "wrap" was dropped; it is a kind, honestly not sold."""
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert "we don't sell wraps" in turn.shown.lower(), turn.shown
    assert "Blazer" not in turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "can you gift wrap it?",
        "show me wrap dresses",
        "a red wrap dress in M",
    ],
)
def test_wrap_in_other_words_is_no_wrap(extractor, text):
    """Gift wrapping and wrap dresses stay what they were."""
    kinds = [e.value for e in extractor.extract(text) if e.entity == "category"]

    assert "wraps" not in kinds, kinds


@pytest.mark.parametrize(
    "text",
    [
        "something that goes with red",
        "a jacket that goes with red?",
        "shoes to go with red",
    ],
)
def test_goes_with_red_is_no_red_filter(extractor, text):
    """docs/nlu/stranger-test-77.md, B3: "goes with red" is what it is worn with, not its colour."""
    colours = [e for e in extractor.extract(text) if e.entity == "colour"]

    assert colours and all(e.role == "worn_with" for e in colours), colours
