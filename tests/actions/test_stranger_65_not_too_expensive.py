"""Stranger test 65 (docs/nlu/stranger-test-65.md, persona A Mehmet, worst problem 4): "hi i need
brown shoes for my son sunnet party, eu 41, not too expensive pls" got the closest to a party
(nothing is tagged for one) in the shop's order: $129, $145, then a $229 pair, while brown EU 41
men's shoes from $109 were in stock; and it opened "Nothing in stock is all of that at once", a no
to someone with little English.

"Not too expensive", "nothing pricey", "cheap", "affordable" ask for the cheap ones first, also
among the closest when the occasion is given up; and the reply never opens with a no."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.actions.conversation_driver import listed, search

ASKED = [
    "hi i need brown shoes for my son sunnet party, eu 41, not too expensive pls",  # his words
    "brown shoes for my son for a party eu 41, nothing too pricey",
    "need mens brown party shoes in eu 41 nothing pricey pls",
    "affordable brown shoes for a party, size eu 41, for my son",
    "cheap brown shoes for a party for my son eu 41",
    "Brown party shoes for my son please, EU 41, not expensive",
]


def _prices(text: str) -> list[Decimal]:
    return [Decimal(line.split("$")[1].split()[0].rstrip(",")) for line in listed(text)]


@pytest.mark.parametrize("text", ASKED)
def test_cheap_ones_first_even_when_the_occasion_is_given_up(chat, extractor, text):
    turn = search(chat, extractor, text)

    prices = _prices(turn.text)
    assert prices == sorted(prices), turn.text
    assert prices[0] <= Decimal("109.50"), turn.text  # the cheapest brown EU 41 men's pairs
    assert "$229.00" not in turn.text
    assert "Nothing in stock is all of that at once" not in turn.text
    assert not turn.text.startswith(("I have no", "Nothing in stock"))
