"""Stranger test 85, B5-B6 (docs/nlu/stranger-test-85.md, worst problem 3): "please add the dress
in M and the shoes in 8 to my cart, and tell me what the total comes to with express shipping."
left a purchase question open, and "Will that all arrive before the 11th? I'd hate to be wearing my
old black thing again." dropped it: a stray stock line about black ("in stock US 5 to US 11
(Black)"), and on today's tree the black of her old dress taken as the Elodie's colour and added.

Right: the black of "my old black thing" is hers, no answer to "which colour?" nor a stock
question; the arrival is answered (by Friday 4 December with Standard, in time for the 11th), and
the question still open is asked again with its buttons."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from actions.after_sales import ActionOrderStatus
from actions.cart_adding import ActionAddToCart
from actions.conversation import QUESTIONS_NEXT
from actions.discovery import ActionSearchProducts
from actions.picking import ActionCheckAvailability, ActionSelectProduct
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import keep_bot_messages, say_as_heard

ACTIONS = {
    "search_products": ActionSearchProducts,
    "refine_search": ActionSearchProducts,
    "check_availability": ActionCheckAvailability,
    "select_product": ActionSelectProduct,
    "add_to_cart": ActionAddToCart,
}
B1 = (
    "Hi there! So my office Christmas party is on December 11th and I need a red or green dress "
    "in a size M, nothing over $150. I also need black heels in size 8 that I can actually dance in."
)
B2 = (
    "Oh those look lovely, which of them is the cheapest, and does it come in green because I "
    "think red might clash with my hair?"
)
B3 = (
    "Okay great, and what shoes would go with it? Nothing too high though, I want to be able to "
    "dance all night."
)
B4 = "The second one please, and can you tell me if it's in stock in a size 8?"
B5 = (
    "Lovely, please add the dress in M and the shoes in 8 to my cart, and tell me what the total "
    "comes to with express shipping."
)
# A Monday, 30 November 2026 (the stranger's week): the 11th is Friday 11 December.
MONDAY = datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc)
CLOCKS = ("actions.checkout_slots", "actions.search_notes", "actions.service")
B6 = "Will that all arrive before the 11th? I'd hate to be wearing my old black thing again."


# The same question, as a shopper might put it (the doc's first).
ARRIVAL = [
    B6,
    "will it all get here before the 11th? dont want to wear my old black thing again",
    "would everything arrive by dec 11th? otherwise it's my old black dress again lol",
    "Will they arrive before the 11th?",
    "will all of that be here before the 11th, I'd hate to be wearing my old black outfit",
    "wil that all arive b4 the 11th",
]
# What the model may hear: the doc's message was heard as check_availability.
HEARD = {
    "check_availability": ActionCheckAvailability,
    "ask_delivery_time": ActionAnswerServiceQuestion,
    "order_status": ActionOrderStatus,
}
IN_TIME = "Standard ($5.95, free from $100): arrives by"


def _said(chat, extractor, heard: str, text: str):
    actions = {**ACTIONS, **HEARD}
    return say_as_heard(chat, extractor, actions, heard, text, confidence=0.5, keep=True)


def _up_to_b5(chat, extractor, pin_clock, *, b2: bool) -> None:
    pin_clock(MONDAY, *CLOCKS)
    lines = [("search_products", B1), ("select_product", B2), ("search_products", B3),
             ("check_availability", B4), ("add_to_cart", B5)]  # fmt: skip
    for heard, text in lines if b2 else [line for line in lines if line[1] != B2]:
        _said(chat, extractor, heard, text)


@pytest.mark.parametrize("heard", HEARD)
@pytest.mark.parametrize("text", ARRIVAL)
def test_which_dress_is_asked_again_under_the_arrival(chat, extractor, pin_clock, text, heard):
    """The doc's conversation: no dress picked, so B5 asked "Which dress do you mean?" and put
    the Elodie off; B6 answers when it would all arrive and asks which dress again."""
    _up_to_b5(chat, extractor, pin_clock, b2=False)

    turn = _said(chat, extractor, heard, text)

    shown = turn.shown
    assert "in stock" not in shown, shown  # no stray stock line
    assert "Added" not in shown, shown  # black is her old dress, no choice
    assert IN_TIME in shown and "11 December" in shown and "in time" in shown, shown
    assert "Not in your cart yet" in shown, shown
    last = turn.messages[-1]
    assert "Which dress do you mean" in last["text"], shown
    titles = [b["title"] for b in last.get("buttons") or []]
    assert "Vivienne Velvet Dress" in " ".join(titles) and "Calla" in " ".join(titles), titles
    # Still one thing at a time: the shoes' question is not asked beside it.
    assert "still waiting for a colour" not in shown and shown.count("?") == 1, shown


@pytest.mark.parametrize("heard", HEARD)
@pytest.mark.parametrize("text", ARRIVAL)
def test_the_shoes_colour_is_asked_again_under_the_cart_and_its_arrival(
    chat, extractor, pin_clock, text, heard
):
    """Today's tree: B2 picks the Vivienne in green, B5 adds it and asks the Elodie's colour; B6
    gets the cart's arrival and the colour question again, never the Elodie added in black."""
    _up_to_b5(chat, extractor, pin_clock, b2=True)

    turn = _said(chat, extractor, heard, text)

    shown = turn.shown
    assert "Added" not in shown and "in stock" not in shown, shown
    assert "Vivienne Velvet Dress (M, Green)" in shown, shown  # the cart
    assert "11 December" in shown and "in time" in shown, shown
    last = turn.messages[-1]
    assert "Elodie Satin Evening Flat" in last["text"] and last["text"].endswith("?"), shown
    assert {"Black", "Ivory", "Silver"} <= {b["title"] for b in last.get("buttons") or []}, shown


def test_a_colour_said_as_the_answer_is_still_taken(chat, extractor, pin_clock):
    """The colour asked for, said plainly with the arrival question, is the answer (carried)."""
    _up_to_b5(chat, extractor, pin_clock, b2=True)

    turn = _said(chat, extractor, "add_to_cart", "black please")

    assert "Added Elodie Satin Evening Flat (US 8 / EU 38.5, Black)" in turn.shown, turn.shown


def test_the_dress_tapped_then_the_shoes_come_next_as_promised(chat, extractor, pin_clock):
    """After B6 asked which dress again, a tap of the Vivienne goes on with it (its colour, red or
    green, asked) and the Elodie's question, put off at B5, is still kept for after it."""
    _up_to_b5(chat, extractor, pin_clock, b2=False)
    asked = _said(chat, extractor, "check_availability", B6).messages[-1]
    button = next(b for b in asked["buttons"] if "Vivienne" in b["title"])
    intent, _, values = button["payload"].lstrip("/").partition("{")
    found = [{"entity": k, "value": v} for k, v in json.loads("{" + values).items()]

    turn = keep_bot_messages(chat, chat.run(ActionAddToCart(), intent, button["title"], found))

    assert "Vivienne Velvet Dress" in turn.shown and "Calla" not in turn.shown, turn.shown
    assert "Elodie Satin Evening Flat" in str(turn.messages[-1].get(QUESTIONS_NEXT)), turn.messages
