"""Stranger test 24 (docs/nlu/stranger-test-24.md, persona Jonah #14-#15, worst problem 6): on
Friday 27 November, after "her bday is saturday", the order review said "Heads up: Standard
shipping arrives between Wednesday 02 December and Friday 04 December, after the Saturday 28
November you asked about. No other shipping gets it there sooner, I'm sorry." while its own
Express button arrives Monday 30 November, two days sooner. Then "will it def get here by
saturday?? if not switch to express" got the dates of both methods, but neither a switch nor a
question, and the review with its Place order button was not shown again.

What the review says of the other shipping is computed from the shipping windows; a question
about a day at the review is answered, the shipping switched when the shopper asked for it and it
does better, and the review shown again with Place order."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from actions.checkout import ActionReviewOrder, ActionStartCheckout
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import entity_list, say_and_keep, search

JONAH = {"customer_name": "Jonah Reyes", "customer_email": "jonah.reyes@gmail.com",
         "customer_address": "48 Elm St Apt 3, 11215 Brooklyn NY"}  # fmt: skip
# Friday 27 November 2026, noon: Standard arrives Wed 2 - Fri 4 December, Express Mon 30 - Tue 1.
FRIDAY_NOON = datetime(2026, 11, 27, 12, tzinfo=timezone.utc)


@pytest.fixture
def on_friday(monkeypatch, pin_clock):
    monkeypatch.setattr("actions.checkout.ordering_time", lambda: FRIDAY_NOON)
    pin_clock(FRIDAY_NOON, "actions.service")


def _review_the_backpack(chat, extractor, day_asked: tuple[str, str] | None = None):
    """Jonah's way to the review: the backpack found and bought, his details given."""
    search(chat, extractor, "maybe a bag? she always steals mine")
    search(chat, extractor, "smth not too big, leathr would be nice, under 200")
    if day_asked is not None:
        say_and_keep(chat, extractor, ActionAnswerServiceQuestion(), *day_asked)
    bought = say_and_keep(chat, extractor, ActionStartCheckout(), "buy", "nah ill take the bag")
    assert "Kalmar Leather Backpack" in bought.text, bought.text
    chat.slots.update(JONAH)
    return say_and_keep(chat, extractor, ActionReviewOrder(), "inform", JONAH["customer_address"])


SATURDAY_ASKED = [
    "will it get here by saturday",
    "need it by sat, her bday",
    "can it arrive before saturday?",
    "gotta have it by saturday lol",
    "her bday is saturday, will it come in time",
]


@pytest.mark.parametrize("question", SATURDAY_ASKED)
def test_the_review_says_express_is_sooner_when_it_is(chat, extractor, on_friday, question):
    review = _review_the_backpack(chat, extractor, ("ask_delivery_time", question))

    assert "after the Saturday 28 November you asked about" in review.text, review.text
    assert "No other shipping gets it there sooner" not in review.text
    assert (
        "Express shipping ($14.95) arrives between Monday 30 November and Tuesday 01 December"
        in review.text
    )
    assert any(b["title"].startswith("Express shipping") for b in review.buttons)


def test_with_express_chosen_nothing_sooner_is_the_truth(chat, extractor, on_friday):
    _review_the_backpack(chat, extractor, ("ask_delivery_time", SATURDAY_ASKED[0]))

    review = chat.run(ActionReviewOrder(), "choose_shipping", "express please",
                      entities=entity_list(shipping_method="express"))  # fmt: skip

    assert "Express shipping: $14.95" in review.text, review.text
    assert "No other shipping gets it there sooner, I'm sorry." in review.text


SWITCH_IF_NOT = [
    "will it def get here by {day}?? if not switch to express",  # the stranger's words
    "can it arrive by {day}? otherwise make it express",
    "if it wont make {day} switch to express pls",
    "will it be there by {day}, if not go with express",
    "by {day}? else change to express",
]


@pytest.mark.parametrize("text", SWITCH_IF_NOT)
def test_switch_if_not_in_time_switches_when_express_makes_it(chat, extractor, on_friday, text):
    _review_the_backpack(chat, extractor)

    turn = say_and_keep(
        chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time",
        text.format(day="tuesday"),
    )  # fmt: skip

    assert "for Tuesday 01 December" in turn.text, turn.text  # the question answered
    assert chat.slots["checkout_shipping"] == "express"
    assert "Express shipping: $14.95" in turn.text  # the review again, with Express
    assert turn.buttons[0]["title"] == "Place order"


@pytest.mark.parametrize("text", SWITCH_IF_NOT)
def test_switch_if_not_in_time_keeps_standard_when_express_is_late_too(
    chat, extractor, on_friday, text
):
    _review_the_backpack(chat, extractor, ("ask_delivery_time", SATURDAY_ASKED[0]))

    turn = say_and_keep(
        chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time",
        text.format(day="saturday"),
    )  # fmt: skip

    assert "for Saturday 28 November" in turn.text, turn.text
    assert not any(e.get("name") == "checkout_shipping" for e in turn.events)
    assert "Express" in turn.text and "either" in turn.text  # why it was not switched
    assert "Standard shipping: $5.95" in turn.text  # the review again
    titles = [b["title"] for b in turn.buttons]
    assert "Place order" in titles
    assert any(title.startswith("Express shipping") for title in titles)


def test_a_day_in_time_at_the_review_shows_the_review_again(chat, extractor, on_friday):
    _review_the_backpack(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time",
                 "will it get here by dec 10")  # fmt: skip

    assert "for Thursday 10 December" in turn.text, turn.text
    assert not any(e.get("name") == "checkout_shipping" for e in turn.events)
    assert turn.buttons[0]["title"] == "Place order"


@pytest.mark.parametrize(
    "text", ["is express in time for tuesday?", "how long does express take, tuesday possible?"]
)
def test_asking_about_express_at_the_review_switches_nothing(chat, extractor, on_friday, text):
    _review_the_backpack(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", text)

    assert "for Tuesday 01 December" in turn.text, turn.text
    assert not any(e.get("name") == "checkout_shipping" for e in turn.events)
    assert "Standard shipping: $5.95" in turn.text  # the review again, as it was
