"""Stranger test 75 (docs/nlu/stranger-test-75.md, persona B, B5, worst problem 3).

With the heel waiting for its colour and no clutch shown yet, "add the first clutch to my cart and
let's check out, will it get here before New Year's Eve?" only asked the heel's colour again: no
word of the clutch, the checkout or New Year's Eve. Right: the heel's colour asked, the clutch said
not added (none shown yet, a Clutches button), the checkout said to follow the colour, and
whether it arrives before 31 December answered."""

from __future__ import annotations

import json

import pytest

from actions.cart import ActionAddToCart
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from tests.actions.conversation_driver import keep_bot_messages, say, say_and_keep, search
from tests.actions.test_stranger_74_add_and_check_out import INTENTS

PARTY = (
    "Hi there!! I need something sparkly or maybe velvet, a dress in size 10, and heels and a "
    "little clutch too. My budget is $400 for everything and it has to arrive before Dec 31!"
)
HEEL_AND_CLUTCH = (
    "the first one please, add them to my cart in 8.5, and I'd love a small sparkly clutch too, "
    "am I still under 400?"
)
CLUTCH_AND_CHECK_OUT = [
    "add the first clutch to my cart and let's check out, will it get here before New Year's Eve?",
    "add the 1st clutch n lets checkout, will it arrive before NYE?",
    "put the first clutch in my bag and let's check out. will it be here before new years eve?",
    "add the first clutch to my cart then checkout pls, can it get here before Dec 31?",
    "first clutch into my cart and check out, will it come before new year's eve",
]


def heel_waiting(chat, extractor) -> str:
    """B1-B4 (as fixed): the heels in 8.5 listed, the first one's colour asked, the clutches
    kept for next; the heel's title."""
    chat.keep_messages = True
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", PARTY)
    search(chat, extractor, "heels in size 8.5, nothing too high")
    asked = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", HEEL_AND_CLUTCH)
    question = next(
        m["text"] for m in asked.messages if (m.get("text") or "").startswith("Which colour")
    )
    return question.removeprefix("Which colour of the ").rstrip("?")


@pytest.mark.parametrize(("intent", "action"), INTENTS)
@pytest.mark.parametrize("text", CLUTCH_AND_CHECK_OUT)
def test_the_checkout_and_the_day_are_kept_while_the_heel_waits(
    chat, extractor, text, intent, action
):
    """docs/nlu/stranger-test-75.md, B5: the heel's colour asked again, the checkout said to
    follow it, and New Year's Eve answered."""
    heel = heel_waiting(chat, extractor)

    turn = keep_bot_messages(chat, say(chat, extractor, action(), intent, text))

    print(turn.shown)
    shown = turn.shown
    assert heel in shown and "colour" in shown, shown
    assert "check out your cart" in shown, shown
    assert "For Thursday 31 December" in shown and "in time" in shown, shown
    assert "clutch" in shown.lower() and "Clutches" in [b["title"] for b in turn.buttons], shown


def tap(chat, button: dict):
    """The shopper taps a button: its payload's intent and entities, as Rasa would send them."""
    intent, _, entities = button["payload"].lstrip("/").partition("{")
    values = json.loads("{" + entities) if entities else {}
    turn = chat.run(ActionAddToCart(), intent, button["payload"],
                    [{"entity": name, "value": value} for name, value in values.items()])  # fmt: skip
    return keep_bot_messages(chat, turn)


@pytest.mark.parametrize("text", CLUTCH_AND_CHECK_OUT)
def test_both_colours_picked_then_the_checkout(chat, extractor, text):
    """docs/nlu/stranger-test-75.md, B3-B5: the dress and the heel both waiting for a colour; the
    heel's asked, then the dress's, then the checkout begins."""
    chat.keep_messages = True
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", PARTY)
    say_and_keep(chat, extractor, ActionSelectProduct(), "select_product", "the first one")
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products",
                 "Lovely, add it to my cart in size 10 please! Now heels to go with it, size 8.5")  # fmt: skip
    say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", HEEL_AND_CLUTCH)

    turn = keep_bot_messages(chat, say(chat, extractor, ActionAddToCart(), "add_to_cart", text))
    assert "Vivienne Velvet Dress" in turn.shown and "add them and check out" in turn.shown

    heel = tap(chat, turn.buttons[-1])
    print(heel.shown)
    assert "Vivienne Velvet Dress" in heel.shown and "colour" in heel.shown, heel.shown
    assert "Checking out" not in heel.shown

    dress = tap(chat, heel.buttons[-1])
    print(dress.shown)
    assert "Vivienne Velvet Dress (" in dress.shown, dress.shown
    assert "Checking out your cart (2 items)" in dress.shown, dress.shown
