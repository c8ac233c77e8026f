"""Each shipping method's first and last day of arrival (commerce/shipping.py)."""

from __future__ import annotations

from datetime import date

from commerce.shipping import SHIPPING_METHODS

THURSDAY = date(2026, 11, 26)


def test_arrival_counts_working_days_only():
    assert SHIPPING_METHODS["express"].arrival(THURSDAY) == (date(2026, 11, 27), date(2026, 11, 30))
    assert SHIPPING_METHODS["standard"].arrival(THURSDAY) == (date(2026, 12, 1), date(2026, 12, 3))
