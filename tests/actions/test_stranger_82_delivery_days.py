"""Delivery by a day the shopper names (docs/nlu/stranger-test-82.md A1, A4-5, B4, and
docs/nlu/stranger-test-81.md A1).

- "need grey suit 40r for my mates wedding dec 12 under 600" and "need grey overcoat size L under
  200 for court date friday" listed the clothes with no line about arriving by that day, though a
  search that names a day gets one (README): an event just before the day ("wedding dec 12",
  "court date friday", "interview tuesday") names it as much as "for" or "by" does.
- After "wud it get here by the 12th" about the suit in focus the answer had no [Buy] / [Add to
  cart], so the shopper's next tap, "Add to cart", had nothing to tap.
- "We leave Miami on the 15th but I have to fly down on the 13th" was counted against the 15th:
  of two days named, the earlier is the one to arrive by.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from actions.after_sales import ActionOrderStatus
from actions.product_actions import ActionShowProductDetails
from actions.product_questions import ActionAnswerProductQuestion
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import entity_list, say, search

# A Saturday: 12 December is a Saturday two weeks on, Friday is 4 December.
MOMENT = datetime(2026, 11, 28, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def pinned(pin_clock):
    pin_clock(MOMENT, "actions.search_notes", "actions.service", "actions.checkout_slots")


DECEMBER_12 = [
    "need grey suit 40r for my mates wedding dec 12 under 600",
    "grey suit 40r for a wedding 12 december",
    "dress for dec 12",
    "navy suit, need it by dec 12",
    "black dress for the 12 dec",
    "cocktail dress for a party on december 12th",
    "grey suit in 40r, my brothers wedding is dec 12",
]


@pytest.mark.parametrize("text", DECEMBER_12)
def test_a_search_naming_12_december_says_whether_it_arrives_by_then(chat, extractor, pinned, text):
    """docs/nlu/stranger-test-82.md, A1: a delivery line for 12 December under the results."""
    turn = search(chat, extractor, text)

    assert "For Saturday 12 December" in turn.shown, turn.shown


FRIDAY_EVENTS = [
    ("need grey overcoat size L under 200 for court date friday", "Friday 04 December"),
    ("navy suit for my interview tuesday", "Tuesday 01 December"),
    ("wedding saturday need shoes", "Saturday 05 December"),
    ("black dress shoes, court hearing thursday", "Thursday 03 December"),
    ("grey blazer for a job interview wednesday", "Wednesday 02 December"),
]


@pytest.mark.parametrize(("text", "day"), FRIDAY_EVENTS)
def test_an_event_on_a_weekday_gets_its_delivery_line(chat, extractor, pinned, text, day):
    """docs/nlu/stranger-test-81.md, A1: "for court date friday" gets a line for Friday."""
    turn = search(chat, extractor, text)

    assert f"For {day}" in turn.shown, turn.shown


NO_DAY = [
    "black shoes for my sunday best",
    "a wedding suit in grey",
    "dress for a friday night party",
    "interview suit, navy",
]


@pytest.mark.parametrize("text", NO_DAY)
def test_an_event_without_a_day_names_none(chat, extractor, pinned, text):
    turn = search(chat, extractor, text)

    assert "For " not in turn.shown and "in time" not in turn.shown, turn.shown


BY_THE_12TH = [
    "wud it get here by the 12th",
    "will it arrive by dec 12",
    "would it be here before the 12th?",
    "can it get here by 12 december",
    "will it come by the 12th if i order today",
]


@pytest.mark.parametrize("text", BY_THE_12TH)
def test_the_delivery_answer_about_the_suit_keeps_its_buttons(chat, extractor, pinned, text):
    """docs/nlu/stranger-test-82.md, A4-5: the dates, then [Buy] [Add to cart] for that suit."""
    search(chat, extractor, "need grey suit 40r for my mates wedding dec 12 under 600")
    chat.run(ActionShowProductDetails(), "select_product", "the cheaper one",
             entities=entity_list(product_handle="hanover-flannel-suit"))  # fmt: skip

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", text)

    assert "December" in turn.shown and "in time" in turn.shown, turn.shown
    payloads = {button["title"]: button["payload"] for button in turn.buttons}
    assert "hanover-flannel-suit" in payloads.get("Buy", ""), turn.buttons
    assert "hanover-flannel-suit" in payloads.get("Add to cart", ""), turn.buttons


@pytest.mark.parametrize("text", BY_THE_12TH[:3])
def test_heard_as_order_tracking_the_answer_keeps_the_buttons_too(chat, extractor, pinned, text):
    """docs/nlu/stranger-test-82.md, A4-5: "wud it get here by the 12th" heard as "where is my
    order" with nothing ordered: the suit's dates, with its [Buy] [Add to cart]."""
    search(chat, extractor, "need grey suit 40r for my mates wedding dec 12 under 600")
    chat.run(ActionShowProductDetails(), "select_product", "the cheaper one",
             entities=entity_list(product_handle="hanover-flannel-suit"))  # fmt: skip

    turn = say(chat, extractor, ActionOrderStatus(), "order_status", text)

    assert "Hanover Flannel Suit" in turn.shown and "Saturday 12 December" in turn.shown, turn.shown
    payloads = {button["title"]: button["payload"] for button in turn.buttons}
    assert "hanover-flannel-suit" in payloads.get("Add to cart", ""), turn.buttons


def test_a_delivery_question_with_nothing_in_focus_has_no_buy_button(chat, extractor, pinned):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time",
               "would an order get here by the 12th?")  # fmt: skip

    assert "December" in turn.shown, turn.shown
    assert not any(button["title"] == "Buy" for button in turn.buttons), turn.buttons


TWO_DAYS = [
    "The second one looks comfortable. Is it leather, and would it arrive in time? We leave "
    "Miami on the 15th but I have to fly down on the 13th.",
    "is the 2nd one leather? would it get here in time, we sail on the 15th but fly on the 13th",
    "2nd one real leather?? wud it arrive in time, cruise leaves on dec 15 but we fly dec 13",
    "Is the second pair leather, and would it be delivered before the 15th? Actually I fly out "
    "on the 13th.",
    "second one - leather or synthetic? would it arrive by the 15th, or better by the 13th?",
]


@pytest.mark.parametrize("text", TWO_DAYS)
def test_of_two_days_named_the_earlier_is_the_deadline(chat, extractor, pinned, text):
    """docs/nlu/stranger-test-82.md, B4: counted against the 13th, not the 15th."""
    search(chat, extractor, "black dress shoes for men")

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    assert "13 December" in turn.shown, turn.shown
    assert "for Tuesday 15 December" not in turn.shown, turn.shown
    assert "on Tuesday 15 December" not in turn.shown, turn.shown
    # The dates are about the shoes asked of: their Buy and Add to cart come with them.
    assert {"Buy", "Add to cart"} <= {button["title"] for button in turn.buttons}, turn.buttons


def test_flying_down_on_the_13th_is_said_as_the_day_she_flies(chat, extractor, pinned):
    """docs/nlu/stranger-test-82.md, B4: she flies on the 13th, so it must come before then."""
    search(chat, extractor, "black dress shoes for men")

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", TWO_DAYS[0])

    assert "before you fly on Sunday 13 December" in turn.shown, turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "would it arrive in time? we leave on the 15th but i fly down on the 13th",
        "will it get here by dec 15? we fly out dec 13 tho",
    ],
)
def test_a_delivery_question_naming_two_days_counts_the_earlier(chat, extractor, pinned, text):
    """docs/nlu/stranger-test-82.md, B4, asked as a delivery question."""
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", text)

    assert "13 December" in turn.shown, turn.shown
    assert "for Tuesday 15 December" not in turn.shown, turn.shown
