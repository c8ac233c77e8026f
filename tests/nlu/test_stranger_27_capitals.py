"""Stranger test 27 (docs/nlu/stranger-test-27.md, persona 2 "Gerald", worst problem 2): "SOMETHING
WITH A BACK ON THEM SO THEY DONT FALL OFF", written in capitals, got "Sorry, I didn't understand
“BACK”, “DONT”, “FALL” and “OFF”". A message in capitals is read as the same message in lowercase:
the same entities where the same words are, and the same intent from the resolver."""

from __future__ import annotations

import pytest

from shop_nlu.resolution import resolve_intent

MESSAGES = [
    "something with a back on them so they dont fall off",
    "i dont want laces, something i can slip on",
    "Good afternoon. I am looking for a pair of warm slippers for around the house. Size 11 please.",
    "black loafers under $150 in a 10.5",
    "dont show me brown ones, navy suit size 40R",
    "can i get the windsor patent oxford in size 9",
    "whats the difference between the first two",
    "i cant find my order HL-4RT8WQ",
]


def _read(extractor, text: str) -> list[tuple]:
    return [(e.entity, e.value, e.role, e.start, e.end) for e in extractor.extract(text)]


@pytest.mark.parametrize("text", MESSAGES)
def test_capitals_are_read_as_lowercase(extractor, text):
    assert _read(extractor, text.upper()) == _read(extractor, text.lower())


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("SOMETHING WITH A BACK ON THEM SO THEY DONT FALL OFF", "refine_search"),
        ("I DONT WANT LACES, SOMETHING I CAN SLIP ON", "refine_search"),
        ("BLACK LOAFERS UNDER $150", "search_products"),
    ],
)
def test_capitals_get_the_intent_lowercase_gets(extractor, text, heard):
    def acted_on(message: str) -> str:
        resolution = resolve_intent(
            heard, 0.9, extractor.extract(message), message, None, None, None, None
        )
        return resolution.intent if resolution else heard

    assert acted_on(text) == acted_on(text.lower())


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        ("SOMETHING WITH A BACK ON THEM SO THEY DONT FALL OFF", "closed back"),
        ("ones that stay on my feet please", "closed back"),
        ("with a closed heel", "closed back"),
        ("something i can slip on", "slip-on"),
        ("SLIP ON SHOES SIZE 11", "slip-on"),
    ],
)
def test_a_back_and_slipping_on_are_features(extractor, text, feature):
    assert ("feature", feature) in {(e.entity, e.value) for e in extractor.extract(text)}


# How the shoes on screen go on, asked in words the training examples don't use: a product
# question.
@pytest.mark.parametrize(
    "text",
    [
        "are they easy to put on, my knees arent what they used to be",
        "ARE THEY EASY TO PUT ON",
        "do they have laces",
        "are these slip ons?",
        "are they easy to get on?",
    ],
)
def test_how_they_go_on_is_a_product_question(parse, text):
    assert parse(text) == "ask_product_question"


# A wish for a back that keeps them on, or for no laces: a refinement of the list on screen.
@pytest.mark.parametrize(
    "text",
    [
        "SOMETHING WITH A BACK ON THEM SO THEY DONT FALL OFF",
        "something with a back on them so they dont fall off",
        "ones that stay on my feet please",
        "no laces please, i cant bend down",
        "need them to have a back, not mules",
    ],
)
def test_a_back_or_no_laces_is_a_refinement(parse, text):
    assert parse(text) in ("refine_search", "search_products")
