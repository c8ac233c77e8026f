"""Stranger test 74 (docs/nlu/stranger-test-74.md, persona A, messages A2-A8, worst problem 1).

After "slim fit pls, budget about 300" the shopper bought the $859.95 Sterling Slim Suit ("ok i
buy it, size 38R") and the review showed "$928.75" with no word of the $300 budget: nearly 3×
unsaid. Right: once a budget was said, the review says, computed, how far its total is over."""

from __future__ import annotations

import pytest

from actions.checkout import ActionReviewOrder, ActionStartCheckout
from actions.discovery import ActionSelectProduct
from tests.actions.conftest import ANN
from tests.actions.conversation_driver import entity_list, say, search

SUIT = entity_list(product_handle="sterling-slim-suit")

BUDGETS = [
    ("slim fit pls, budget about 300", "$300"),
    ("black slim fit suits under $300", "$300"),
    ("slim suit, i can spend max 350", "$350"),
    ("suits under 400 pls", "$400"),
    ("my budget is 300 for everything", "$300"),
]


@pytest.mark.parametrize(("said", "budget"), BUDGETS)
def test_the_review_says_the_total_is_over_the_budget(chat, extractor, said, budget):
    """docs/nlu/stranger-test-74.md, A2-A8 (problem 1)."""
    chat.keep_messages = True
    search(chat, extractor, "hi. need black suit for job fair")
    search(chat, extractor, said, intent="refine_search" if "fit" in said else "search_products")
    chat.run(ActionSelectProduct(), "select_product", entities=SUIT)
    start = say(chat, extractor, ActionStartCheckout(), "buy", "ok i buy it, black, size 38R")
    chat.slots.update(ANN)

    review = chat.run(ActionReviewOrder(), "affirm")

    print(start.shown, review.shown)
    assert "$928.75" in review.shown
    assert f"over the {budget} budget" in review.shown or f"over your {budget}" in review.shown


def test_no_budget_no_budget_line(chat, extractor):
    search(chat, extractor, "black slim suits")
    chat.run(ActionSelectProduct(), "select_product", entities=SUIT)
    say(chat, extractor, ActionStartCheckout(), "buy", "ok i buy it, black, size 38R")
    chat.slots.update(ANN)

    review = chat.run(ActionReviewOrder(), "affirm")

    assert "budget" not in review.shown.lower()
