"""Stranger test 80 (docs/nlu/stranger-test-80.md, persona B, message B6, worst problem 2).

Margaret searched "a navy or cobalt blue dress, size 12, nothing over $200" and the bot itself
said "US 12 is an L in our dresses ... so I'll use L". Two turns later "Lovely, put the dress in a
12 and the cheaper shoes in my cart please" got "The Rosalie Tea Dress isn't made in size 12; it
comes in XS, S, M, L, XL" with buttons [XS] [S] [M] [L] (XL named but not offered). Right: the
same conversion when adding (US 12 is an L, said), the dress added (or its colour asked) in L,
and never a size list that names sizes its buttons leave out."""

from __future__ import annotations

import re

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSelectProduct
from tests.actions.conversation_driver import say, search

DRESSES = "I'm thinking a navy or cobalt blue dress, size 12, nothing over $200"
SHOES = "Okay and I'll need shoes too, something low, maybe a block heel, in nude or beige, US 7.5"
DRESS = "Rosalie Tea Dress"

ADDS = [
    "Lovely, put the dress in a 12 and the cheaper shoes in my cart please",
    "put the dress in a 12 and the shoes in my cart",
    "add the dress in size 12 and the heels to my cart pls",
    "ok put the dress in a 12 in my cart and the pumps too",
    "can u add the dress in 12 and the shoes",
]


def _to_the_dress_and_shoes(chat, extractor) -> None:
    chat.keep_messages = True
    chat.keep_events = True
    search(chat, extractor, DRESSES)
    say(chat, extractor, ActionSelectProduct(), "select_product", "the second one")
    search(chat, extractor, SHOES)


def _tapped_if_asked_which(chat, extractor, turn):
    """ "Which dress do you mean?" answered with the Rosalie's button, as she would."""
    for button in turn.buttons:
        if button["title"] == DRESS:
            return say(chat, extractor, ActionAddToCart(), "add_to_cart", button["payload"])
    return None


@pytest.mark.parametrize("text", ADDS)
def test_the_dress_in_a_12_is_added_as_the_l_it_is(chat, extractor, text):
    """docs/nlu/stranger-test-80.md, B6 (problem 2)."""
    _to_the_dress_and_shoes(chat, extractor)
    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", text)
    tapped = _tapped_if_asked_which(chat, extractor, turn)

    shown = turn.shown + "\n" + (tapped.shown if tapped else "")
    print(shown, turn.buttons)
    assert "isn't made in size 12" not in shown
    assert DRESS in shown
    assert re.search(r"US 12 is an L", shown), shown
    assert re.search(r"Added Rosalie Tea Dress \(L\b|Which colour of the Rosalie", shown), shown


SIZES_NOT_MADE = [
    "put the blue dress in a 20 in my cart",
    "add the dress in blue size 22 pls",
    "can i get the dress in blue in a 24",
    "the dress in blue, size 26 please, add it",
    "add the dress size 20 in blue",
]


@pytest.mark.parametrize("text", SIZES_NOT_MADE)
def test_every_size_named_has_a_button_or_is_said_sold_out(chat, extractor, text):
    """docs/nlu/stranger-test-80.md, B6: "it comes in XS, S, M, L, XL" over [XS] [S] [M] [L]
    (no XL in blue): each size named has its button, or the question says it is sold out."""
    _to_the_dress_and_shoes(chat, extractor)
    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", text)
    turn = _tapped_if_asked_which(chat, extractor, turn) or turn

    shown = turn.shown
    print(shown, turn.buttons)
    listed = re.search(r"Rosalie Tea Dress isn't made in size \d+; it comes in ([^.]*)\.", shown)
    assert listed, shown
    named = [size.strip() for size in listed.group(1).split(",")]
    titles = {button["title"] for button in turn.buttons}
    for size in named:
        assert size in titles or re.search(rf"\b{size}\b[\w ,]* sold out", shown), (shown, titles)
