"""Stranger test 26 (docs/nlu/stranger-test-26.md, worst problem 3): "photos are on 9 december, it
will arrive before?" fell back (nlu_fallback 0.40, "Sorry, I'm not sure I understood"). A message
unsure of its intent that names a date and asks whether it arrives before it is a delivery question."""

from __future__ import annotations

import pytest

from shop_nlu.resolution import resolve_intent


@pytest.mark.parametrize(
    "text",
    [
        "photos are on 9 december, it will arrive before?",
        "the wedding is 5 december, it arrive before?",
        "party on the 12th. will arrive in time?",
        "i fly on friday 4 december, it come before?",
        "exam on dec 10 - arrives before or no?",
    ],
)
def test_arrives_before_a_date_is_a_delivery_question(extractor, text):
    for guess in ("nlu_fallback", "out_of_scope"):
        resolution = resolve_intent(guess, 0.4, extractor.extract(text), text, None)
        assert resolution is not None and resolution.intent == "ask_delivery_time", guess


@pytest.mark.parametrize(
    "text", ["my birthday was on 9 december", "the package arrived on 9 december, its broken"]
)
def test_a_date_said_without_asking_for_arrival_is_left_alone(extractor, text):
    resolution = resolve_intent("nlu_fallback", 0.4, extractor.extract(text), text, None)
    assert resolution is None or resolution.intent != "ask_delivery_time"
