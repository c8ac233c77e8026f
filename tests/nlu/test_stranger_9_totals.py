"""Stranger test 9 (docs/nlu/stranger-test-9.md), C3.8: "whats the total" was read as picking a
product ("Which one do you mean?"). A total asked for in the shopper's own words is read as a cart
question (or a price question); both answer with the cart's total, or what was picked when the cart
is empty (actions/cart_totals.py `tell_total`). Read by the trained model."""

from __future__ import annotations

import pytest

# The intents whose actions answer a total (ActionShowCart, and the price of what was picked).
TOTAL_INTENTS = {"view_cart", "ask_price"}


@pytest.mark.parametrize(
    "text",
    ["whats the total", "total?", "what do i owe", "how much is everything", "whats my total",
     "what do i owe you"],
)  # fmt: skip
def test_a_total_in_shoppers_words_is_a_cart_or_price_question(parse, text):
    assert parse(text) in TOTAL_INTENTS
