"""Stranger test 91 (docs/nlu/stranger-test-91.md, persona B, B6, worst problem 5).

"Can you include a gift note, and will it arrive by next Friday with standard shipping? Her
celebration dinner is that night." is heard as ask_gift_options (0.60, ask_delivery_time 0.31): the
gift-note answer came back and "arrive by next Friday" was dropped, though the bot answers "will it
get here by fri?" alone (A7). Right: the gift note answered, then whether it arrives by that day,
computed from the shipping rules, with only the method named when one is ("with standard
shipping"). The same for a day asked beside another service question ("do u take paypal?").
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say_as_heard

# Sunday 29 November 2026, the day the stranger played: Standard (3–5 business days) arrives
# between Wednesday 02 and Friday 04 December; Express (1–2) by Tuesday 01 December.
PLAYED = datetime(2026, 11, 29, 12, 0, tzinfo=timezone.utc)
GIFT_NOTE = "no place for a gift note"

# (message, the day asked for, what Standard does by then)
GIFT_NOTE_AND_A_DAY = [
    (
        "Can you include a gift note, and will it arrive by next Friday with standard shipping? Her "
        "celebration dinner is that night.",
        "Friday 04 December",
        "arrives by Friday 04 December",
    ),
    (
        "can u add a gift msg? and will it get here by friday w standard",
        "Friday 04 December",
        "arrives by Friday 04 December",
    ),
    (
        "Do you do gift notes? Would it arrive by December 10th with standard delivery?",
        "Thursday 10 December",
        "arrives by Friday 04 December",
    ),
]
# Standard not surely in time: each method, so that Express is seen.
GIFT_NOTE_AND_TOO_SOON = [
    ("gift note pls + will it arrive by dec 3 standard shipping",
     "Thursday 03 December",
     "arrives between Wednesday 02 December and Friday 04 December, so it may make it"),
    ("is a gift card note possible?? also will it be here by the 1st with standard",
     "Tuesday 01 December", "arrives Wednesday 02 December at the earliest, too late"),
]  # fmt: skip


SERVICE = {
    intent: ActionAnswerServiceQuestion
    for intent in ("ask_gift_options", "ask_delivery_time", "ask_shipping", "ask_payment_methods")
}


def _asked(chat, extractor, pin_clock, intent: str, text: str, confidence: float = 0.6):
    """`text` heard as `intent` and read on by the intent resolver, as the assistant reads it."""
    pin_clock(PLAYED, "actions.checkout_slots", "actions.service")
    turn = say_as_heard(chat, extractor, SERVICE, intent, text, confidence=confidence)
    print(turn.shown)
    return turn


@pytest.mark.parametrize(("text", "needed", "verdict"), GIFT_NOTE_AND_A_DAY)
def test_the_gift_note_then_standard_against_the_day(chat, extractor, pin_clock, text, needed,
                                                     verdict):  # fmt: skip
    """docs/nlu/stranger-test-91.md, B6, heard as ask_gift_options."""
    turn = _asked(chat, extractor, pin_clock, "ask_gift_options", text)

    assert GIFT_NOTE in turn.shown, turn.shown
    assert f"For {needed}: Standard shipping, ordered today" in turn.shown, turn.shown
    assert verdict in turn.shown, turn.shown
    assert turn.shown.index(GIFT_NOTE) < turn.shown.index(f"For {needed}")
    assert "Express" not in turn.shown, turn.shown  # only the method asked about


@pytest.mark.parametrize(("text", "needed", "verdict"), GIFT_NOTE_AND_TOO_SOON)
def test_standard_not_surely_in_time_shows_express_too(chat, extractor, pin_clock, text, needed,
                                                       verdict):  # fmt: skip
    turn = _asked(chat, extractor, pin_clock, "ask_gift_options", text)

    assert GIFT_NOTE in turn.shown, turn.shown
    assert f"Ordered today, for {needed}:" in turn.shown, turn.shown
    assert f"Standard ($5.95, free from $100): {verdict}" in turn.shown, turn.shown
    assert "Express ($14.95): arrives by Tuesday 01 December, in time." in turn.shown, turn.shown
    assert "even Standard" not in turn.shown, turn.shown


@pytest.mark.parametrize(
    ("intent", "text", "topic_words"),
    [
        ("ask_payment_methods", "do u take paypal? will it get here by friday", "PayPal"),
        ("ask_gift_options", "can you gift wrap it, and would it arrive by friday?", "gift-wrap"),
    ],
)
def test_no_method_named_gives_each_against_the_day(
    chat, extractor, pin_clock, intent, text, topic_words
):
    turn = _asked(chat, extractor, pin_clock, intent, text)

    assert topic_words in turn.shown, turn.shown
    assert "Ordered today, for Friday 04 December:" in turn.shown, turn.shown
    assert "Standard" in turn.shown and "Express" in turn.shown, turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "can you include a gift note?",
        "do you gift wrap? its for her birthday on friday",
        "Can I add a gift message for her dinner next Friday?",
    ],
)
def test_a_gift_question_alone_gets_no_dates(chat, extractor, pin_clock, text):
    """A day said with no question of arrival is not asked about."""
    turn = _asked(chat, extractor, pin_clock, "ask_gift_options", text)

    assert GIFT_NOTE in turn.shown or "gift-wrap" in turn.shown, turn.shown
    assert "Ordered today" not in turn.shown and "Standard shipping" not in turn.shown, turn.shown


@pytest.mark.parametrize("text", [text for text, _, _ in GIFT_NOTE_AND_A_DAY[:3]])
def test_heard_as_a_delivery_question_the_gift_note_is_answered_too(
    chat, extractor, pin_clock, text
):
    """B6's runner-up reading (ask_delivery_time, 0.31): the dates, then the gift answer."""
    turn = _asked(chat, extractor, pin_clock, "ask_delivery_time", text)

    assert "Standard" in turn.shown and "ordered today" in turn.shown.lower(), turn.shown
    assert GIFT_NOTE in turn.shown, turn.shown
    assert turn.shown.count(GIFT_NOTE) == 1, turn.shown


def test_asked_as_a_delivery_question_the_dates_are_said_once(chat, extractor, pin_clock):
    """Heard as ask_delivery_time, the dates are the answer's own: not said twice."""
    turn = _asked(
        chat, extractor, pin_clock, "ask_delivery_time",
        "will it arrive by next Friday with standard shipping?",
    )  # fmt: skip

    assert turn.shown.count("Friday 04 December") >= 1, turn.shown
    assert turn.shown.count("Ordered today") == 1, turn.shown
