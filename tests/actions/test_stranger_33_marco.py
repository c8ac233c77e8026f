"""Stranger test 33 (docs/nlu/stranger-test-33.md): what Marco and Kim were answered.

Marco #1 (worst problem 3): "Good evening. I am looking for loafers for man, brown colour, my size
is EU 43." searched for brown *evening* loafers, found none and listed velvet evening loafers in
other colours; the greeting is no occasion, so he gets the brown loafers in EU 43.
Marco #6 (worst problem 1): his order number and email told in a sentence are looked up (the
reading is in tests/nlu/test_stranger_33_readings.py; here, what the lookup then says).
Marco #7-8 (worst problems 2 and 4): asking for a person without an agents' desk is answered
honestly: a bot, no person will answer in this chat, the team's contact and how soon they answer.
Kim #4 (worst problem 5): "r they comfy for standing all day?" got a quote only; the catalog says
nothing on standing all day about the Margot Pointed Flat, so the reply says so plainly, then what
it does say, never a comfort it doesn't state."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionOrderStatus
from actions.handoff import ActionHandOver
from actions.order_details import ActionTakeOrderDetails
from actions.product_questions import ActionAnswerProductQuestion
from commerce.faq import faq_answer
from tests.actions.conversation_driver import listed, say, search, shown_titles

BROWN_LOAFERS = [
    "Good evening. I am looking for loafers for man, brown colour, my size is EU 43.",
    "good evening, brown loafers for men size EU 43",
    "Evening all, I need brown loafers for man in EU 43",
    "Good evening! Loafers for man in brown, EU 43 please",
    "Hello and good evening, do you have brown loafers for men, size eu 43?",
]


@pytest.mark.parametrize("text", BROWN_LOAFERS)
def test_a_greeting_does_not_search_evening_loafers(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    assert "evening" not in turn.text.lower()
    assert "Not in brown" not in turn.text
    assert "brown loafers" in turn.text and listed(turn.text)
    assert "Velvet" not in " ".join(shown_titles(chat))


ORDER_SENTENCES = [
    "The number is HL-4TR8QP and my mail is marco.bellini@example.it",
    "The number is HL-4TR8QP and my email is marco.bellini@example.it",
    "my order number is HL-4TR8QP, email marco.bellini@example.it",
    "it's HL-4TR8QP and the mail is marco.bellini@example.it",
    "order HL-4TR8QP placed with marco.bellini@example.it",
]


@pytest.mark.parametrize("text", ORDER_SENTENCES)
def test_order_details_in_a_sentence_are_looked_up(chat, extractor, text):
    asked = say(chat, extractor, ActionOrderStatus(), "order_status",
                "I have made an order last week and still it is not arrived. Where is it?")  # fmt: skip
    assert "order number" in asked.shown

    turn = say(chat, extractor, ActionTakeOrderDetails(), "inform", text)

    print(turn.shown)
    assert "HL-4TR8QP" in turn.shown and "marco.bellini@example.it" in turn.shown
    assert "not sure" not in turn.shown


@pytest.mark.parametrize(
    "text",
    [
        "This is not possible, I have the confirmation email. I want to speak with a real person please.",
        "I want to speak with a real person please",
        "can I talk to a human",
        "put me through to someone",
        "I need an account? no, I want a real person",
    ],
)
def test_without_a_desk_a_person_asked_for_is_answered_honestly(chat, extractor, no_desk, text):
    turn = say(chat, extractor, ActionHandOver(), "request_human", text)

    print(turn.shown)
    assert "a bot" in turn.shown
    assert "no one from our team will answer here" in turn.shown
    assert "help@harbourlane.example" in turn.shown and "+1 555 0100" in turn.shown
    assert "within one business day" in turn.shown


STANDING_ALL_DAY = [
    "r they comfy for standing all day? im on my feet alot",
    "are they good for standing all day?",
    "is it comfortable to stand in all day",
    "can i be on my feet in these for a whole shift?",
    "would they hurt after standing 8 hours",
    "are these ok to wear all day on my feet",
]


@pytest.mark.parametrize("text", STANDING_ALL_DAY)
def test_standing_all_day_is_answered_plainly_from_the_catalog(chat, extractor, text):
    chat.slots["current_product"] = "margot-pointed-flat"

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    print(turn.shown)
    assert "doesn't say how the Margot Pointed Flat is for standing all day" in turn.shown
    assert "cushioned heel" in turn.shown  # what it does say, quoted
    assert "help@harbourlane.example" in turn.shown
    assert "comfortable for" not in turn.shown and "ideal for standing" not in turn.shown


def test_the_catalog_s_own_all_day_words_are_quoted(chat, extractor):
    chat.slots["current_product"] = "stratus-runner"

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
               "r they comfy for standing all day?")  # fmt: skip

    print(turn.shown)
    assert "all-day wear" in turn.shown
    assert "doesn't say" not in turn.shown


def test_the_teams_reply_time_is_the_shops_setting_everywhere(
    chat, extractor, no_desk, monkeypatch
):
    """How soon the team answers emails is the shop owner's to say (SHOP_EMAIL_REPLY_TIME), in the
    bot's own reply and in the FAQ answers alike, never "one business day" written in code."""
    monkeypatch.setenv("SHOP_EMAIL_REPLY_TIME", "two working days")

    turn = say(chat, extractor, ActionHandOver(), "request_human", "can I talk to a human")

    assert "within two working days" in turn.shown and "one business day" not in turn.shown
    for topic in ("contact", "team_hours", "complaint"):
        answer = faq_answer(topic)
        assert "two working days" in answer and "one business day" not in answer, topic
