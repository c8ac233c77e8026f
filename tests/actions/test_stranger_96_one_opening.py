"""docs/nlu/stranger-test-96.md, B3 (worst problem 6): "What's it actually made of, and does it run
true to size?" of the Harwood Dress Chukka got two catalog quotes, both opening "Here's what our
catalog says about the Harwood Dress Chukka".

Right: the opening is said once; the second answer goes on from it ("It also says: ...")."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say_and_keep
from tests.actions.test_stranger_96_size_with_its_kind import B2

OPENING = "Here's what our catalog says about the Harwood Dress Chukka"
TWO_QUESTIONS = [
    "Ooh, the first one looks good. What's it actually made of, and does it run true to size? "
    "Some chunky boots pinch my toes.",  # the doc's
    "ooh the 1st one! whats it made of and does it run true to size",
    "What is the first one made of? Does it fit true to size?",
    "1st one - material? and r they true to size",
    "the first one looks good, what material is it and how does it fit?",
]


@pytest.mark.parametrize("text", TWO_QUESTIONS)
def test_the_catalog_opening_is_said_once(chat, extractor, text):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B2)

    shown = say_and_keep(
        chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text
    ).shown

    assert "smooth calf" in shown and "runs true to size" in shown, shown
    assert shown.count(OPENING) == 1, shown
