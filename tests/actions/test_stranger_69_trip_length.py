"""Stranger test 69 (docs/nlu/stranger-test-69.md, persona B message 1): "my sister and I are doing
a long weekend in Paris" was read as the occasion "weekend". How long a trip lasts is no occasion
(the demo catalog tags nothing for travel), so the search is for the kind asked, never "weekend"
wear; "something for the weekend" still is weekend wear."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import search, searched

TRIP_LENGTHS = [
    "we're doing a long weekend in Paris, I need walking shoes for women, size 8",
    "going away for a long weekend, need a blazer for men",
    "a weekend in Rome with my husband, I need comfortable shoes for women",
    "need a dress for a weekend away in Lisbon",
    "packing for a weekend trip to Barcelona, what shoes for men do you have?",
    "off on a weekend break to Prague, looking for a light jacket",
]


@pytest.mark.parametrize("text", TRIP_LENGTHS)
def test_a_trips_length_is_no_occasion(chat, extractor, text):
    """docs/nlu/stranger-test-69.md, persona B message 1 ("a long weekend in Paris")."""
    turn = search(chat, extractor, text)

    print(turn.text)
    assert not searched(turn).get("occasions")
    assert "weekend" not in turn.text.lower()


WEEKEND_WEAR = ["casual shoes for the weekend, for men", "weekend blazers for men"]


@pytest.mark.parametrize("text", WEEKEND_WEAR)
def test_weekend_wear_is_still_the_occasion(chat, extractor, text):
    """What is worn at weekends stays the catalog's "weekend" tag."""
    turn = search(chat, extractor, text)

    print(turn.text)
    assert "weekend" in searched(turn).get("occasions", [])
