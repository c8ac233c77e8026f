"""Stranger test 64 (docs/nlu/stranger-test-64.md, persona Gillian, worst problem 1): "Is the
burgundy velvet dress still in stock in M?", at the end of a long message about ordering a new one
and sending the large back, got "What are you looking for? For example ...", though the catalog
has the Vivienne Velvet Dress in burgundy M in stock.

A stock question that names the kind, colour, material and size, with nothing open or listed,
answers from the store: the product(s) that match, and whether they are in stock in that size."""

from __future__ import annotations

import pytest

from actions.discovery import ActionCheckAvailability
from tests.actions.conversation_driver import say

QUESTIONS = [
    "Honestly, to be safe I think I'll just order a new one in medium now and send the large back "
    "separately for a refund. Is the burgundy velvet dress still in stock in M?",
    "Is the burgundy velvet dress still in stock in M?",
    "is the burgundy velvet one still in M",
    "do u still have the velvet dress in burgundy size m",
    "velvet dress burgundy M in stock?",
    "have you got the burgundy velvet dress in a medium",
    "The one I got is the wrong size so I'll send it back. Is the velvet dress in burgundy still "
    "available in medium please?",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_stock_question_naming_the_dress_answers_from_the_store(chat, extractor, text):
    turn = say(chat, extractor, ActionCheckAvailability(), "check_availability", text)
    print(turn.shown)

    assert "What are you looking for" not in turn.shown
    assert "Vivienne Velvet Dress" in turn.shown, turn.shown
    assert "in stock" in turn.shown.lower(), turn.shown
    assert "Burgundy" in turn.shown or "burgundy" in turn.shown, turn.shown
    assert "Loafer" not in turn.shown  # velvet, burgundy, but no M: not what she asked
