"""Stranger test 37 (docs/nlu/stranger-test-37.md), persona Gerald: chatty requests the classifier
was unsure of.

Worst problem 3: "Right, tell me a bit more about the first one then." got the unsure buttons; a
lead-in and a "then" around an ordinal still open that product. Worst problem 6: "if they pinch...
can I send them back?" got the unsure buttons; a return question with a condition is the return
policy."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Right, tell me a bit more about the first one then.",
        "ok so tell me about the second one",
        "ok so, more about the first one please",
        "right, a bit more on the third one then",
        "alright then, tell me more about the 2nd one",
        "ok so the first one then, tell me a bit more",
    ],
)
def test_small_talk_around_an_ordinal_opens_that_product(parse, text):
    assert parse(text) in ("select_product", "product_details")


@pytest.mark.parametrize(
    "text",
    [
        "Marvellous. And if they pinch after the first lesson, can I send them back?",
        "and if they pinch can i send them back",
        "lovely. should they rub after the first wear, could I return them?",
        "if the shoes hurt after a day, can I still send them back?",
        "what if it doesnt fit after the first lesson, can i give it back",
        "in case they're too tight after the first dance, may I return them?",
    ],
)
def test_a_return_question_with_a_condition_is_the_return_policy(parse, text):
    assert parse(text) == "ask_return_policy"


@pytest.mark.parametrize(
    "text",
    [
        "the first one pinches, i want to send it back",
        "tell me about your first order discount",
        "what is the first thing to do when returning?",
    ],
)
def test_no_condition_or_no_pick_is_not_read_this_way(parse, text):
    assert parse(text) not in ("select_product", "product_details")
