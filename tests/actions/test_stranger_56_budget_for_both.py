"""Stranger test 56 (docs/nlu/stranger-test-56.md, "Fixed since", problem 1's leftover): a budget
for two things together ("$300 for both the dress and the shoes", "i have 200 total for shirt and
tie") was used as each item's price cap, with no word that it is for both.

The amount is for all of them: the first list is kept under it and says so, and the next kind
gets what the piece picked leaves of it (actions/budget_outfits.py `budget_left`)."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSelectProduct
from tests.actions.conversation_driver import prices_listed, say, search


@pytest.mark.parametrize(
    ("text", "total", "second"),
    [
        ("$300 for both the dress and the shoes", "$300", "and now the shoes"),
        ("i have 200 total for shirt and tie", "$200", "ties now"),
        ("dress and shoes, 300 for the two", "$300", "shoes please"),
        ("a shirt and a tie, $200 for both together", "$200", "now a tie"),
        ("need a dress and heels, budget 300 combined", "$300", "ok heels now"),
        ("looking for a blazer and trousers, 400 for both", "$400", "trousers now"),
    ],
)
def test_a_budget_for_both_is_for_both(chat, extractor, text, total, second):
    first = search(chat, extractor, text)
    print(first.text)
    assert f"Your {total} is for" in first.text, first.text
    prices = prices_listed(first.text)
    assert prices, first.text

    say(chat, extractor, ActionSelectProduct(), "select_product", "the first one")
    after = search(chat, extractor, second)
    print(after.text)
    assert f"Your {total} was for everything" in after.text, after.text
    whole = int(total.strip("$"))
    assert all(price < whole for price in prices_listed(after.text)), after.text
