"""Stranger test 42 (docs/nlu/stranger-test-42.md, persona Joost, worst problem 3), the phrasings
left over: "eu size 50", "european size 50", "size 50 (EU)" were read as a plain chest 50 ("not in
size 50"), and "do you have it in EU 50?" of the blazer opened was never converted. EU 50 is a 40R
(commerce/sizes.py `chest_size_from_eu`)."""

from __future__ import annotations

import pytest

from actions.discovery import ActionCheckAvailability, ActionSearchProducts, ActionSelectProduct
from tests.actions.conversation_driver import say_and_keep


@pytest.mark.parametrize(
    "text",
    [
        "navy blazer for business trip, eu size 50",
        "navy blazer in european size 50",
        "navy blazer, size 50 (EU)",
        "I search navy blazer, EU size 50 please",
        "navy business blazer european size 50",
    ],
)
def test_an_eu_size_said_around_the_word_size_is_its_chest_size(chat, extractor, text):
    turn = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text)

    assert "EU 50 is a 40R in our suits and blazers" in turn.shown, turn.shown
    assert "not in size 50" not in turn.shown and "not in size EU 50" not in turn.shown
    assert chat.slots["search_query"]["size"] == "40r"


@pytest.mark.parametrize(
    "text",
    ["do you have it in eu 50?", "does it come in EU size 50", "is it in european size 50?",
     "have it in size 50 eu?", "in eu 50?"],
)  # fmt: skip
def test_an_eu_size_asked_of_the_blazer_opened_is_its_chest_size(chat, extractor, text):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "velvet blazer")
    say_and_keep(chat, extractor, ActionSelectProduct(), "select_product", "the soho velvet blazer")

    turn = say_and_keep(chat, extractor, ActionCheckAvailability(), "check_availability", text)

    assert "EU 50 is a 40R" in turn.shown, turn.shown
    assert "Soho Velvet Blazer is in stock in 40R" in turn.shown, turn.shown
