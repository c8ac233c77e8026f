"""Stranger test 89 (docs/nlu/stranger-test-89.md, B2, worst problem 5): "Oh, the first one looks
nice. Does it come in 38 long, and is it proper wool? He'll be dancing all night ..." got only the
size answer (not made in 38L); the wool question was dropped. Right: the size answer, then the
material from the catalog's words (the suits shown are wool) or an honest "I don't know"."""

from __future__ import annotations

import pytest

from actions.checkout import ActionStartCheckout
from actions.discovery import ActionSearchProducts
from actions.picking import ActionCheckAvailability, ActionSelectProduct
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say_as_heard, search, shown_titles

ACTIONS = {
    "search_products": ActionSearchProducts,
    "refine_search": ActionSearchProducts,
    "check_availability": ActionCheckAvailability,
    "select_product": ActionSelectProduct,
    "ask_product_question": ActionAnswerProductQuestion,
    "buy": ActionStartCheckout,
}
# The model heard the doc's message as "buy" (0.46).
HEARD = ["buy", "check_availability", "ask_product_question", "select_product"]
PROM = (
    "Hello there! My son Theo has his senior prom on the 12th and he's 38 long. I'm looking for "
    "a tuxedo or a smart suit in navy or burgundy, ideally under $600?"
)
SIZE_AND_WOOL = [
    "Oh, the first one looks nice. Does it come in 38 long, and is it proper wool? He'll be "
    "dancing all night so I want something that breathes.",  # the doc's, filled in
    "does the first one come in 38L and is it real wool",
    "1st one in 38 long? is it proper wool",
    "Does the first one come in a 38 long? Also is it wool, he gets hot dancing",
    "the first one looks nice, do you have it in 38L, and is it 100% wool?",
]


def _said(chat, extractor, heard: str, text: str):
    return say_as_heard(chat, extractor, ACTIONS, heard, text)


@pytest.mark.parametrize("heard", HEARD)
@pytest.mark.parametrize("text", SIZE_AND_WOOL)
def test_38_long_and_the_wool_are_both_answered(chat, extractor, text, heard):
    """docs/nlu/stranger-test-89.md, B2."""
    search(chat, extractor, PROM)
    first = shown_titles(chat)[0]

    shown = _said(chat, extractor, heard, text).shown

    print(shown)
    assert "I found" not in shown, shown
    assert first in shown and "38L" in shown, shown
    assert "wool" in shown.lower().split("38l", 1)[1], shown  # the material after the size
