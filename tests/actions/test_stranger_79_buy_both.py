"""Stranger test 79 (docs/nlu/stranger-test-79.md, persona A, message A5, worst problem 7).

With the shoes he opened and four belts to match them on screen, "ok ill buy both" put the shoes
in the cart and asked which belt, its buttons buying the belt alone, and never said how to go on
to a checkout: he never found one (A9). Right: a "buy" of several adds each to the cart, then
leads to the checkout: when a pick still waits, a line says that the cart is checked out once it
is made (Check out buys the shoes now), and the pick puts it in the cart next to the shoes and
checks both out; when nothing waits, the checkout of the cart starts at once."""

from __future__ import annotations

import json

import pytest

from actions.cart_adding import ActionAddToCart
from actions.checkout import ActionStartCheckout
from actions.product_actions import ActionShowProductDetails
from tests.actions.conversation_driver import entity_list, keep_bot_messages, say
from tests.actions.test_stranger_79_belts_match_the_shoes import SHOES, _belts_to_match

BUY_BOTH = [
    "ok ill buy both",
    "ill buy both",
    "ok i'll buy them both",
    "buy both pls",
    "gonna buy both of them",
    "i wanna buy the both of them",
]


@pytest.mark.parametrize("text", BUY_BOTH)
def test_with_a_belt_to_pick_the_way_to_check_out_is_said(chat, extractor, text):
    """docs/nlu/stranger-test-79.md, A5 (problem 7): the shoes added, which belt asked."""
    belts = _belts_to_match(chat, extractor)

    turn = keep_bot_messages(chat, say(chat, extractor, ActionStartCheckout(), "buy", text))

    assert f"Added {SHOES}" in turn.shown
    assert "check out" in turn.shown.lower() and "both" in turn.shown, turn.shown
    assert any(b["payload"] == "/checkout" for b in turn.buttons), turn.buttons
    # The belt picked joins the shoes in the cart: it is never bought alone.
    picks = [b for b in turn.buttons if b["title"] in belts]
    assert picks and all(b["payload"].startswith("/add_to_cart") for b in picks), picks

    payload = picks[0]["payload"]  # the tap, as Rasa reads its payload
    tapped = chat.run(ActionAddToCart(), "add_to_cart", payload,
                      entity_list(**json.loads(payload.removeprefix("/add_to_cart"))))  # fmt: skip

    print(tapped.shown)
    assert f"Added {belts[0]}" in tapped.shown  # beside the shoes, and both checked out
    assert "Checking out your cart (2 items)" in tapped.shown, tapped.shown


@pytest.mark.parametrize("text", BUY_BOTH)
def test_with_nothing_to_pick_the_checkout_starts(chat, extractor, text):
    """docs/nlu/stranger-test-79.md, A5: the shoes and the belt opened, both sizes known."""
    belts = _belts_to_match(chat, extractor)
    opened = say(chat, extractor, ActionShowProductDetails(), "ask_product_details", "the 1st one")
    assert belts[0] in keep_bot_messages(chat, opened).shown

    turn = keep_bot_messages(chat, say(chat, extractor, ActionStartCheckout(), "buy", text))

    assert f"Added {SHOES}" in turn.shown and f"Added {belts[0]}" in turn.shown, turn.shown
    assert "Checking out your cart (2 items)" in turn.shown, turn.shown
    assert any(e.get("name") == "checkout_from_cart" and e.get("value") for e in turn.events)


def test_add_both_still_only_adds(chat, extractor):
    """docs/nlu/stranger-test-79.md, A5: "add both" is an add, no checkout started."""
    belts = _belts_to_match(chat, extractor)
    say(chat, extractor, ActionShowProductDetails(), "ask_product_details", "the 1st one")

    turn = say(chat, extractor, ActionAddToCart(), "add_to_cart", "add both to my cart")

    print(turn.shown)
    assert f"Added {belts[0]}" in turn.shown and "Checking out" not in turn.shown
