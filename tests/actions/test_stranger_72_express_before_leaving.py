"""Stranger test 72 (docs/nlu/stranger-test-72.md, persona B, supplementary run, message 12, worst
problem 6). Right after ordering with standard shipping (due Friday 04 December), "we leave on
Friday ... could you switch my order to express delivery please?" got only "I can't change the
shipping method ... cancel it ... and order again". It ignored the day: the order arrives that
same Friday, and arriving on the day you leave is not "in time" (README, "Will it get here by
Saturday?"). Right: when the order placed arrives against the day named, when express ordered
again now would arrive, and how to switch (cancel and order again), whichever intent is heard."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from actions.checkout import ActionReviewOrder
from actions.delivery_replies import day
from actions.order_changes import ActionExplainOrderChange
from commerce.shipping import SHIPPING_METHODS
from tests.actions.conversation_driver import say

# The run was played on Friday 27 November 2026: standard shipping arrives by Friday 04 December,
# and "Friday" said then is that Friday, a week on.
FRIDAY_NOON = datetime(2026, 11, 27, 12, tzinfo=timezone.utc)
STANDARD_BY = "Friday 04 December"


@pytest.fixture
def on_friday_27_november(pin_clock):
    """The order placed, and the question asked, on Friday 27 November 2026."""
    pin_clock(FRIDAY_NOON, "commerce.orders", "actions.checkout_slots")


SWITCHES = [
    ("Oh bother, we leave on Friday - could you switch my order to express delivery please?",
     ActionExplainOrderChange(), "change_order"),
    ("we leave friday, can u switch my order to express", ActionExplainOrderChange(),
     "change_order"),
    ("we fly out on friday, pls change my order to express shipping", ActionExplainOrderChange(),
     "change_order"),
    ("can my order go express instead? we leave on friday", ActionExplainOrderChange(),
     "change_order"),
    ("switch the order to express pls, im leaving friday", ActionReviewOrder(),
     "choose_shipping"),
    ("our flight is on friday, can the order be sent express instead??",
     ActionExplainOrderChange(), "change_order"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "action", "intent"), SWITCHES)
def test_switching_to_express_says_both_dates_against_the_day_they_leave(
    on_friday_27_november, chat, extractor, order_number, text, action, intent
):
    turn = say(chat, extractor, action, intent, text)

    # The order placed: when it comes, and that it's too late for the day they leave.
    assert order_number in turn.text
    assert STANDARD_BY in turn.text
    assert "too late" in turn.text
    # Express, ordered again now: its date, in time.
    express_by = SHIPPING_METHODS["express"].arrival(FRIDAY_NOON.date())[1]
    assert f"Express, ordered again today, would arrive by {day(express_by)}" in turn.text
    assert "in time" in turn.text
    # How: cancel and order again, one tap away.
    assert "cancel" in turn.text.lower()
    assert "/cancel_order" in [b["payload"] for b in turn.buttons]


def test_switching_with_no_day_named_still_says_both_dates(
    on_friday_27_november, chat, extractor, order_number
):
    turn = say(chat, extractor, ActionExplainOrderChange(), "change_order",
               "can u switch my order to express pls")  # fmt: skip

    assert STANDARD_BY in turn.text
    express_by = SHIPPING_METHODS["express"].arrival(FRIDAY_NOON.date())[1]
    assert f"would arrive by {day(express_by)}" in turn.text
    assert "too late" not in turn.text
