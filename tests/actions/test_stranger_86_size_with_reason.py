"""docs/nlu/stranger-test-86.md, B2 (worst problem 6): flats shown, then "Oh, the second one looks
nice. Is it really slip-on, and does it come in size 8.5 in case my feet swell after the
operation?" answered the slip-on question but not the size, and quoted "case feet swell after
operation" back as a feature the catalog says nothing about. The reason said after a size question
("in case", "because", "as my feet swell", "for when") says why the size is asked: the Margot
Pointed Flat's stock in 8.5 is answered, and the reason is never quoted back."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.picking import ActionCheckAvailability, ActionSelectProduct
from actions.product_questions import ActionAnswerProductQuestion
from shop_nlu.stock_asked import asks_stock, without_reason
from tests.actions.conversation_driver import say_as_heard, search

ACTIONS = {
    "check_availability": ActionCheckAvailability,
    "select_product": ActionSelectProduct,
    "ask_product_question": ActionAnswerProductQuestion,
    "search_products": ActionSearchProducts,
}
B1 = (
    "Hello there! I'm going into hospital on December 9th and need flat slip-on shoes, women's "
    "size 8, ideally navy or black, nothing over $100."
)
SLIP_ON_AND_8_5 = [
    "Oh, the second one looks nice. Is it really slip-on, and does it come in size 8.5 in case my "
    "feet swell after the operation?",  # the doc's
    "the second one, is it slip on? and do you have it in 8.5 in case my feet swell",
    "2nd one - is it a slip-on, and does it come in an 8.5 because my feet swell after surgery",
    "is the second one really slip on, and is it available in size 8.5 as my feet swell after "
    "the operation?",
    "second one: is it slip-on? does it come in 8.5 for when my feet swell",
]
HEARD = ["ask_product_question", "check_availability"]


def _said(chat, extractor, heard: str, text: str):
    return say_as_heard(chat, extractor, ACTIONS, heard, text)


@pytest.mark.parametrize("heard", HEARD)
@pytest.mark.parametrize("text", SLIP_ON_AND_8_5)
def test_the_size_is_answered_and_the_reason_never_quoted(chat, extractor, text, heard):
    """B2: the Margot in 8.5 (in stock, sold out or not made), never "says nothing about 'case
    feet swell after operation'"."""
    search(chat, extractor, B1)

    shown = _said(chat, extractor, heard, text).shown

    assert "Margot Pointed Flat" in shown, shown
    assert "8.5" in shown, shown
    assert "swell" not in shown and "operation" not in shown and "surgery" not in shown, shown
    assert "nothing about" not in shown, shown


REASONS = [
    ("does it come in size 8.5 in case my feet swell after the operation", "size 8.5"),
    ("do you have it in 8.5 because my feet swell", "8.5"),
    ("is it available in 9 as my feet swell", "9"),
    ("does it come in an 8.5 for when my feet swell", "8.5"),
    ("any in size 8.5 just in case", "size 8.5"),
]


@pytest.mark.parametrize(("clause", "kept"), REASONS)
def test_a_reason_after_a_size_question_is_no_part_of_it(clause, kept):
    assert asks_stock(clause), clause
    asked = without_reason(clause)
    assert asked.endswith(kept) and "swell" not in asked and "case" not in asked, asked
