"""How far "could go a little over" loosens a budget (stranger test 67, docs/nlu/
stranger-test-67.md, B1; stranger test 62, problem 4): by BUDGET_MARGIN, rounded up to a round
amount, so "around $200, could go a little over" searches up to about $220."""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal

BUDGET_MARGIN = Decimal("0.10")  # a tenth over the budget said
# The loosened budget is rounded up to a multiple of this ($200 -> $220, $85 -> $95).
_ROUND_TO = Decimal(5)


def stretched_budget(budget: Decimal) -> Decimal:
    """The most a shopper who "could go a little over" `budget` is shown."""
    over = budget * (1 + BUDGET_MARGIN)
    return (over / _ROUND_TO).to_integral_value(rounding=ROUND_CEILING) * _ROUND_TO
