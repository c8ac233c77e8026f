"""Stranger test 22 (docs/nlu/stranger-test-22.md, persona dev 1, worst problem 6): "got a job
interview thursday at an accounting firm, need an outfit but im broke. like 300 max for
everything" got "I found 2 clothing for interview under $300" (two shirts, as if $300 were a
limit per item) and nothing on whether it would arrive by Thursday.

A budget for a whole outfit is a total over its pieces: the reply builds an outfit (the main piece
and the clothes and shoes that go with it), says what the pieces come to together, says honestly
when no outfit fits the amount, and answers the day said in the same message."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from tests.actions.conversation_driver import search


def prices_listed(text: str) -> list[Decimal]:
    """The prices of the numbered lines (their first price)."""
    return [
        Decimal(m.replace(",", ""))
        for m in re.findall(r"^\s*\d+\. .*?\$(\d[\d,]*\.\d\d)", text, flags=re.MULTILINE)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "got a job interview thursday at an accounting firm, need an outfit but im broke. "
        "like 300 max for everything",
        "need a mens outfit for an interview on thursday, 300 in total",
        "interview outfit for a guy by thursday, cant spend more than $300 all in",
        "whole outfit for my interview thursday, 300 dollars for everything",
        "i need an outfit for an interview, mens, $300 total, by thursday pls",
    ],
)
def test_a_mens_interview_outfit_for_300_in_total_is_honest_and_says_thursday(
    chat, extractor, text
):
    turn = search(chat, extractor, text)

    print(turn.text)
    assert "2 clothing" not in turn.text
    # No men's outfit (a suit, or a blazer with trousers, shirt and shoes) comes to $300: said.
    # (With no gender said, a women's outfit may follow; the men's is there either way.)
    mens = next(part for part in turn.text.split("\n\n") if " men's" in part)
    assert "$300" in mens
    assert re.search(r"can't|cannot", mens)
    listed = prices_listed(mens)
    assert len(listed) >= 3, "the pieces of the closest outfit"
    total = sum(listed, Decimal(0))
    assert f"${total:,.2f}" in mens, "the pieces' total is said"
    assert "Suit" in mens or "Blazer" in mens
    assert "Tuxedo" not in turn.text
    assert "Thursday" in turn.text  # whether it arrives in time


@pytest.mark.parametrize(
    "text",
    [
        "need an outfit for her for a party, 250 for everything",
        "womens outfit for a party, $250 all in",
        "an outfit for my wife under 250 in total, its for a party",
        "party outfit for a woman, whole thing 250 max",
        "need a whole outfit for a party, ladies, 250 total",
    ],
)
def test_a_womens_outfit_that_fits_comes_to_no_more_than_the_total(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    listed = prices_listed(turn.text)
    assert len(listed) >= 2, "a dress and shoes at least"
    total = sum(listed, Decimal(0))
    assert total <= 250
    assert f"${total:,.2f}" in turn.text
    assert "$250" in turn.text
    assert "Dress" in turn.text
