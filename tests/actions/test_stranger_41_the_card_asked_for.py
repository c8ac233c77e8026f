"""Seen while mending stranger test 41 (docs/nlu/stranger-test-41.md, Deborah #3): with three
boots listed, "The first one looks gorgeous, tell me more about it?" opened the Linnet and then
added "I don't know from our catalog the answer to that about the Linnet Heeled Chelsea Boot", and
"the linnet heeled chelsea boot", heard as a question about it, got only that line. Asking for
more of one, or naming it, is asking for its card; a question asked with the pick still gets
its answer."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say

LINNET = "Linnet Heeled Chelsea Boot"
DONT_KNOW = "I don't know from our catalog"


def three_boots(chat, extractor):
    listed = say(chat, extractor, ActionSearchProducts(), "search_products",
                 "womens ankle boots size 8")  # fmt: skip
    assert LINNET in listed.text, listed.text


@pytest.mark.parametrize(
    "text",
    [
        "The first one looks gorgeous, tell me more about it?",
        "first one, tell me more?",
        "the 1st one looks nice, more info?",
        "ooh the first one, can i see more details?",
        "the first one - tell me a bit more?",
    ],
)
def test_more_about_the_one_picked_is_its_card_alone(chat, extractor, text):
    three_boots(chat, extractor)

    turn = say(chat, extractor, ActionSelectProduct(), "select_product", text)

    assert turn.text.startswith(f"{LINNET} by Northfield"), turn.text
    assert DONT_KNOW not in turn.text, turn.text


@pytest.mark.parametrize(
    "text",
    [
        "the linnet heeled chelsea boot",
        "linnet heeled chelsea boot?",
        "the Linnet Heeled Chelsea Boot please",
        "linnet chelsea boot",
        "the linnet boot",
    ],
)
def test_a_product_named_alone_heard_as_a_question_shows_it(chat, extractor, text):
    three_boots(chat, extractor)

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    assert turn.text.startswith(f"{LINNET} by Northfield"), turn.text
    assert DONT_KNOW not in turn.text, turn.text


def test_a_question_asked_with_the_pick_is_still_answered(chat, extractor):
    three_boots(chat, extractor)

    turn = say(chat, extractor, ActionSelectProduct(), "select_product", "3rd one. real leather?")

    assert "Yes, the Heather Chelsea Boot is leather" in turn.text, turn.text
