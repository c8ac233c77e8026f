"""A black tie for a funeral next Friday, then a suit, then "add both" (docs/nlu/stranger-test-85.md,
A1 and A5).

- A1: "need blk tie for a funeral nxt fri" listed 7 ties, plain dark ones first, among them the
  Wool Knit Tie, which has no black, and no line about arriving by next Friday. Right: "blk" is
  black (only black ties listed), and "nxt fri" names next Friday as "next friday" does.
- A5: ties shown, then two suits, "the cheaper one" opened the Hanover; "add both to cart pls"
  added the Hanover and the other suit ($888 on a $500 budget). Right: with one suit picked and
  ties shown before, "both" is not the two suits: the bot asks what "both" means (or adds the
  suit and the one tie opened), never the two suits silently.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts
from actions.picking import ActionCheckAvailability, ActionSelectProduct
from tests.actions.conversation_driver import keep_bot_messages, say_and_keep, search

# A Saturday: "next friday" is Friday 4 December.
MOMENT = datetime(2026, 11, 28, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def pinned(pin_clock):
    pin_clock(MOMENT, "actions.search_notes", "actions.service", "actions.checkout_slots")


BLACK_TIE_NEXT_FRIDAY = [
    "need blk tie for a funeral nxt fri",
    "need a black tie for a funeral next fri",
    "blk tie for a funeral nxt friday",
    "black tie for a funeral next friday",
    "need blk tie by nxt fri",
    "blk tie pls, for a funeral nxt fri",
]


@pytest.mark.parametrize("text", BLACK_TIE_NEXT_FRIDAY)
def test_a_black_tie_for_next_friday_lists_black_ties_and_the_arrival(
    chat, extractor, pinned, text
):
    """docs/nlu/stranger-test-85.md, A1: black ties only, and a line for Friday 4 December."""
    shown = search(chat, extractor, text).shown

    assert "Wool Knit Tie" not in shown, shown
    assert "Silk Grenadine Tie" in shown or "Skinny Silk Tie" in shown, shown
    assert "For Friday 04 December" in shown, shown


@pytest.mark.parametrize(
    "text",
    ["need blk shoes", "blk dress in M", "blk belt pls", "a blk suit 40r", "blk boots size 10"],
)
def test_blk_is_black(chat, extractor, text):
    """docs/nlu/stranger-test-85.md, A1: "blk" said of any kind is black."""
    assert "black" in [e.value for e in extractor.extract(text) if e.entity == "colour"], text


A1 = "need blk tie for a funeral nxt fri"
A2 = "wat about a dark suit 40r under 500"
BOTH = [
    "add both to cart pls",
    "add both to my cart",
    "both in the cart please",
    "put both in my basket",
    "ill take both, add to cart",
    "add both pls",
]


def devs_suit(chat, extractor) -> None:
    """Ties, then two suits, the cheaper one (the Hanover) opened and asked about in charcoal."""
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", A1)
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", A2)
    turn = say_and_keep(chat, extractor, ActionSelectProduct(), "select_product", "the cheaper one")
    assert "Hanover Flannel Suit" in turn.shown, turn.shown
    say_and_keep(
        chat, extractor, ActionCheckAvailability(), "check_availability", "does it come in charcoal"
    )


@pytest.mark.parametrize("text", BOTH)
def test_both_after_one_suit_picked_is_not_the_two_suits(chat, extractor, pinned, text):
    """docs/nlu/stranger-test-85.md, A5: never both suits when only one was picked."""
    devs_suit(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)

    shown = turn.shown
    assert "Clifton Travel Suit (40R" not in shown, shown
    assert "$888" not in shown, shown
    assert "Both of what?" in shown, shown
    titles = [b["title"] for m in turn.messages for b in m.get("buttons") or []]
    assert any("Hanover" in t for t in titles), titles


def tap(chat, button: dict, action=None):
    """The shopper taps a button: its payload's intent and entities, as Rasa sends them."""
    intent, _, entities = button["payload"].lstrip("/").partition("{")
    found = [{"entity": k, "value": v} for k, v in json.loads("{" + entities).items()]
    turn = chat.run(action or ActionAddToCart(), intent, button["title"], found)
    return keep_bot_messages(chat, turn)


def test_the_suit_tapped_after_both_of_what_goes_in_alone(chat, extractor, pinned):
    """docs/nlu/stranger-test-85.md, A5: the Hanover tapped goes in (40R, charcoal), alone; the
    ties button lists the black ties again."""
    devs_suit(chat, extractor)
    asked = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", BOTH[0]).messages[-1]
    buttons = {b["title"]: b for b in asked["buttons"]}
    assert set(buttons) == {"Hanover Flannel Suit", "Clifton Travel Suit", "Ties"}, buttons

    shown = tap(chat, buttons["Hanover Flannel Suit"]).shown
    assert "Added Hanover Flannel Suit (40R, Charcoal)" in shown, shown
    assert "Clifton" not in shown, shown

    ties = tap(chat, buttons["Ties"], ActionSearchProducts()).shown
    assert "Skinny Silk Tie" in ties and "Wool Knit Tie" not in ties, ties


def test_both_with_one_tie_opened_is_the_suit_and_the_tie(chat, extractor, pinned):
    """docs/nlu/stranger-test-85.md, A5: a tie opened, then the suit: "both" is those two."""
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", A1)
    say_and_keep(chat, extractor, ActionSelectProduct(), "select_product", "the first one")
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", A2)
    say_and_keep(chat, extractor, ActionSelectProduct(), "select_product", "the cheaper one")

    shown = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", BOTH[0]).shown

    assert "Clifton" not in shown, shown
    assert "Hanover Flannel Suit" in shown and "Silk Grenadine Tie" in shown, shown


def test_both_suits_named_adds_the_two_suits(chat, extractor, pinned):
    """docs/nlu/stranger-test-85.md, A5: "both suits" says which two: no question."""
    devs_suit(chat, extractor)

    shown = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", "add both suits").shown

    assert "Both of what?" not in shown, shown
    assert "Added Hanover Flannel Suit" in shown and "Added Clifton Travel Suit" in shown, shown
