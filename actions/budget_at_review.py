"""The budget said before, at the order's review: "That's $628.75 over the $300 budget you
mentioned (with shipping and tax)." A shopper who said a budget and then buys far above it is
told, computed, never left to find out (stranger test 74, docs/nlu/stranger-test-74.md, A8)."""

from __future__ import annotations

from decimal import Decimal

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions import checkout_replies
from actions.conversation import (
    CURRENT_PRODUCT,
    budget_amount,
    budget_for_everything,
    budget_said_before,
)
from commerce.products import product_details
from commerce.search.query import category_types


def budget_over_at_review_line(tracker: Tracker, session: Session, total: Decimal) -> str:
    """The line saying how far `total` is over the budget the shopper said ("" when none was
    said, it was for another kind than the one bought, or the total is within it)."""
    budget = budget_for_everything(tracker) or _budget_for_this(tracker, session)
    if budget is None or total <= budget:
        return ""
    return checkout_replies.over_budget_at_review_text(total, budget)


def _budget_for_this(tracker: Tracker, session: Session) -> Decimal | None:
    said = budget_said_before(tracker)
    if said is None or said.ceiling is None:
        return None
    focus = tracker.get_slot(CURRENT_PRODUCT)
    details = product_details(session, focus) if focus else None
    if said.kind and details and details.product_type.lower() not in category_types(said.kind):
        return None  # "shoes under 100", then a suit: that budget was the shoes'
    # "budget about 300": the 300 said, not the top of the range it is searched as.
    for event in reversed(tracker.events or []):
        entities = (event.get("parse_data") or {}).get("entities") or []
        if event.get("event") == "user" and (amount := budget_amount(entities)) is not None:
            return amount
    return said.ceiling
