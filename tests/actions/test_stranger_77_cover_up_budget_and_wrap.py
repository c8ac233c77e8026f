"""Stranger test 77 (docs/nlu/stranger-test-77.md, persona B, B3, what its "Fixed since" left open).

Maria searched red or burgundy dresses in M, "I'd rather not spend more than $200", asked about the
Vivienne Velvet Dress, then: "Lovely, pop it in my cart in medium please. And I'll need something
to go over it … a little jacket or a wrap maybe, something that goes with red?" The dress went
into her cart and she heard "Sorry, we don't have jackets for women", but not a word about the
wrap (dropped as "another way of putting" the jacket), and the cover-up was searched under the
dress's $200. Right: both halves answered (no jackets for women, no wraps at all), and the $200
she said for the dress, now in her cart, is no limit on what goes over it."""

from __future__ import annotations

import pytest

from actions.discovery import ActionCheckAvailability, ActionSearchProducts
from commerce.cart import cart_items
from commerce.db import get_engine, session_scope
from tests.actions.conversation_driver import say_and_keep, searched

B1 = (
    "Hi there! So my best friend Carla is turning 40 next Saturday and I need a dress in red or "
    "maybe burgundy, I'm usually a size 8, a medium in most things, and I'd rather not spend more "
    "than $200"
)
B2 = (
    "Ooh I love the second one! Is it actually in stock in a medium, and if I order it today would "
    "it arrive before Saturday the 5th?"
)

COVER_UP = [
    "Lovely, pop it in my cart in medium please. And I'll need something to go over it … a little "
    "jacket or a wrap maybe, something that goes with red?",
    "pop it in my cart in M please. and i need a little jacket or a wrap to go over it, something "
    "that goes with red?",
    "add it in medium pls! also need a jacket or a pashmina to wear over it",
    "ok put it in my cart in M. and maybe a little jacket or a wrap to go over it?",
    "lovely, add that one in medium. ill also need a lil jacket or a shawl to go over it",
    "pls add it to my cart in M, and something to go over it, a jacket or a wrap maybe",
]


@pytest.mark.parametrize("text", COVER_UP)
def test_a_jacket_or_a_wrap_over_her_dress_both_answered(chat, extractor, demo_store_url, text):
    """docs/nlu/stranger-test-77.md, B3: the dress added, no jackets for women said, no wraps
    sold said, never men's blazers, and not under the dress's $200."""
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B1)
    say_and_keep(chat, extractor, ActionCheckAvailability(), "check_availability", B2)

    turn = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text)

    with session_scope(get_engine(demo_store_url)) as session:
        titles = [item.variant.product.title for item in cart_items(session, chat.sender)]
    assert titles == ["Vivienne Velvet Dress"], titles
    shown = turn.shown
    assert "jackets for women" in shown, shown
    assert "don't sell wraps" in shown, shown
    assert "Blazer" not in shown and "36R" not in shown, shown
    assert "$200" not in shown, shown
    assert searched(turn).get("price_max") is None, searched(turn)  # the dress's, not this one's


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("mens loafers in 10, max 130", "derbies then, still brown"),
        ("a black dress in S, budget is around 150", "ok show me gowns"),
    ],
)
def test_a_budget_still_holds_for_the_same_wish_before_anything_is_bought(
    chat, extractor, first, then
):
    """Stranger test 60: a budget said for one kind holds for another of the same wish, while
    nothing was put in the cart."""
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", first)

    turn = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", then)

    assert searched(turn).get("price_max") is not None, searched(turn)
