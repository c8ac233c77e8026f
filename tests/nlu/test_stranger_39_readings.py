"""Stranger test 39 (docs/nlu/stranger-test-39.md), persona Tom: readings of his messages.

Worst problem 1 (Tom #10): "Actually, could I speak to a real person about the sizing? I'm
somewhere between a 44 and a 46." got the shoe size chart: heard as the size guide, a topic a
request for a person did not win over. A clear request for a person wins over the topic it is
about (sizing, a product, a price), as over accounts (stranger test 33)."""

from __future__ import annotations

import pytest

from shop_nlu.resolution import resolve_intent

PERSON_ABOUT_A_TOPIC = [
    "Actually, could I speak to a real person about the sizing? I'm somewhere between a 44 and a 46.",
    "could i talk to a human about sizing? im between a 44 and 46",
    "can I speak with someone from your team about the fit of this tuxedo",
    "i'd like to talk to a real person about sizes please",
    "put me through to someone about the size, I'm between 44 and 46",
    "I want a real person to help me with the sizing of this jacket",
    "speak to an agent about whether it comes in a 46 please",
]


@pytest.mark.parametrize("text", PERSON_ABOUT_A_TOPIC)
def test_a_person_asked_for_about_a_topic_wins_over_the_topic(extractor, text):
    entities = extractor.extract(text)
    for guess in ("ask_size_guide", "ask_product_question", "product_details", "ask_price",
                  "check_availability", "search_products"):  # fmt: skip
        resolution = resolve_intent(guess, 0.95, entities, text, None)
        assert resolution is not None and resolution.intent == "request_human", (guess, resolution)


@pytest.mark.parametrize(
    "text",
    [
        "what size is a real person usually in your suits, 42 or 44?",
        "is the sizing chart written by a real person?",
        "I don't want to talk to a human, just tell me the sizes",
        "no need to speak to anyone, which sizes does it come in?",
        "I'm between a 44 and a 46, what should I take?",
    ],
)
def test_sizing_questions_without_a_request_for_a_person_stay_sizing(extractor, text):
    entities = extractor.extract(text)
    resolution = resolve_intent("ask_size_guide", 0.95, entities, text, None)
    assert resolution is None or resolution.intent != "request_human", resolution


def test_the_trained_model_hands_toms_request_to_a_person(parse):
    assert parse(PERSON_ABOUT_A_TOPIC[0]) == "request_human"
