"""Each shipping method's first and last day of arrival (commerce/shipping.py)."""

from __future__ import annotations

from datetime import date

from commerce.shipping import (
    SHIPPING_METHODS,
    ArrivalBy,
    better_method,
    cheapest_method,
    fastest_method,
    method_for,
    sooner_method,
)

THURSDAY = date(2026, 11, 26)


def test_arrival_counts_working_days_only():
    assert SHIPPING_METHODS["express"].arrival(THURSDAY) == (date(2026, 11, 27), date(2026, 11, 30))
    assert SHIPPING_METHODS["standard"].arrival(THURSDAY) == (date(2026, 12, 1), date(2026, 12, 3))


def test_arrives_by_a_day_is_in_time_may_make_it_or_too_late():
    standard, express = SHIPPING_METHODS["standard"], SHIPPING_METHODS["express"]
    friday, monday, thursday_after = date(2026, 11, 27), date(2026, 11, 30), date(2026, 12, 3)

    assert express.arrives_by(THURSDAY, friday) == ArrivalBy.MAY_MAKE_IT
    assert express.arrives_by(THURSDAY, monday) == ArrivalBy.IN_TIME
    assert express.arrives_by(THURSDAY, THURSDAY) == ArrivalBy.TOO_LATE
    assert standard.arrives_by(THURSDAY, friday) == ArrivalBy.TOO_LATE
    assert standard.arrives_by(THURSDAY, thursday_after) == ArrivalBy.IN_TIME


def test_the_better_method_for_a_day_is_the_surest_then_the_cheapest():
    standard, express = SHIPPING_METHODS["standard"], SHIPPING_METHODS["express"]

    assert better_method(standard, date(2026, 11, 27), THURSDAY) == express  # may make it
    assert better_method(standard, date(2026, 12, 1), THURSDAY) == express  # in time
    assert better_method(standard, date(2026, 12, 3), THURSDAY) is None  # standard is in time
    assert better_method(express, date(2026, 11, 27), THURSDAY) is None  # none does better
    assert method_for(date(2026, 12, 3), THURSDAY) == (standard, ArrivalBy.IN_TIME)
    assert method_for(date(2026, 11, 27), THURSDAY) == (express, ArrivalBy.MAY_MAKE_IT)


def test_the_cheaper_and_the_faster_shipping():
    """ "The cheaper one" / "the faster one" said of shipping (actions/delivery_choice.py)."""
    assert cheapest_method() == SHIPPING_METHODS["standard"]
    assert fastest_method() == SHIPPING_METHODS["express"]


def test_a_sooner_method_is_one_whose_window_ends_earlier():
    # Stranger test 24 (docs/nlu/stranger-test-24.md): the review said no shipping was sooner
    # while Express arrived two days before Standard.
    standard, express = SHIPPING_METHODS["standard"], SHIPPING_METHODS["express"]

    assert sooner_method(standard, THURSDAY) == express
    assert sooner_method(express, THURSDAY) is None
