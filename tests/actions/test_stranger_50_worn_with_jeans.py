"""Stranger test 50 (docs/nlu/stranger-test-50.md, persona Henrik, worst problem 1): "I'm looking
for a pair of brown brogues ... something I can wear to the office but also with jeans at the
weekend" got "Sorry, we don't sell jeans" and three trousers, and his questions about the leather
and the sole were then answered about the Stockwell Cord Trousers.

A kind named as what the goods are worn with ("with jeans", "to wear with my chinos", "goes with
jeans") is not the kind searched: the shoes are."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import listed, say

HENRIK = (
    "Hello there! I'm looking for a pair of brown brogues for myself, something I can wear to "
    "the office but also with jeans at the weekend. I'm usually an EU 44 and I'd rather not "
    "spend more than about 200."
)


@pytest.mark.parametrize(
    "text",
    [
        HENRIK,
        "need brown brogues i can wear to work and also with jeans",
        "looking for brown brogues to wear with my chinos, eu 44",
        "brogues that go with jeans pls, brown",
        "Brown brogue shoes please, something that goes with jeans",
        "brwn brogues to go with my jeans at the weekend, size 44",
    ],
)
def test_brogues_worn_with_jeans_are_brogues(chat, extractor, text):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    assert "jeans" not in turn.text.lower()
    assert "trousers" not in turn.text.lower()
    assert "chinos" not in turn.text.lower()
    shown = listed(turn.text)
    assert shown and all("Brogue" in line for line in shown), shown


@pytest.mark.parametrize(
    "text",
    [
        "I want brown shoes to wear with my chinos",
        "some brown shoes that go with jeans",
        "shoes to go with my jeans, brown pls",
    ],
)
def test_shoes_worn_with_trousers_are_shoes(chat, extractor, text):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    print(turn.text)
    assert "we don't sell" not in turn.text.lower()
    assert "chinos" not in turn.text.lower() and "trousers" not in turn.text.lower()
    assert listed(turn.text)


def test_the_sole_question_is_about_the_second_brogue(chat, extractor):
    first = say(chat, extractor, ActionSearchProducts(), "search_products", HENRIK)
    second = listed(first.text)[1].split(". ", 1)[1].split(" by ")[0]

    turn = say(
        chat,
        extractor,
        ActionAnswerProductQuestion(),
        "ask_product_question",
        "The second one looks lovely. What kind of leather is it exactly, and is the sole "
        "leather or rubber? We get a lot of rain here in Gothenburg so that matters to me.",
    )

    print(turn.text)
    assert "Trousers" not in turn.text
    assert second in turn.text
