"""Stranger test 92 (docs/nlu/stranger-test-92.md, persona Priya, B1, worst problem 3): "My best
friend is getting married in Cape Town on December 12th ... a light linen dress ... in a medium"
got, under the list, "We ship only to addresses in the United States, so I can't send an order to
South Africa." She never asked for delivery there.

A wedding, holiday or trip somewhere is where the shopper will be, not a delivery address: the
list comes with the delivery date at home, never the shipping-place refusal. Only a delivery wish
("ship to Cape Town", "send it to my hotel in Paris") gets that answer."""

from __future__ import annotations

import pytest

from commerce.shipping import destination_not_shipped_to, destination_travelled_to
from tests.actions.conversation_driver import search, shown_titles

US = "the United States"


@pytest.mark.parametrize(
    "text",
    [
        "Hi there! My best friend is getting married in Cape Town on December 12th (summer "
        "there!) and I'm a guest, so I'd love a light linen dress, ideally soft blue or sage "
        "green, in a medium. What have you got?",
        "my sister's wedding in Mexico on dec 12, need a linen dress in medium",
        "holiday in Spain next week!! need a linen dress size M, arrives by friday?",
        "need a dress for my trip to Rome on 12 december, medium pls",
        "we're getting maried in cancun on december 12th, looking for a linen dress",
        "going on vacation in Lisbon on the 12th of december, any linen dresses in M?",
    ],
)
def test_an_event_or_trip_abroad_is_no_delivery_address(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert shown_titles(chat)
    assert "We ship only to addresses" not in turn.shown
    assert "Just a reminder" not in turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "linen dress in medium, can you ship it to Cape Town by December 12th?",
        "need a linen dress in M delivered to south africa before dec 12",
        "linen dress size M, send it to my hotel in Paris by the 12th of december pls",
    ],
)
def test_a_delivery_wish_with_a_day_still_gets_the_answer(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert "We ship only to addresses in the United States, so I can't send an order to" in (
        turn.shown
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("can you ship to Cape Town?", "South Africa"),
        ("deliver to south africa by december 9?", "South Africa"),
        ("do you ship to the UK", "the United Kingdom"),
        ("send it to my hotel in Paris please", "France"),
        ("I live in Rome, how long is shipping?", "Italy"),
        ("ship it to my sister's wedding venue in Mexico", "Mexico"),
        ("can you send it to the wedding in Cape Town?", "South Africa"),
        ("deliver the dress straight to our holiday in spain", "Spain"),
    ],
)
def test_a_delivery_wish_still_names_the_place(text, place):
    assert destination_not_shipped_to(text, US) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("my best friend is getting married in Cape Town on December 12th", "South Africa"),
        ("wedding in Mexico on dec 12", "Mexico"),
        ("holiday in Spain next week", "Spain"),
        ("my trip to Rome", "Italy"),
        ("our honeymoon in bangkok on the 12th", "Thailand"),
    ],
)
def test_an_event_abroad_is_where_the_shopper_travels(text, place):
    assert destination_not_shipped_to(text, US) is None
    assert destination_travelled_to(text, US) == place
