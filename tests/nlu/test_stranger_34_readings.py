"""Stranger test 34 (docs/nlu/stranger-test-34.md), persona Desmond: readings of his messages.

A fit ruled out ("not one of those skinny fitted ones") is excluded, never asked for; the colour of
the one he has ("my old one is navy") is owned, never searched; a city said with a delivery
question names its country."""

from __future__ import annotations

import pytest

from commerce.shipping import destination_not_shipped_to, names_the_destination


def _roles(extractor, text, entity):
    return [(e.value, e.role) for e in extractor.extract(text) if e.entity == entity]


@pytest.mark.parametrize(
    "text",
    [
        "just plain cotton, and not one of those skinny fitted ones the young lads wear",
        "a white shirt, not skinny",
        "nothing slim fit",
        "no slim fit please",
        "i hate skinny fits",
        "not any of those slim fit ones",
    ],
)
def test_a_fit_ruled_out_is_excluded(extractor, text):
    fits = [role for value, role in _roles(extractor, text, "feature") if value == "slim fit"]
    assert fits == ["excluded"]


@pytest.mark.parametrize(
    "text",
    [
        "a proper suit, charcoal I think, my old one is navy",
        "charcoal suit, I already have a navy one",
        "a charcoal suit; my current one is navy",
        "charcoal please, the old one was navy",
        "charcoal suit, my other suit is navy",
    ],
)
def test_the_colour_of_the_one_he_has_is_owned(extractor, text):
    assert _roles(extractor, text, "colour") == [("charcoal", None), ("navy", "owned")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I'm in Leeds, would it arrive before Thursday?", "the United Kingdom"),
        ("I live in Manchester", "the United Kingdom"),
        ("we're in Cork", "Ireland"),
        ("delivery to Toronto?", "Canada"),
        ("shipping to Melbourne?", "Australia"),
        ("can you send it to Oxford", "the United Kingdom"),
    ],
)
def test_a_city_names_its_country(text, place):
    assert destination_not_shipped_to(text, "the United States") == place


@pytest.mark.parametrize(
    "text",
    ["oxford shoes in brown", "a cork sole", "a gift for Sydney", "nice shoes", "york boots"],
)
def test_a_city_that_is_also_a_word_needs_in_or_to(text):
    assert destination_not_shipped_to(text, "the United States") is None


def test_a_city_in_the_country_shipped_to_is_that_country():
    assert names_the_destination("I'm in Chicago, how long?", "the United States")
    assert names_the_destination("I'm in Leeds", "the United Kingdom")
