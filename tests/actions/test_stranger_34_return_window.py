"""Stranger test 34 (docs/nlu/stranger-test-34.md).

- Desmond #6 (noted under worst problem 6): "…how long have I got to send it back, and would I
  have to pay for the postage myself?" got only the free-postage part of the returns answer. How
  long there is to send it back is the return window (SHOP_RETURN_WINDOW_DAYS, read by
  commerce/config.py; the date it closes is commerce.order_rules.return_window_closes), said with
  the postage; for an order placed in the chat, the date by which it can be sent back.
- Kev #4: "do they run big or smal" about the product in focus fell back to "not sure" buttons: a
  misspelt "small" or "big" after "run" is the fit question ("does it run small?")."""

from __future__ import annotations

from datetime import timedelta

import pytest

from actions.delivery_replies import day
from actions.service import ActionAnswerServiceQuestion
from commerce.config import load_settings
from commerce.db import get_engine, session_scope
from commerce.order_rules import return_window_closes
from commerce.orders_after_sale import move_order
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import say
from tests.actions.test_stranger_32_priya_after_sales import order_row, place_order
from tests.actions.test_stranger_35_take_it_in_m import open_the_dress

ASKS_HOW_LONG_AND_POSTAGE = [
    "And supposing the trousers don't fit after all, how long have I got to send it back, and "
    "would I have to pay for the postage myself?",
    "how many days do i have to return it and is postage free",
    "how long do i have to send it back? who pays the postage",
    "do i pay return shipping, and how long have i got",
    "how much time do i get to return stuff, and is the return label free?",
]


@pytest.mark.parametrize("text", ASKS_HOW_LONG_AND_POSTAGE)
def test_how_long_to_send_it_back_gives_the_window_and_the_postage(chat, extractor, text):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_return_policy", text)

    print(turn.text)
    assert f"within {load_settings().return_window_days} days of delivery" in turn.text
    assert "prepaid return label" in turn.text


def test_the_window_follows_the_setting(chat, extractor, monkeypatch):
    monkeypatch.setenv("SHOP_RETURN_WINDOW_DAYS", "14")

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_return_policy",
               ASKS_HOW_LONG_AND_POSTAGE[0])  # fmt: skip

    assert "within 14 days of delivery" in turn.text


@pytest.mark.parametrize(
    "text",
    ["how long does a refund take?", "who pays for return postage?", "is return shipping free"],
)
def test_a_question_about_the_refund_or_postage_alone_gets_only_that(chat, extractor, text):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_return_policy", text)

    assert "days of delivery" not in turn.text


@pytest.mark.parametrize(
    "text",
    [
        "How long have I got to send it back",
        "how long have i got to send it back, and would I have to pay for the postage myself?",
        "how many days do i have to return it?",
        "by when do i have to send it back",
        "whats the last day i can return it",
    ],
)
def test_for_the_order_placed_the_date_it_can_be_sent_back_by(
    chat, demo_store_url, extractor, text
):
    number = place_order(chat)
    expected = order_row(demo_store_url, number).estimated_delivery

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_return_policy", text)

    print(turn.text)
    first = turn.messages[0]["text"]
    assert first.startswith(f"Yes, you can return order {number}")
    assert f"within {load_settings().return_window_days} days of delivery" in first
    assert day(expected) in first and day(return_window_closes(expected)) in first
    assert ("prepaid return label" in turn.text) == ("postage" in text)


def test_once_delivered_the_date_it_closes(chat, demo_store_url, extractor):
    number = place_order(chat)
    with session_scope(get_engine(demo_store_url), writes=True) as session:
        for step in ("paid", "shipped", "delivered"):
            move_order(session, number, step, tracking_number="1Z999")
    delivered = order_row(demo_store_url, number).delivered_at

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_return_policy",
               "How long have I got to send it back")  # fmt: skip

    assert f"until {day(return_window_closes(delivered))}" in turn.messages[0]["text"]
    assert day(delivered + timedelta(days=load_settings().return_window_days)) in turn.text


# --- Kev #4: "do they run big or smal" ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "do they run big or smal",
        "does it run big or smal",
        "do these run smal",
        "does it run smal",
        "does it come up smal",
        "do they run bigg or small",
    ],
)
def test_run_small_misspelt_is_the_fit_question(extractor, text):
    for guess in ("nlu_fallback", "out_of_scope", "check_availability"):
        resolution = resolve_intent(guess, 0.4, extractor.extract(text), text, None)
        assert resolution is not None and resolution.intent == "ask_size_guide", guess


@pytest.mark.parametrize("text", ["do they run big or smal", "does it run smal"])
def test_of_the_dress_in_focus_its_own_fit(chat, extractor, text):
    open_the_dress(chat, extractor)

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_size_guide", text)

    print(turn.text)
    assert "Vivienne Velvet Dress" in turn.text and "true to size" in turn.text
    assert "Our shoes are labelled" not in turn.text


@pytest.mark.parametrize("text", ["do you have it in smal", "is there a smal one", "run me a bath"])
def test_other_messages_are_no_fit_question(extractor, text):
    resolution = resolve_intent("check_availability", 0.4, extractor.extract(text), text, None)
    assert resolution is None or resolution.intent != "ask_size_guide"
