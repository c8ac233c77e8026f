"""Service requests in shoppers' own words, read by the trained model: the assistant gives contact
details to someone asking how to reach the shop, takes a complaint as a complaint, answers a stock
question as one, and still leaves unrelated requests to the fallback. Each message is one the
model once misread (measured on helper b1's own evaluation set, never used for training)."""

from __future__ import annotations

import pytest

FALLBACK = {"nlu_fallback", "out_of_scope", "other_language"}


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("how can i contact customer service", "ask_contact"),
        ("I need your postal address to send a letter", "ask_contact"),
        ("i have been waiting for my refund for a month this is a joke", "complaint"),
        (
            "I am writing to express my dissatisfaction with how my last order was handled",
            "complaint",
        ),
    ],
)
def test_service_requests_in_shoppers_words(parse, text, intent):
    assert parse(text) == intent


@pytest.mark.parametrize(
    "text",
    ["turn off the living room lights", "my credit card was declined at the gas station, why",
     "I'm so tired of my boss, he's always yelling", "is it going to rain this weekend in london"],
)  # fmt: skip
def test_unrelated_requests_still_fall_back(parse, text):
    assert parse(text) in FALLBACK
