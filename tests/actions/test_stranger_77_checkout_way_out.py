"""Stranger test 77 (docs/nlu/stranger-test-77.md, persona B, B6-B8, worst problem 3).

The dress was in the cart and the blazer still waited for its size. "Check out" and every detail
typed after it got "still waiting for a size" word for word, three times, with no way past the
blazer. A checkout asked while a pick waits offers a way forward: the size question, "Check out
without" the pick and "Drop" it; asked again, the checkout goes ahead without it instead of the
same reply; and a pick asked again and again offers the team."""

from __future__ import annotations

import pytest

from actions.cart import ActionAddToCart, ActionCheckoutCart, ActionRemoveFromCart
from actions.chitchat import ActionOutOfScope
from actions.discovery import ActionSearchProducts
from actions.order_details import ActionTakeOrderDetails
from tests.actions.conversation_driver import keep_bot_messages, say, say_and_keep

BLAZER = "Henley Hopsack Blazer"
CHECKOUTS = ["check out", "checkout", "lets checkout pls", "ok check out now", "can i pay now"]


def blazer_waiting_with_something_in_the_cart(chat, extractor):
    """B3-B4: something in the cart, then the blazer asked for its size."""
    chat.keep_messages = True
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "oxfords")
    added = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart",
                         "add the first one in size 10")  # fmt: skip
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "blazers")
    asked = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart",
                         "add the henley hopsack blazer in navy")  # fmt: skip
    assert BLAZER in asked.shown and "size" in asked.shown.lower(), (added.shown, asked.shown)
    return asked


def checkout(chat, extractor, text):
    return keep_bot_messages(chat, say(chat, extractor, ActionCheckoutCart(), "checkout", text))


@pytest.mark.parametrize("text", CHECKOUTS)
def test_checkout_while_the_blazer_waits_offers_a_way_forward(chat, extractor, text):
    """docs/nlu/stranger-test-77.md, B6-B8: the size asked, and buttons to check out without the
    blazer or to drop it."""
    asked = blazer_waiting_with_something_in_the_cart(chat, extractor)

    turn = checkout(chat, extractor, text)

    titles = [b["title"] for b in turn.buttons]
    assert BLAZER in turn.shown and "size" in turn.shown, turn.shown
    assert all(b["title"] in titles for b in asked.buttons), titles
    assert f"Check out without the {BLAZER}" in titles, titles
    assert f"Drop the {BLAZER}" in titles, titles


@pytest.mark.parametrize("text", CHECKOUTS)
def test_checkout_asked_again_after_details_goes_ahead_without_the_blazer(chat, extractor, text):
    """docs/nlu/stranger-test-77.md, B6-B8: "check out", her name and email typed, "check out"
    again: never the same reply; the checkout goes ahead without the blazer and says so."""
    blazer_waiting_with_something_in_the_cart(chat, extractor)
    first = checkout(chat, extractor, text)
    say_and_keep(chat, extractor, ActionOutOfScope(), "out_of_scope", "Maria Gonzalez")
    say_and_keep(chat, extractor, ActionTakeOrderDetails(), "inform", "maria.gonzalez@example.com")

    again = checkout(chat, extractor, text)

    assert again.shown != first.shown
    followups = [e.get("name") for e in again.events if e.get("event") == "followup"]
    assert followups, again.shown
    assert "still waiting for a size: which one?" not in again.shown, again.shown
    assert f"without the {BLAZER}" in again.shown, again.shown


@pytest.mark.parametrize(
    "text",
    [
        "drop the blazer",
        "forget the blazer",
        "nvm the blazer, remove it",
        "take the henley blazer out",
        "remove the blazer pls",
    ],  # fmt: skip
)
def test_dropping_the_blazer_leaves_the_cart_ready(chat, extractor, text):
    """docs/nlu/stranger-test-77.md, B6-B8: dropping the waiting blazer says it never went in,
    shows the cart, and the size is no longer asked."""
    blazer_waiting_with_something_in_the_cart(chat, extractor)
    checkout(chat, extractor, "check out")

    turn = say_and_keep(chat, extractor, ActionRemoveFromCart(), "remove_from_cart", text)

    assert BLAZER in turn.shown and "never went into your cart" in turn.shown, turn.shown
    assert "which one?" not in turn.shown
    assert "Check out" in [b["title"] for b in turn.buttons], turn.buttons


def test_the_drop_button_drops_the_blazer(chat, extractor):
    """docs/nlu/stranger-test-77.md, B6-B8: the "Drop the ..." button tapped."""
    blazer_waiting_with_something_in_the_cart(chat, extractor)
    held = checkout(chat, extractor, "check out")
    drop = next(b for b in held.buttons if b["title"].startswith("Drop"))

    turn = say_and_keep(chat, extractor, ActionRemoveFromCart(), "remove_from_cart",
                        drop["payload"])  # fmt: skip

    assert "never went into your cart" in turn.shown, turn.shown


@pytest.mark.parametrize(
    "details",
    [
        ("Maria Gonzalez", "maria.gonzalez@example.com", "45 Elm Street, 60614 Chicago"),
        ("maria gonzalez", "mg@example.com", "45 elm st 60614 chicago"),
        ("Jake Moreno", "jakem97@example.com", "88 Pine St, 98101 Seattle"),
        ("its maria", "maria.g@gmail.com", "12 Harbour Lane, 02110 Boston"),
        ("Maria Gonzalez.", "maria@example.co.uk", "1200 N Lake Shore Dr, Chicago, IL 60610"),
    ],
)
def test_the_third_detail_in_a_row_offers_the_team_and_a_way_out(chat, extractor, details):
    """docs/nlu/stranger-test-77.md, B6-B8 (no escalation): after the pick was asked again twice,
    the third reply offers the way out and the team."""
    blazer_waiting_with_something_in_the_cart(chat, extractor)
    checkout(chat, extractor, "check out")
    steps = [(ActionOutOfScope(), "out_of_scope", details[0]),
             (ActionTakeOrderDetails(), "inform", details[1]),
             (ActionTakeOrderDetails(), "inform", details[2])]  # fmt: skip
    turns = [say_and_keep(chat, extractor, *step) for step in steps]

    offered = [t for t in turns if "help@" in t.shown or "Talk to a person" in str(t.buttons)]
    assert len(offered) == 1, [t.shown for t in turns]  # offered once, never each turn
    titles = [b["title"] for b in offered[0].buttons]
    assert f"Check out without the {BLAZER}" in titles, (offered[0].shown, titles)
    assert f"Drop the {BLAZER}" in titles
    assert len({t.shown for t in turns}) == 3
