"""Stranger test 42 (docs/nlu/stranger-test-42.md, persona Joost, worst problem 2): "I fly to
London on 4 december, it arrive in time?" got "We ship only to addresses in the United States, so
I can't send an order to the United Kingdom.", and a US-only reminder later at "add to cart".

A city the shopper flies, travels or goes *to* on a day is where they will be, not a delivery
address: the answer is which shipping arrives (at the US address) before they leave. Only "ship /
deliver / send to London" or "I'm in London" name a delivery place."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.service import ActionAnswerServiceQuestion
from commerce.shipping import destination_not_shipped_to
from tests.actions.conversation_driver import say, say_and_keep

US = "the United States"


@pytest.mark.parametrize(
    "text",
    [
        "I fly to London on 4 december, it arrive in time?",
        "i fly to london on 4 december, it arrive in time",
        "im flying to London dec 4, will it arrive before?",
        "Travelling to Paris on the 4th, can it come in time?",
        "going to london 4 december, it arrives before?",
        "I have a trip to Amsterdam on friday, will it arrive in time?",
        "heading to Toronto on 4 dec, will it be here before?",
    ],
)
def test_a_city_flown_to_is_no_delivery_place(chat, extractor, text):
    assert destination_not_shipped_to(text, US) is None

    say_and_keep(
        chat, extractor, ActionSearchProducts(), "search_products", "navy blazer for business"
    )
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", text)

    print(turn.text)
    assert "before you" in turn.text or "in time" in turn.text
    assert "Express" in turn.text
    assert not turn.text.startswith("We ship only")
    assert "Those dates are for delivery to your address in the United States" in turn.text
    assert "utter_not_shipped_there" not in [m.get("response") for m in turn.messages]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("can you ship to London?", "the United Kingdom"),
        ("deliver to london by 4 december?", "the United Kingdom"),
        ("I'm in London, will it arrive before friday?", "the United Kingdom"),
        ("do you ship also to Netherlands?", "the Netherlands"),
        ("I live in Paris, how long is shipping?", "France"),
        ("send it to my hotel in London please", "the United Kingdom"),
    ],
)
def test_a_delivery_place_is_still_one(text, place):
    assert destination_not_shipped_to(text, US) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("does it go to Canada?", "Canada"),
        ("can you send it off to London", "the United Kingdom"),
    ],
)
def test_going_and_sending_off_still_name_a_delivery_place(text, place):
    assert destination_not_shipped_to(text, US) == place


def test_no_us_only_reminder_when_adding_after_flying_to_london(chat, extractor):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", "blazers")
    say_and_keep(chat, extractor, ActionSelectProduct(), "select_product", "the mortimer tweed")
    say_and_keep(
        chat,
        extractor,
        ActionAnswerServiceQuestion(),
        "ask_delivery_time",
        "I fly to London on 4 december, it arrive in time?",
    )

    added = say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", "add it in 40R grey")

    assert "Mortimer Tweed Blazer" in added.shown
    assert "we deliver only to addresses in the United States" not in added.shown
