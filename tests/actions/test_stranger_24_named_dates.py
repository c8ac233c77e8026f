"""Stranger test 24 (docs/nlu/stranger-test-24.md, persona Mateus #13, worst problem 1): on Friday
27 November, "the festival start on friday 4 december, it arrive before?" was answered "Ordered
today, for Friday 27 November: ... too late I'm afraid" for both shipping methods, although both
arrive before 4 December. The weekday was read (this Friday: today) and the date ignored.

A named date ("friday 4 december", "friday the 4th", "dec 4", "4/12") is the day asked about, also
when its weekday is wrong or the English is not native; the reply is then computed for that day."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from actions.service import ActionAnswerServiceQuestion
from shop_nlu.dates import needed_by, weekday_said_alone
from tests.actions.conversation_driver import say

FRIDAY_27_NOVEMBER = date(2026, 11, 27)
# The clock of the stranger's conversation: Friday 27 November 2026, in the morning.
FRIDAY_MORNING = datetime(2026, 11, 27, 10, 0, tzinfo=timezone.utc)
FESTIVAL = date(2026, 12, 4)


ASKED_FOR_4_DECEMBER = [
    "the festival start on friday 4 december, it arrive before?",  # the stranger's words
    "will it arrive before friday the 4th?",
    "festival is dec 4, will it get there in time",
    "need it by 4/12 can u make it",
    "can it come before fri 4th december",
    "i need it for friday 4 december",
    "the 4th of december it arrives?",
    "will it be there by friday 4th",
    # The weekday is wrong (4 December is a Friday): the date is still the day meant.
    "will it get here by thursday 4 december",
]


@pytest.mark.parametrize("text", ASKED_FOR_4_DECEMBER)
def test_a_named_date_is_the_day_asked_about(text):
    assert needed_by(text, FRIDAY_27_NOVEMBER) == FESTIVAL


@pytest.mark.parametrize("text", ASKED_FOR_4_DECEMBER)
def test_a_weekday_named_with_a_date_is_not_a_weekday_said_alone(text):
    assert weekday_said_alone(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "a dress for friday 4 december",
        "need a suit for my wedding on friday the 4th",
        "shoes for the party on fri 4th december",
    ],
)
def test_in_a_search_a_weekday_before_the_date_still_names_it(text):
    assert needed_by(text, FRIDAY_27_NOVEMBER, named_as_deadline=True) == FESTIVAL


@pytest.mark.parametrize("text", ["size 10/12 by friday", "will the 32/34 come by friday"])
def test_sizes_with_a_slash_are_no_date(text):
    # The Friday said alone, on a Friday, is next week's (stranger test 50), not a date in figures.
    assert needed_by(text, FRIDAY_27_NOVEMBER) == FESTIVAL


@pytest.mark.parametrize("text", ASKED_FOR_4_DECEMBER)
def test_both_methods_arrive_in_time_for_the_date_named(chat, extractor, pin_clock, text):
    pin_clock(FRIDAY_MORNING, "actions.service")
    say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", "how long is shipping")

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", text)

    print(turn.text)
    assert "for Friday 04 December" in turn.text
    assert "Friday 27 November" not in turn.text
    assert "too late" not in turn.text
    assert turn.text.count("in time") == 2  # Standard and Express
