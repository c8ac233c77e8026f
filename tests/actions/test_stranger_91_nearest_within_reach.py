"""docs/nlu/stranger-test-91.md, B3 (worst problem 7): "a silk scarf or something small to go
with it, nothing over $60?" got "nearest" items at $269.95 and $239, four times the cap.

Right: when nothing fits a price cap, an item far over it (more than OUT_OF_REACH times the cap,
commerce/search/budget_margin.py) is no "nearest" alternative: those within reach come first and
alone, and when none is, only the least expensive is offered."""

from __future__ import annotations

from decimal import Decimal

import pytest

from commerce.search.budget_margin import OUT_OF_REACH
from tests.actions.conversation_driver import listed, prices_listed, search

B1 = (
    "Hi there! My wife just got a promotion and I want to surprise her with something nice, maybe "
    "a leather handbag in tan or cognac. My budget is around $200 all in. What do you have?"
)
B3 = (
    "Great, please add it to my cart. Could you also show me a silk scarf or something small to "
    "go with it, nothing over $60?"
)


@pytest.mark.parametrize(
    ("text", "cap"),
    [
        ("a silk scarf for my wife or something small, nothing over $60", 60),
        ("silk scarf for her under 60 pls", 60),
        ("any small accessories for women under $60?", 60),
        ("need a leather handbag, max $100", 100),
        ("mens dress shoes under $50", 50),
    ],
)
def test_nothing_far_over_the_cap_is_offered_as_nearest(chat, extractor, text, cap):
    turn = search(chat, extractor, text)

    print(turn.text)
    prices = prices_listed(turn.text)
    assert prices, turn.text
    far = [price for price in prices if price > Decimal(cap) * OUT_OF_REACH]
    # Far over the cap: only ever the least expensive one, alone.
    assert not far or len(prices) == 1, turn.text


def test_the_scarf_gets_the_89_backpack_not_the_269_clutch(chat, extractor):
    search(chat, extractor, B1)
    turn = search(chat, extractor, B3)

    print(turn.text)

    lines = listed(turn.text)
    assert not any("Lund Satin Clutch" in line or "Gotland" in line for line in lines), lines
