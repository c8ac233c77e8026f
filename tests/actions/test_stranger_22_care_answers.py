"""Stranger test 22 (docs/nlu/stranger-test-22.md, persona jess 4, worst problem 7): two sale
derbies compared, then "which one is easier to look after, can i machine wash it" quoted the
Carlton's "A clean three-eyelet derby in smooth calf, easy to wear from desk to dinner." as if it
were a care answer: "clean" there describes the look, not cleaning.

A care question is answered only from catalog words that speak of washing, cleaning, ironing or
caring for it; where the catalog says nothing on care, the reply says so for each product."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from actions.recommendations import ActionCompareProducts
from tests.actions.conversation_driver import say

CARLTON = "Carlton Plain Derby"
RUTLAND = "Rutland Commando Derby"


def sale_derbies_compared(chat, extractor) -> None:
    """Jess 1 and 3: the sale list, then the first two side by side."""
    say(chat, extractor, ActionSearchProducts(), "search_products", "whats on sale rn")
    compared = say(chat, extractor, ActionCompareProducts(), "compare_products",
                   "compare the first two")  # fmt: skip
    assert f"{CARLTON} vs {RUTLAND}" in compared.text, compared.text


@pytest.mark.parametrize(
    "text",
    [
        "which one is easier to look after, can i machine wash it",
        "can these go in the washing machine?",
        "how do i clean them",
        "which is less hassle to keep clean?",
        "any care instructions for either of them",
    ],
)
def test_a_care_question_is_answered_from_care_words_only(chat, extractor, text):
    sale_derbies_compared(chat, extractor)

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    print(turn.shown)
    assert "desk to dinner" not in turn.shown  # a line about wearing it, not caring for it
    assert "clean three-eyelet" not in turn.shown
    # The catalog says nothing on caring for either: said so, for each, with who can tell.
    assert turn.shown.count("doesn't say how to care for it") == 2, turn.shown
    assert CARLTON in turn.shown and RUTLAND in turn.shown
    assert "help@" in turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "can i machine wash it?",
        "does it need ironing after washing",
        "how do i wash this",
        "is it easy to look after",
        "care instructions?",
    ],
)
def test_a_care_sentence_in_the_catalog_is_quoted(chat, extractor, text):
    """The Chancery Non-Iron Shirt's description does speak of washing: that sentence is quoted."""
    say(chat, extractor, ActionSearchProducts(), "search_products", "chancery non-iron shirt")
    chat.slots["current_product"] = "chancery-non-iron-shirt"

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    print(turn.shown)
    assert "comes out of the wash ready to wear" in turn.shown, turn.shown
