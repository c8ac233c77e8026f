"""Stranger test 50 (docs/nlu/stranger-test-50.md, persona Rico, message 4), once more: "by fri"
asked on a Friday is counted as next Friday, since nothing ordered now arrives the same day; the
reply said "for Friday 04 December" without saying why a week on. It now says that today is
Friday, so the shopper sees the day was not misread."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say

FRIDAY_EVENING = datetime(2026, 11, 27, 19, 0, tzinfo=timezone.utc)
TUESDAY_MORNING = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)

BY_FRIDAY = [
    "by fri",
    "can it come by fri?",
    "will it be here by friday",
    "need it by fri pls",
    "it come by fri??",
]


@pytest.mark.parametrize("text", BY_FRIDAY)
def test_by_friday_on_a_friday_says_today_is_friday(chat, extractor, pin_clock, text):
    pin_clock(FRIDAY_EVENING, "actions.service")

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", text)

    print(turn.shown)
    assert "Today is Friday" in turn.shown
    assert "for Friday 04 December" in turn.shown


@pytest.mark.parametrize("text", BY_FRIDAY[:2])
def test_by_friday_on_another_day_says_nothing_of_today(chat, extractor, pin_clock, text):
    pin_clock(TUESDAY_MORNING, "actions.service")

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", text)

    print(turn.shown)
    assert "Today is" not in turn.shown
    assert "for Friday 27 November" in turn.shown
