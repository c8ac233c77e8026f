"""How far "could go a little over" loosens a budget (stranger test 67, docs/nlu/
stranger-test-67.md, B1; stranger test 62, problem 4): by BUDGET_MARGIN, rounded up to a round
amount, so "around $200, could go a little over" searches up to about $220."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_CEILING, Decimal
from typing import Protocol, TypeVar

BUDGET_MARGIN = Decimal("0.10")  # a tenth over the budget said
# The loosened budget is rounded up to a multiple of this ($200 -> $220, $85 -> $95).
_ROUND_TO = Decimal(5)


def stretched_budget(budget: Decimal) -> Decimal:
    """The most a shopper who "could go a little over" `budget` is shown."""
    over = budget * (1 + BUDGET_MARGIN)
    return (over / _ROUND_TO).to_integral_value(rounding=ROUND_CEILING) * _ROUND_TO


# "Nothing over $60": an alternative over twice the cap is out of reach, never offered as
# "nearest" while one within reach is (stranger test 91, B3: a $269.95 clutch and a $239 bag for
# "something small ... nothing over $60"). Twice, not less: the $299 boots that keep the rain out
# for "under $150" (stranger test 77) and the $379 dress for "nothing over $250" (82) still show.
OUT_OF_REACH = Decimal("2")


def within_reach(price: Decimal, budget: Decimal | None) -> bool:
    """Whether a shopper whose budget is `budget` (None: none said) may be offered `price` as
    the nearest to it."""
    return budget is None or price <= budget * OUT_OF_REACH


class _Priced(Protocol):
    price_from: Decimal


_Match = TypeVar("_Match", bound=_Priced)


def nearest_in_reach(matches: Sequence[_Match], budget: Decimal | None) -> list[_Match]:
    """Of the nearest alternatives `matches`, those within reach of `budget`; when none is, the
    least expensive alone ("nothing under $60; the least expensive is $89")."""
    near = [match for match in matches if within_reach(match.price_from, budget)]
    if near or not matches:
        return near
    return [min(matches, key=lambda match: match.price_from)]


class _Budgeted(Protocol):
    price_min: Decimal | None
    price_max: Decimal | None


def reach_cap(query: _Budgeted) -> Decimal | None:
    """The cap the nearest alternatives are kept within reach of: a most said alone ("nothing
    over $60", "under 150"), never a price aimed at ("around $120" searches $96-$144, and the
    closest above it are still offered to compare; stranger test 70, B4)."""
    return query.price_max if query.price_min is None else None
