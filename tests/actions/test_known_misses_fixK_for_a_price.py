"""Known leftovers (task fixK, item 1): "green dress for 200" showed a $379 dress; "for 200" after
a kind is the shopper's budget (the reading: tests/nlu/test_known_misses_fixK_for_a_price.py)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from tests.actions.conversation_driver import ActionConversation, search


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(sender="stranger", keep_messages=True)


def prices_shown(text: str) -> list[Decimal]:
    """The price each listed product is shown at (the first amount on its line)."""
    return [
        Decimal(found.group(1).replace(",", ""))
        for line in text.splitlines()
        if re.match(r"\s*\d+\.", line) and (found := re.search(r"\$([\d,]+\.\d\d)", line))
    ]


@pytest.mark.parametrize(
    ("text", "budget"),
    [
        ("green dress for 200", 200),
        ("a dress for 150", 150),
        ("shoes for 80", 80),
        ("need a blazer for 150 max", 150),
        ("any suits for 400?", 400),
    ],
)
def test_what_is_shown_is_within_the_amount_said(chat, extractor, text, budget):
    turn = search(chat, extractor, text)

    print(turn.shown)
    shown = prices_shown(turn.shown)
    assert shown, turn.shown
    # None in the budget: the closest above it, said so.
    assert all(price <= budget for price in shown) or "above your budget" in turn.shown
