"""Stranger test 66 (docs/nlu/stranger-test-66.md, persona B Claire, worst problem 3): "I'm only 5'2
and pear shaped, will it be too long on me or cling in all the wrong places?" about the dress in
focus got "not sure I understood". How a product will fit the shopper's body is answered honestly:
what the catalog says of its fit or length, quoted, and that we don't know how it will fit her,
with who does (the contact from the settings); never a verdict of our own."""

from __future__ import annotations

import pytest

from actions.product_questions import ActionAnswerProductQuestion
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import say

CLAIRE_3 = (
    "Honest opinion please - I'm only 5'2 and pear shaped, will it be too long on me or cling in "
    "all the wrong places?"
)
ON_HER = [
    CLAIRE_3,
    "im short, will it drag on the floor",
    "will it be clingy on my hips",
    "i'm petite 5ft, too long?",
    "im 5'1 would this be too long for me",
    "I'm curvy, will it cling?",
    "will it be too short on me? im 5 10",
]


@pytest.mark.parametrize("text", ON_HER)
@pytest.mark.parametrize("guess", ["nlu_fallback", "out_of_scope", "ask_size_guide"])
def test_how_it_fits_her_is_a_question_about_the_product(extractor, text, guess):
    resolution = resolve_intent(guess, 0.4, extractor.extract(text), text, None)
    assert resolution is not None and resolution.intent == "ask_product_question", (guess, text)


@pytest.mark.parametrize("text", ON_HER)
def test_the_answer_quotes_the_catalog_and_says_we_dont_know_how_it_fits_her(chat, extractor, text):
    chat.slots["current_product"] = "harriet-shirt-dress"
    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    print(turn.text)
    assert "Harriet Shirt Dress" in turn.text
    assert "Cut true to size" in turn.text  # the catalog's own words on its fit
    assert "I don't know how it will fit you" in turn.text
    assert "@" in turn.text  # who can tell her


@pytest.mark.parametrize(
    "text", ["how long does delivery take", "are there shorter ones", "my husband is short"]
)
def test_other_questions_are_not_read_as_how_it_fits_her(extractor, text):
    resolution = resolve_intent("nlu_fallback", 0.4, extractor.extract(text), text, None)
    assert resolution is None or resolution.intent != "ask_product_question"
