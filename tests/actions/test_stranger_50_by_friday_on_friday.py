"""Stranger test 50 (docs/nlu/stranger-test-50.md, persona Rico, worst problem 4): asked on Friday
27 November, "it come by fri??" got "Ordered today, for Friday 27 November: ... too late I'm
afraid" for both shipping methods. Nothing ordered now arrives today: a weekday said by itself
that is today's is the one a week on (next Friday, 4 December), where both methods arrive in
time. "this friday" said on a Friday is still today."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from actions.service import ActionAnswerServiceQuestion
from shop_nlu.dates import needed_by
from tests.actions.conversation_driver import say

FRIDAY_27_NOVEMBER = date(2026, 11, 27)
NEXT_FRIDAY = date(2026, 12, 4)
# The clock of the stranger's conversation: Friday 27 November 2026, in the evening.
FRIDAY_EVENING = datetime(2026, 11, 27, 19, 0, tzinfo=timezone.utc)


ASKED_ON_A_FRIDAY = [
    "it come by fri??",  # the stranger's words
    "will it arrive by friday",
    "can i get it by fri?",
    "need it for friday, will it be here",
    "before friday?",
]


@pytest.mark.parametrize("text", ASKED_ON_A_FRIDAY)
def test_the_weekday_of_today_said_alone_is_next_weeks(text):
    assert needed_by(text, FRIDAY_27_NOVEMBER) == NEXT_FRIDAY


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("by this friday?", FRIDAY_27_NOVEMBER),
        ("can it come today", FRIDAY_27_NOVEMBER),
        ("by next friday", NEXT_FRIDAY),
        ("by saturday", date(2026, 11, 28)),
        ("by thursday", date(2026, 12, 3)),
    ],
)
def test_other_days_are_read_as_before(text, day):
    assert needed_by(text, FRIDAY_27_NOVEMBER) == day


@pytest.mark.parametrize("text", ASKED_ON_A_FRIDAY)
def test_both_methods_arrive_by_next_friday(chat, extractor, pin_clock, text):
    pin_clock(FRIDAY_EVENING, "actions.service")

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", text)

    print(turn.text)
    assert "for Friday 04 December" in turn.text
    assert "Friday 27 November" not in turn.text
    assert "too late" not in turn.text
