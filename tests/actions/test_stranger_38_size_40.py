"""Stranger test 38 (docs/nlu/stranger-test-38.md, persona Luc, worst problem 4): with the Soho
Velvet Blazer open after "in burgundy?", "wich colour it have and is size 40 ok?" got the stock
line of every colour ("Burgundy: 36R to 44L; Green: 36R to 44L; ..."), and he had to work out
whether 40 is in "36R to 44L". Right: the colours, and a direct answer for size 40 in the colour
he chose: burgundy, in 40R and 40L."""

from __future__ import annotations

import re

import pytest

from actions.discovery import ActionCheckAvailability, ActionSelectProduct
from tests.actions.conversation_driver import say, search

BLAZER = "Soho Velvet Blazer"


def open_the_burgundy_blazer(chat, extractor) -> None:
    search(chat, extractor, "bonjour. need velvet blazer for play piano on stage, size 40")
    search(chat, extractor, "in burgundy?", intent="refine_search")
    opened = say(chat, extractor, ActionSelectProduct(), "select_product", "the first")
    assert BLAZER in opened.text, opened.text


@pytest.mark.parametrize(
    "text",
    [
        "wich colour it have and is size 40 ok?",
        "what colours does it come in? size 40 ok?",
        "is size 40 ok?",
        "size 40 is ok?",
        "IS SIZE 40 OK",
        "and do you have it in 40?",
    ],
)
def test_size_40_is_answered_for_burgundy_in_40r_and_40l(chat, extractor, text):
    open_the_burgundy_blazer(chat, extractor)

    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    print(turn.text)
    # One sentence: size 40 (40R and 40L) in burgundy, never the stock line of every colour.
    assert re.search(
        r"(?i)40R,? (?:and )?40L \(Burgundy\)|Burgundy[^.]*40R,? (?:and )?40L", turn.text
    )
    assert "36R to 44L" not in turn.text
    assert "Navy and Black)" not in turn.text  # not "in 40R, 40L (Burgundy, Green, Navy and Black)"
    if "colour" in text:  # which colours it has, too
        assert all(colour in turn.text for colour in ("Burgundy", "Green", "Black", "Navy"))
