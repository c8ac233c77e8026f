"""Stranger test 9's journey (tests/conversations/journeys/stranger_9_the_dress_and_those_flats.yml,
step 7): with blazers on screen, "what about the second one, whats that made of" once reached the
product question and, after the training data for the weakest intents grew (session 13), fell just
below the classifier's threshold (select_product 0.39, the question 0.19) and got "Sorry, I'm not
sure I understood". A message the classifier is unsure of that points at one product on screen and
asks what it is made of is that product question, whichever reading won by a little."""

from __future__ import annotations

import pytest

from shop_nlu.resolution import resolve_intent

SCORES = {"nlu_fallback": 0.40, "select_product": 0.39, "compare_products": 0.2,
          "ask_product_question": 0.19}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "what about the second one, whats that made of",
        "and the first one? what material is it",
        "the third one, whats it made from",
        "ok the 2nd one what fabric is that",
        "what about the last one, what is it made out of",
    ],
)
def test_what_the_one_pointed_at_is_made_of_is_a_product_question(extractor, text):
    entities = extractor.extract(text)

    resolution = resolve_intent("nlu_fallback", 0.4, entities, text, None, scores=SCORES)

    assert resolution is not None and resolution.intent == "ask_product_question", resolution


@pytest.mark.parametrize(
    "text",
    [
        "what about the second one",  # no question about it: the unsure reply may ask
        "whats the weather made of",  # points at nothing on screen
    ],
)
def test_without_both_the_pointer_and_the_material_it_is_not_forced(extractor, text):
    entities = extractor.extract(text)

    resolution = resolve_intent("nlu_fallback", 0.4, entities, text, None, scores=SCORES)

    assert resolution is None or resolution.intent != "ask_product_question", resolution
