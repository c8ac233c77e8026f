""" "What's my total so far? Am I still under 400?" (stranger test 65, docs/nlu/stranger-test-65.md,
persona B, worst problem 5): a question whether the cart is still within a budget, said now or
before, answered yes or no with what is left (actions/budget_checks.py), not the subtotal alone."""

from __future__ import annotations

import re

_WITHIN = re.compile(
    r"\b(?:am i|are we|is (?:it|that|this|everything)|will i be|would i be|i'?m|im|we'?re|still)"
    r"\s+(?:still\s+|now\s+)?(?:under|within|below|inside|in)\s+(?:(?:my|the|our)\s+)?"
    r"(?:budget|\$?\s?\d{2,5}\b)"
    r"|\b(?:am i|are we|is (?:it|that|this|everything)|did i go|have i gone)\s+(?:still\s+|now\s+)?"
    r"(?:over|above|past)\s+(?:(?:my|the|our)\s+)?(?:budget|\$?\s?\d{2,5}\b)"
    r"|\bhow much (?:do i have|have i got|is|money is|budget is|of my budget is) (?:still )?left\b"
    r"|\b(?:what'?s|what is) left (?:of|in) (?:my|the|our) budget\b",
    re.IGNORECASE,
)


def asks_if_within_budget(text: str) -> bool:
    """Whether a message asks if what is in the cart is still within a budget ("am I still under
    400?", "are we over budget?", "how much do I have left")."""
    return bool(_WITHIN.search(text))
