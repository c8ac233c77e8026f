"""docs/nlu/stranger-test-93.md, conversation B4 (worst problem 2): with low-heeled shoes in 8 on
screen, the mother of the bride said "The first pair please, add them in size 8. And a little
clutch bag, silver or gold, to finish the look?". The bot said "The ... doesn't come in gold" of
the shoes, and never searched for the clutch.

Right: the colours said with the other kind in the same message (the clutch) are that kind's: the
shoes' colour is asked without claiming gold of them, and the clutch is kept for next in silver or
gold ("then ask me for the clutches ... I'll keep to silver or gold"), its button searching them."""

from __future__ import annotations

import json

import pytest

from actions.cart_adding import ActionAddToCart
from actions.checkout import ActionStartCheckout
from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import say_and_keep

B3 = "Lovely. Now I'll need shoes... something with a low heel... size 8."
B4 = [
    "The first pair please, add them in size 8. And a little clutch bag, silver or gold, to "
    "finish the look?",
    "the first pair pls, add them in 8. and a little clutch, silver or gold, to finish the look",
    "Add the first ones in size 8 please, and also a clutch bag in silver or gold?",
    "first pair in size 8 into my cart pls! oh and a small clutch bag silver or gold would be nice",
    "I'll take the first pair, add them in a size 8. Also a clutch, gold or silver, to go with it?",
]


def said(chat, extractor, text):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B3)
    return say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)


@pytest.mark.parametrize("text", B4)
def test_the_clutch_colours_are_not_claimed_of_the_shoes(chat, extractor, text):
    turn = said(chat, extractor, text)

    assert "come in gold" not in turn.shown and "come in silver" not in turn.shown, turn.shown
    assert "Which colour of the" in turn.shown, turn.shown


@pytest.mark.parametrize("text", B4)
def test_the_clutch_is_kept_for_next_in_silver_or_gold(chat, extractor, text):
    turn = said(chat, extractor, text)

    assert "clutch" in turn.shown.lower(), turn.shown
    clutch = [b for b in turn.buttons if "clutch" in b["title"].lower()]
    assert clutch, turn.buttons
    payload = json.loads("{" + clutch[0]["payload"].partition("{")[2])
    assert sorted(payload.get("colour") or []) == ["gold", "silver"], payload


@pytest.mark.parametrize("text", B4)
def test_heard_as_buying_the_pick_is_added_and_the_clutch_kept(chat, extractor, text):
    """The model heard B4 as "buy": the same answer, not the checkout's colour question alone."""
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B3)
    turn = say_and_keep(chat, extractor, ActionStartCheckout(), "buy", text)

    assert "come in gold" not in turn.shown and "come in silver" not in turn.shown, turn.shown
    assert "Which colour of the" in turn.shown, turn.shown
    assert "For the clutches I'll keep to " in turn.shown, turn.shown
