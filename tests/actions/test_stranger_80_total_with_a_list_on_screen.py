"""Stranger test 80 (docs/nlu/stranger-test-80.md, persona A, message A8, worst problem 7).

Dario opened the Fell Suede Chelsea Boot, asked "also a black belt" (three belts listed) and then
"whats the total": the cart was empty and "what you looked at" was the boots alone, the belts just
listed silently left out. Right: the cart said empty, the boots totalled, and the belts on screen
not skipped: which belt to count is asked, one button each."""

from __future__ import annotations

import pytest

from actions.cart import ActionShowCart
from actions.discovery import ActionSelectProduct
from actions.product_actions import ActionShowPrice
from tests.actions.conversation_driver import say, search

TOTALS = [
    ("whats the total", ActionShowCart(), "show_cart"),
    ("whats the total", ActionShowPrice(), "ask_price"),
    ("total pls", ActionShowCart(), "show_cart"),
    ("how much all together?", ActionShowCart(), "show_cart"),
    ("wat would it all come to", ActionShowPrice(), "ask_price"),
    ("so whats the damage altogether", ActionShowPrice(), "ask_price"),
]  # fmt: skip


def boots_opened_then_belts_listed(chat, extractor) -> str:
    """Chelsea boots listed and one opened, then black belts listed; the boot's title."""
    search(chat, extractor, "black suede chelsea boots")
    opened = say(chat, extractor, ActionSelectProduct(), "select_product", "the first one")
    boot = opened.shown.splitlines()[0].split(" by ")[0].strip("*# ")
    belts = search(chat, extractor, "also a black belt")
    assert "belt" in belts.shown.lower() and belts.shown.count("\n2. ") == 1, belts.shown
    return boot


@pytest.mark.parametrize(("text", "action", "intent"), TOTALS, ids=lambda v: str(v)[:25])
def test_the_belts_on_screen_are_asked_about_not_skipped(chat, extractor, text, action, intent):
    """docs/nlu/stranger-test-80.md, A8 (problem 7)."""
    boots_opened_then_belts_listed(chat, extractor)

    turn = say(chat, extractor, action, intent, text)

    print(turn.shown, turn.buttons)
    shown = turn.shown
    assert "cart is empty" in shown, shown
    assert "Chelsea" in shown, shown  # the boots looked at, totalled
    assert "which belt" in shown.lower(), shown
    assert sum("belt" in button["title"].lower() for button in turn.buttons) >= 2, turn.buttons


@pytest.mark.parametrize("text", ["whats the total", "total now?", "how much all together?"])
def test_a_belt_tapped_is_counted_with_the_boots(chat, extractor, text):
    """A belt's button, then the total again: the boots and that belt, added up."""
    boots_opened_then_belts_listed(chat, extractor)
    asked = say(chat, extractor, ActionShowCart(), "show_cart", "whats the total")
    belt = asked.buttons[0]

    say(chat, extractor, ActionSelectProduct(), "select_product", belt["payload"])
    turn = say(chat, extractor, ActionShowCart(), "show_cart", text)

    print(turn.shown)
    assert "Chelsea" in turn.shown and belt["title"] in turn.shown, turn.shown
    assert "which belt" not in turn.shown.lower()
