"""The wording of a yes or no to "do you sell silver ones?" asked beside a search
(actions/kinds_asked_if_sold.py), and of "we don't sell gloves" to "add the gloves too"
(actions/kind_not_sold_to_add.py)."""

from __future__ import annotations

from decimal import Decimal

from actions.replies import and_list, price_text


def kind_in_stock_text(described: str, count: int, low: Decimal, high: Decimal) -> str:
    """ "Yes, we have 2 silver cufflinks ($109.00–$119.50): tap below to see them." """
    if count == 1:
        return f"Yes, we have one ({price_text(low, high)}): tap below to see it."
    return f"Yes, we have {count} {described} ({price_text(low, high)}): tap below to see them."


def kind_not_in_stock_text(
    described: str, sold_out: bool, kind: str, colours: list[str], others: bool
) -> str:
    """ "We don't sell pink cufflinks; ours come in silver, gold and navy." (`sold_out`: we do,
    but none is in stock now; `colours`: those the kind is in stock in; `others`: whether any of
    the kind is)."""
    text = (
        f"We have no {described} in stock right now" if sold_out else f"We don't sell {described}"
    )
    if colours:
        return f"{text}; our {kind} come in {and_list(colours)}."
    return f"{text}; we have {kind} in other colours." if others else f"{text}."


def not_sold_to_add_text(kinds: list[str], nearest: str | None) -> str:
    """ "Sorry, we don't sell gloves, so there are none to add." (`nearest`: the kind sold that
    stands in for the one kind asked, "The nearest we have are accessories: tap below.")."""
    text = f"Sorry, we don't sell {' or '.join(kinds)}, so there are none to add."
    if nearest:
        return f"{text} The nearest we have are {nearest}: tap below to see them."
    return text
