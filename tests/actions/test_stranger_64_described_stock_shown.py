"""Stranger test 64 (docs/nlu/stranger-test-64.md, persona Gillian, B4 and "Fixed since", problem
1): "Is the burgundy velvet dress still in stock in M?" with nothing on screen is now answered
about the velvet dresses made in burgundy M, but only in words: nothing to tap, so to buy the
Vivienne Velvet Dress she had to find it again. The answer shows those products too (a button and
a card each, to open or buy), and "the first one" then means the first of them."""

from __future__ import annotations

import pytest

from actions.discovery import ActionCheckAvailability, ActionSelectProduct
from tests.actions.conversation_driver import say

QUESTIONS = [
    "Honestly, to be safe I think I'll just order a new one in medium now and send the large back "
    "separately for a refund. Is the burgundy velvet dress still in stock in M?",
    "Is the burgundy velvet dress still in stock in M?",
    "do u still have the velvet dress in burgundy size m",
    "velvet dress burgundy M in stock?",
    "have you got the burgundy velvet dress in a medium",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_stock_of_a_described_dress_shows_it_to_buy(chat, extractor, text):
    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability", text)
    print(turn.shown, turn.buttons)

    assert "in stock" in turn.shown.lower(), turn.shown
    titles = " ".join(button["title"] for button in turn.buttons)
    assert "Vivienne Velvet Dress" in titles, turn.buttons

    opened = say(chat, extractor, ActionSelectProduct(), "select_product", "the first one")
    print(opened.shown)
    assert "Velvet" in opened.shown.splitlines()[0], opened.shown
