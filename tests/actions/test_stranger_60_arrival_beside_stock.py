"""Stranger test 60 (docs/nlu/stranger-test-60.md, persona Doug, worst problem 3, left after its
first fix): "Hmm, the second one then. Is it in stock in 11, and would it get here by Friday the 4th
of December?" got the stock of the second derby but nothing of the Friday. After the stock answer
for the product picked, whether each shipping method gets it there by that day if ordered now."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from actions.discovery import ActionCheckAvailability, ActionSearchProducts
from tests.actions.conversation_driver import say

# Saturday 28 November 2026, morning: the day the stranger asked.
SATURDAY_MORNING = datetime(2026, 11, 28, 9, 0, tzinfo=timezone.utc)
DERBIES = "I think I want lace-ups, derby style maybe. Brown, size 11."
STOCK_AND_A_DAY = [
    "Hmm, the second one then. Is it in stock in 11, and would it get here by Friday the 4th of "
    "December? We've got parents' evening that night and I'd love to not be limping through it.",
    "the first one, in 11? and can i have it by the 12th",
    "is the 2nd in stock in 11 and will it come before saturday",
    "second one in size 11, could i get it before dec 10th?",
    "is the first in stock in 11 and will it arrive by wednesday",
    "the second one in 11 - would it be here by fri 4th dec??",
]


@pytest.mark.parametrize("text", STOCK_AND_A_DAY)
def test_the_day_asked_beside_the_stock_is_answered_too(chat, extractor, pin_clock, text):
    pin_clock(SATURDAY_MORNING, "actions.checkout_slots")
    say(chat, extractor, ActionSearchProducts(), "search_products", DERBIES)

    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    print(turn.shown)
    assert "in stock" in turn.shown or "sold out" in turn.shown  # the stock, as before
    assert "If you order the" in turn.shown
    assert "Ordered today, for" in turn.shown
    assert "Standard" in turn.shown and "Express" in turn.shown


def test_the_strangers_friday_is_friday_4_december(chat, extractor, pin_clock):
    pin_clock(SATURDAY_MORNING, "actions.checkout_slots")
    say(chat, extractor, ActionSearchProducts(), "search_products", DERBIES)

    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability", STOCK_AND_A_DAY[0])

    assert "Friday 04 December" in turn.shown


@pytest.mark.parametrize("text", ["is the second one in stock in 11?", "2nd one in 11 please"])
def test_stock_alone_says_no_arrival(chat, extractor, pin_clock, text):
    pin_clock(SATURDAY_MORNING, "actions.checkout_slots")
    say(chat, extractor, ActionSearchProducts(), "search_products", DERBIES)

    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    assert "If you order the" not in turn.shown
