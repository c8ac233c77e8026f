"""Suggestions that go with a piece chosen, against what a budget for everything leaves: "got
like 120 for both", the $89.95 shirt opened, then "wat tie goes w it" lists the ties within the
$30.05 left first and, when any is over it, says what is left and that they are over it (stranger
test 78, A4, docs/nlu/stranger-test-78.md); never a silent list over the budget."""

from __future__ import annotations

import dataclasses

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions import budget_outfit_replies as wording
from actions.budget_outfits import budget_left
from commerce.recommend import Outfit


def within_budget_left_first(
    tracker: Tracker, session: Session, kind: str | None, outfit: Outfit
) -> tuple[Outfit, str | None]:
    """`outfit` with its suggestions within what the budget for everything leaves first (once a
    piece counts against it), and the line saying what is left when any is over it; the outfit
    as it was and None with no such budget, no piece chosen yet, or each suggestion within it.
    `kind`: the kind asked for ("ties"), whose own pieces are what is being chosen now."""
    budget = budget_left(tracker, session, kind)
    if budget is None or not budget.chosen or not outfit.suggestions:
        return outfit, None
    within = [s for s in outfit.suggestions if s.match.price_from <= budget.left]
    if len(within) == len(outfit.suggestions):
        return outfit, None
    over = [s for s in outfit.suggestions if s.match.price_from > budget.left]
    ordered = dataclasses.replace(outfit, suggestions=(*within, *over))
    return ordered, wording.suggestions_over_budget_left_text(
        budget.total, budget.chosen, len(within)
    )
