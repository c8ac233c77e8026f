"""docs/nlu/stranger-test-96.md, A3 (worst problem 6): with silver-ish cufflinks listed and the Gold
Knot Cufflinks first, "whats the 1st one made of" got "I don't know from our catalog what the Gold
Knot Cufflinks is made of": no hint, though the catalog says "Gold-plated silver knots with a chain
link", and "is" for a plural name.

Right: the catalog's own words on its metal are quoted (never a guess), and a plural name reads
"are" where the catalog says nothing ("whether the Gold Knot Cufflinks are waterproof")."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say_and_keep

A1 = "hi need cuflinks for a 1920s murder mystery party, silver ish"
A2 = "anything undr 50"
MADE_OF = [
    "whats the 1st one made of",
    "what is the first one made of?",
    "wat r the 1st ones made from",
    "whats the material of the 1st one",
    "1st one, what material is it",
]
NOT_SAID = [
    "are the 1st ones waterproof",
    "is the 1st one waterproof?",
    "1st one waterproof??",
    "would the first one survive the rain",
    "is the 1st pair ok in the rain",
]


def _gold_knot_first(chat, extractor):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", A1)
    listed = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", A2)
    assert "Gold Knot Cufflinks" in listed.shown, listed.shown


@pytest.mark.parametrize("text", MADE_OF)
def test_what_they_are_made_of_is_quoted(chat, extractor, text):
    _gold_knot_first(chat, extractor)
    shown = say_and_keep(
        chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text
    ).shown
    assert "“Gold-plated silver knots with a chain link.”" in shown, shown
    assert "I don't know" not in shown, shown


@pytest.mark.parametrize("text", NOT_SAID)
def test_a_plural_name_reads_are(chat, extractor, text):
    _gold_knot_first(chat, extractor)
    shown = say_and_keep(
        chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text
    ).shown
    assert "Gold Knot Cufflinks are waterproof" in shown, shown
    assert "Cufflinks is" not in shown, shown
