"""Shipping methods, their prices and delivery times, and business-day arithmetic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal


@dataclass(frozen=True)
class ShippingMethod:
    key: str
    label: str
    cost: Decimal
    free_from: Decimal | None  # orders of at least this much ship free
    min_business_days: int
    max_business_days: int

    def cost_for(self, subtotal: Decimal) -> Decimal:
        if self.free_from is not None and subtotal >= self.free_from:
            return Decimal("0.00")
        return self.cost

    def arrival(self, ordered: date) -> tuple[date, date]:
        """The first and the last day an order placed on `ordered` arrives (working days only)."""
        return (
            add_business_days(ordered, self.min_business_days),
            add_business_days(ordered, self.max_business_days),
        )


SHIPPING_METHODS = {
    method.key: method
    for method in (
        ShippingMethod("standard", "Standard", Decimal("5.95"), Decimal("100.00"), 3, 5),
        ShippingMethod("express", "Express", Decimal("14.95"), None, 1, 2),
    )
}


def add_business_days(start: date, days: int) -> date:
    """The date `days` working days (Monday to Friday) after `start`."""
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current
