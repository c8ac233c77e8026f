"""Words of a total asked of kinds and one product by its number (stranger test 73,
docs/nlu/stranger-test-73.md, B4, worst problem 3): "boots #2", "boots no 2" put the number after
the kind; "dress + the 2nd boots, under 300?", "am i under $300 still" ask the total against an
amount with no word for the price. No Rasa here; actions/numbered_in_total.py uses it."""

from __future__ import annotations

import re

from shop_nlu.budget_questions import asks_if_within_budget

# "boots #2", "boots no 2", "boots number 2": the kind said right before its number.
_NUMBER_AFTER_KIND = re.compile(r"\s*(?:#|no\.?|nr\.?|num(?:ber)?\.?)?\s*", re.IGNORECASE)
# "dress + the 2nd boots, under 300?": an amount asked against, with no word for the price.
_UNDER_ASKED = re.compile(
    r"\b(?:under|below|within|over|above)\s+(?:(?:my|the|our)\s+)?\$?\s?\d{2,5}\s*\?"
)


def asks_against_an_amount(text: str) -> bool:
    """Whether a message asks if something is under (or over) an amount ("under 300?", "am i
    still under $300")."""
    return bool(_UNDER_ASKED.search(text.lower())) or asks_if_within_budget(text)


def number_right_after(text: str, end: int, starts: set[int]) -> bool:
    """Whether one of the numbers starting at `starts` is said right after the kind that ends at
    `end` ("boots #2", "boots no 2")."""
    return end + len(_NUMBER_AFTER_KIND.match(text, end).group(0)) in starts
