"""Shipping methods, their prices and delivery times, and business-day arithmetic."""

from __future__ import annotations

import re
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


# Countries a shopper may ask to ship to, as they say them -> the name to answer with. A country
# the settings' `ships_to` names (by any of its words) is one the shop delivers to.
_COUNTRIES = {
    "united states": "the United States", "usa": "the United States", "u.s.": "the United States",
    "america": "the United States", "the us": "the United States", "the states": "the United States",
    "canada": "Canada", "mexico": "Mexico", "uk": "the United Kingdom",
    "united kingdom": "the United Kingdom", "england": "the United Kingdom",
    "scotland": "the United Kingdom", "wales": "the United Kingdom", "britain": "the United Kingdom",
    "ireland": "Ireland", "australia": "Australia", "new zealand": "New Zealand",
    "germany": "Germany", "france": "France", "spain": "Spain", "italy": "Italy",
    "netherlands": "the Netherlands", "europe": "Europe", "the eu": "Europe", "japan": "Japan",
    "india": "India", "brazil": "Brazil", "puerto rico": "Puerto Rico", "toronto": "Canada",
    "vancouver": "Canada", "montreal": "Canada", "london": "the United Kingdom",
}  # fmt: skip
_COUNTRY = re.compile(
    r"\b("
    + "|".join(re.escape(name) for name in sorted(_COUNTRIES, key=len, reverse=True))
    + r")(?!\w)"
)
_ABROAD = re.compile(
    r"\b(?:internationally|international|overseas|abroad|outside (?:the )?(?:us|usa|states))\b"
)


def destination_not_shipped_to(text: str, ships_to: str) -> str | None:
    """The place a shipping question names that the shop does not deliver to ("Canada"), or None.

    `ships_to` is the settings' country ("the United States"); "abroad" or "internationally"
    answers "another country".
    """
    words = text.lower()
    shipped = ships_to.lower().removeprefix("the ").strip()
    for match in _COUNTRY.finditer(words):
        name = _COUNTRIES[match.group(1)]
        if name.lower().removeprefix("the ").strip() != shipped:
            return name
    if _ABROAD.search(words) and shipped:
        return "another country"
    return None
