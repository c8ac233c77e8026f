"""Stranger test 47 (docs/nlu/stranger-test-47.md, persona Jenna, worst problem 3): "we are going to
Kyoto and Tokyo for two weeks and we fly out on December 12th ... need comfortable women's shoes"
got, under the list, "We ship only to addresses in the United States, so I can't send an order to
Japan", and nothing on the departure date.

Every place of a trip said as a list ("going to Kyoto and Tokyo") is where the shopper travels, not
where the order goes: the reply says whether delivery at home comes before the flight, and that the
dates are for the home address."""

from __future__ import annotations

import pytest

from commerce.shipping import destination_not_shipped_to, destination_travelled_to
from tests.actions.conversation_driver import search, shown_titles


@pytest.mark.parametrize(
    "text",
    [
        "Hi! So my partner and I are going to Kyoto and Tokyo for two weeks and we fly out on "
        "December 12th, so I need a pair of comfortable women's shoes, budget about $150",
        "going to kyoto and tokyo, flying out dec 12, need comfy womens shoes",
        "trip to Osaka & Kyoto, we fly on 12 december. walking shoes for women please",
        "heading to Tokyo, Kyoto and Osaka, leaving 12/12 - need comfortable shoes for her",
        "We're flying to Kyoto and then Tokyo on the 12th of December, need comfortable shoes",
    ],
)
def test_a_trip_to_two_cities_is_no_delivery_address(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert shown_titles(chat)
    assert "We ship only to addresses" not in turn.text
    assert "Those dates are for delivery to your address in the United States" in turn.text


@pytest.mark.parametrize(
    ("text", "travelled", "shipped"),
    [
        ("going to Kyoto and Tokyo for two weeks", "Japan", None),
        ("flying to Kyoto and then Tokyo", "Japan", None),
        ("i fly to london and live in canada", "the United Kingdom", "Canada"),
        ("can you ship to tokyo?", None, "Japan"),
    ],
)
def test_places_travelled_to_and_shipped_to(text, travelled, shipped):
    assert destination_travelled_to(text, "the United States") == travelled
    assert destination_not_shipped_to(text, "the United States") == shipped
