"""Stranger test 18, persona b (docs/nlu/stranger-test-18.md, b9): "flying out dec 4th. will it
arrive by then" was answered "Standard ... arrives by Friday 04 December, in time": arriving on the
day you fly is too late. A day the shopper leaves on (flying out, leaving on, my trip is on, before
my flight) needs the order the day before, and the answer says so for each shipping method; "by
friday" (the day itself) stays as it was. The action runs on rasa-sdk's real Tracker against the
demo store; the days are computed from today and the shipping methods, so the test holds any day."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from actions.cart import ActionShowCart
from actions.delivery_replies import day
from actions.discovery import ActionSearchProducts
from actions.service import ActionAnswerServiceQuestion
from commerce.shipping import SHIPPING_METHODS
from tests.actions.conversation_driver import ActionConversation, say
from tests.actions.test_stranger_14_cart import put_the_dress_in_the_cart


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(sender="traveller", keep_messages=True)


def _today() -> date:
    return datetime.now(timezone.utc).date()


def _standard_last_day() -> date:
    """The last day Standard shipping arrives if ordered today: in time for that day itself, not
    for a trip that starts on it."""
    return SHIPPING_METHODS["standard"].arrival(_today())[1]


def _line(text: str, label: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(f"• {label} "))


def _travel_messages(leaving: date) -> list[str]:
    month, month_day = leaving.strftime("%b").lower(), leaving.day
    return [
        f"flying out {month} {month_day}th. will it arrive by then",
        f"im leaving on the {month_day}th, can i get it before",
        f"my trip is on {leaving:%B} {month_day}, will it come in time",
        f"need it before my flight on {month_day} {leaving:%B}",
        f"travelling {month} {month_day}, will it be here by then?",
        f"i fly {month_day} {month} will it get here",
    ]


@pytest.mark.parametrize("index", range(6))
def test_arriving_on_the_day_you_leave_is_not_in_time(chat, index):
    leaving = _standard_last_day()
    text = _travel_messages(leaving)[index]

    turn = chat.run(ActionAnswerServiceQuestion(), "ask_delivery_time", text)

    standard = _line(turn.text, "Standard")
    assert day(leaving) in standard and "in time" not in standard, turn.text
    assert "the day you fly" in standard or "the day you leave" in standard, turn.text
    express = _line(turn.text, "Express")
    assert express.endswith("in time."), turn.text
    assert day(SHIPPING_METHODS["express"].arrival(_today())[1]) in express


@pytest.mark.parametrize(
    "template",
    [
        "will it arrive by {month} {day}th",
        "can i get it by the {day}th",
        "i need it for {month} {day}, will it come in time",
        "will it get here by {day} {month}",
        "by {month} {day}?",
    ],
)
def test_a_day_that_is_no_trip_is_still_the_day_itself(chat, template):
    needed = _standard_last_day()
    text = template.format(month=needed.strftime("%b").lower(), day=needed.day)

    turn = chat.run(ActionAnswerServiceQuestion(), "ask_delivery_time", text)

    assert _line(turn.text, "Standard").endswith(f"arrives by {day(needed)}, in time."), turn.text
    assert "you fly" not in turn.text and "you leave" not in turn.text


@pytest.mark.parametrize(
    "template",
    [
        "need a blazer for a work trip, flying out {month} {day}",
        "mens blazer, im leaving on the {day}th",
        "a dress for my holiday, my flight is on {day} {month}",
        "looking for loafers before my trip on {month} {day}",
        "black heels, i travel {month} {day}th",
    ],
)
def test_a_search_for_a_trip_says_which_shipping_arrives_before_you_leave(
    chat, extractor, template
):
    leaving = _standard_last_day()
    text = template.format(month=leaving.strftime("%b").lower(), day=leaving.day)

    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    express_last = SHIPPING_METHODS["express"].arrival(_today())[1]
    assert (
        f"on {day(leaving)}: Express shipping, ordered today, arrives by {day(express_last)}, in time."
        in turn.text
    ), turn.text


def test_a_search_for_a_day_that_is_no_trip_keeps_the_day_itself(chat, extractor):
    needed = _standard_last_day()
    text = f"need a blazer by {needed:%b} {needed.day}".lower()

    turn = say(chat, extractor, ActionSearchProducts(), "search_products", text)

    assert (
        f"For {day(needed)}: Standard shipping, ordered today, arrives by {day(needed)}, in time."
        in turn.text
    )


@pytest.mark.parametrize(
    "template",
    [
        "whats the total, im flying out {month} {day}, will it arrive",
        "how much is it all together, my trip is on the {day}th",
        "whats my total and will it be here before my flight on {day} {month}",
    ],
)
def test_the_carts_total_for_a_trip_picks_the_shipping_that_arrives_before_you_leave(
    chat, extractor, template
):
    put_the_dress_in_the_cart(chat, extractor)
    leaving = _standard_last_day()
    text = template.format(month=leaving.strftime("%b").lower(), day=leaving.day)

    turn = say(chat, extractor, ActionShowCart(), "view_cart", text)

    assert "With Express shipping" in turn.text, turn.text
    assert f"on {day(leaving)}: Express shipping, ordered today" in turn.text, turn.text
