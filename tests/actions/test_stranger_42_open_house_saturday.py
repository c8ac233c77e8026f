"""Stranger test 42 (docs/nlu/stranger-test-42.md, persona Dana, worst problem 1): straight after
placing her order, "and when will it get here? I have a big open house on Saturday!" got the
off-topic fallback ("I'm only good at this shop, I'm afraid...").

A question of when it arrives that names a day (with an event, an exclamation, "a big ...") is a
delivery question: after an order it gets that order's estimate and whether it makes the day."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from actions.delivery_replies import day
from actions.service import ActionAnswerServiceQuestion
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import say
from tests.actions.test_stranger_32_priya_after_sales import order_row, place_order

# Dana's conversation was played on Friday 27 November 2026: her Saturday is the next day, the
# 28th. The clock is pinned so that the test passes on any day (on a Saturday, "Saturday" said
# alone is the one a week on; stranger test 50).
FRIDAY_NOON = datetime(2026, 11, 27, 12, tzinfo=timezone.utc)


@pytest.fixture
def on_friday_27_november(pin_clock):
    """The order placed, and the question asked, on Friday 27 November 2026."""
    pin_clock(FRIDAY_NOON, "commerce.orders", "actions.placed_order_answers", "actions.service")


ASKS_WHEN_IT_ARRIVES_FOR_A_DAY = [
    "and when will it get here? I have a big open house on Saturday!",
    "when will it get here? i have a big open house on saturday!",
    "when will it arrive?? big open house saturday!!",
    "and when does it get here? I've got a huge showing on Saturday",
    "when wil it arive? my open house is saturday",
    "So when will it be here?! I have my first open house this Saturday!",
]


@pytest.mark.parametrize("text", ASKS_WHEN_IT_ARRIVES_FOR_A_DAY)
@pytest.mark.parametrize("guess", ["out_of_scope", "nlu_fallback", "ask_contact"])
def test_when_will_it_get_here_with_a_day_is_a_delivery_question(extractor, text, guess):
    resolution = resolve_intent(guess, 0.74, extractor.extract(text), text, None)

    assert resolution is not None and resolution.intent == "ask_delivery_time", resolution


@pytest.mark.parametrize(
    "text",
    [
        "I have a big open house on Saturday!",
        "when is the open house? saturday?",
        "what time do you open on saturday?",
        "when will you get more belts in? saturday?",
    ],
)
def test_a_day_without_asking_when_it_arrives_is_not_read_as_one(extractor, text):
    resolution = resolve_intent("out_of_scope", 0.74, extractor.extract(text), text, None)

    assert resolution is None or resolution.intent != "ask_delivery_time", resolution


@pytest.mark.parametrize("text", ASKS_WHEN_IT_ARRIVES_FOR_A_DAY)
def test_after_the_order_it_gets_that_orders_date_and_the_day(
    chat, demo_store_url, extractor, on_friday_27_november, text
):
    number = place_order(chat)
    estimated = day(order_row(demo_store_url, number).estimated_delivery)

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", text)

    print(turn.text)
    assert "only good at this shop" not in turn.text
    assert estimated == "Friday 04 December"  # standard shipping, ordered Friday noon
    assert turn.text.startswith(f"Your order {number} should arrive by {estimated}")
    assert "too late for Saturday 28 November" in turn.text
