"""Stranger test 72 (docs/nlu/stranger-test-72.md, persona B, messages B3, B5 and B6, worst problem
5): "Brown or tan would be nice" was said with the shoes, then "those first shoes in size 11 in my
cart" asked "Which colour of the Carlton Plain Derby? [Black] [Brown]", and the next turn ("How
much does that come to altogether? Am I still under 250?") said the cart was empty, with no word
that the Carlton was waiting for a colour."""

from __future__ import annotations

import pytest

from actions.cart import ActionShowCart
from actions.cart_adding import ActionAddToCart
from tests.actions.conversation_driver import (
    keep_bot_messages,
    say,
    say_and_keep,
    search,
    shown_titles,
)

HAROLD = (
    "Hello there! A few of my old college buddies and I are off on a golf trip to Pinehurst next "
    "month, and my wife says I'm not allowed to bring my ratty old t-shirts. So I'm after a couple "
    "of polo shirts or something smart-casual, plus a pair of really comfortable shoes - I'm a size "
    "11 but I have wide feet. I'd like to keep the whole lot to about $250 if I can."
)
SHOES = (
    "Lovely. And what about the shoes - anything that comes in a wide fit in size 11? My bunions "
    "will thank you. Brown or tan would be nice, nothing too shiny."
)


def _shoes_listed(chat, extractor, shoes: str = SHOES) -> str:
    """The title of the first shoe listed for `shoes`, said after HAROLD."""
    keep_bot_messages(chat, search(chat, extractor, HAROLD))
    listed = keep_bot_messages(chat, search(chat, extractor, shoes, intent="refine_search"))
    assert "Derby" in listed.shown, listed.shown
    return shown_titles(chat)[0]


@pytest.mark.parametrize(
    "add",
    [
        "Alright, let's put the first polo in large and the second shoes in size 11 in my cart please.",
        "put the second shoes in size 11 in my cart please",
        "add the 2nd pair in 11",
        "the carlton in 11 into my basket pls",
        "ok add number 2, size 11",
    ],
)
def test_a_colour_said_before_answers_the_colour_question(chat, extractor, add):
    """docs/nlu/stranger-test-72.md, B3 and B5: the Carlton comes in Brown and Black, and
    "brown or tan" was said."""
    _shoes_listed(chat, extractor)
    assert shown_titles(chat)[1] == "Carlton Plain Derby", shown_titles(chat)

    added = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", add)

    assert "Which colour of the" not in added.shown, added.shown
    assert "Added Carlton Plain Derby (US 11 / EU 44, Brown)" in added.shown, added.shown


@pytest.mark.parametrize(
    "total",
    [
        "How much does that come to altogether? Am I still under 250?",
        "how much is that altogether",
        "am i still under 250?",
        "whats the total now",
        "what does that come to?",
    ],
)
def test_a_purchase_waiting_is_not_forgotten_on_the_next_turn(chat, extractor, total):
    """docs/nlu/stranger-test-72.md, B5-B6: a colour question left open (no colour said before)."""
    first = _shoes_listed(
        chat, extractor, "what about shoes in a wide fit in size 11? nothing shiny"
    )
    asked = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart",
                         "let's put the first polo in large and those first shoes in size 11 in "
                         "my cart please")  # fmt: skip
    assert f"Which colour of the {first}?" in asked.shown, asked.shown

    turn = say(chat, extractor, ActionShowCart(), "view_cart", total)

    print(turn.shown)
    assert first in turn.shown and "colour" in turn.shown, turn.shown
