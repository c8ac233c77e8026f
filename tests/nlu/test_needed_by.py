"""The day a shopper needs something by, read from their words (shop_nlu/dates.py)."""

from __future__ import annotations

from datetime import date

import pytest

from shop_nlu.dates import needed_by

THURSDAY = date(2026, 11, 26)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("will it get here by saturday if i order today", date(2026, 11, 28)),
        ("need them for my sons wedding on sat", date(2026, 11, 28)),
        ("can i get it tomorrow??", date(2026, 11, 27)),
        ("tmrw possible?", date(2026, 11, 27)),
        ("i need it for tonight", THURSDAY),
        ("will it come before the weekend", date(2026, 11, 28)),
        ("by next friday", date(2026, 12, 4)),
        ("by friday", date(2026, 11, 27)),
        ("if i order now will it come by wed", date(2026, 12, 2)),
        ("could it arrive by the 5th", date(2026, 12, 5)),
        ("before 3rd of december", date(2026, 12, 3)),
        ("will it be here by dec 24", date(2026, 12, 24)),
        ("by the 20th", date(2026, 12, 20)),
        ("by 2 january", date(2027, 1, 2)),
    ],
)
def test_a_named_day_is_read_from_today(text, day):
    assert needed_by(text, THURSDAY) == day


@pytest.mark.parametrize(
    "text",
    [
        "how long does express take",
        "when will the 2nd one arrive",
        "c'mon how long is delivery",
        "do you ship sun hats fast",
        "by the 31st of february",
    ],
)
def test_no_day_named_gives_none(text):
    assert needed_by(text, THURSDAY) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("black formal shoes in size 10 for a black-tie party tonight", THURSDAY),
        ("need something smart for saturday, size 11", date(2026, 11, 28)),
        ("a dress for next friday", date(2026, 12, 4)),
        ("shoes for the weekend, size 9", date(2026, 11, 28)),
        ("a dress for my sunday best", None),
        ("my sons wedding is saturday, need shoes", date(2026, 11, 28)),
        ("the sat nav bag", None),
    ],
)
def test_in_a_search_a_day_counts_only_when_named_as_a_deadline(text, day):
    assert needed_by(text, THURSDAY, named_as_deadline=True) == day
