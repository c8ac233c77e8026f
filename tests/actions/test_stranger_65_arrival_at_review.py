"""Stranger test 65 (docs/nlu/stranger-test-65.md, worst problem 2): at the order review, with
Express chosen, "when it come" got "Sorry, I can't send alerts on this chat…": the classifier heard
"tell me when it comes back" and nobody looked at the checkout under way. He was never told the
order wasn't placed yet.

At the review, when it would arrive is the chosen shipping's date, as the review computes it, with
"not placed yet", and the review again (Place order), whichever action the classifier picked."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from actions.after_sales import ActionOrderStatus
from actions.alerts import ActionSubscribeAlert
from actions.checkout import ActionReviewOrder, ActionStartCheckout
from actions.service import ActionAnswerServiceQuestion
from actions.understanding import ActionClarify
from tests.actions.conversation_driver import entity_list, say_and_keep, search

MEHMET = {"customer_name": "Mehmet Yildiz", "customer_email": "mehmet.yildiz63@gmail.com",
          "customer_address": "2214 Ocean Ave apt 3, 11229 Brooklyn NY"}  # fmt: skip
# Friday 27 November 2026, noon: Standard arrives by Friday 04 December, Express by Tuesday 01.
FRIDAY_NOON = datetime(2026, 11, 27, 12, tzinfo=timezone.utc)

ASKED = [
    "when it come",  # the stranger's words
    "wen will it arrive",
    "how long till i get it",
    "when do i get them",
    "so when will it get here?",
    "whn does it come",
]
ACTIONS = [
    (ActionSubscribeAlert(), "subscribe_alert"),
    (ActionOrderStatus(), "order_status"),
    (ActionClarify(), "nlu_fallback"),
    (ActionAnswerServiceQuestion(), "ask_delivery_time"),
]


@pytest.fixture
def on_friday(monkeypatch, pin_clock):
    monkeypatch.setattr("actions.checkout.ordering_time", lambda: FRIDAY_NOON)
    monkeypatch.setattr("actions.arrival_before_ordering.ordering_time", lambda: FRIDAY_NOON)
    pin_clock(FRIDAY_NOON, "actions.service")


def _at_the_review(chat, extractor, express: bool):
    search(chat, extractor, "brown oxford shoes eu 41")
    bought = say_and_keep(
        chat,
        extractor,
        ActionStartCheckout(),
        "buy",
        "i take the greville semi-brogue oxford in 41",
    )
    assert "Greville Semi-Brogue Oxford" in bought.text, bought.text
    chat.slots.update(MEHMET)
    say_and_keep(chat, extractor, ActionReviewOrder(), "inform", MEHMET["customer_address"])
    if express:
        chat.run(ActionReviewOrder(), "choose_shipping", "express please",
                 entities=entity_list(shipping_method="express"))  # fmt: skip


def _ask(chat, extractor, action, intent: str, text: str):
    """`text` said to `action`, and the review Rasa runs next when the action hands it over."""
    turn = say_and_keep(chat, extractor, action, intent, text)
    if any(e.get("name") == "action_review_order" for e in turn.events):
        return say_and_keep(chat, extractor, ActionReviewOrder(), intent, text)
    return turn


@pytest.mark.parametrize("text", ASKED)
@pytest.mark.parametrize(("action", "intent"), ACTIONS)
def test_when_it_comes_at_the_review_is_the_chosen_shippings_date(
    chat, extractor, on_friday, text, action, intent
):
    _at_the_review(chat, extractor, express=True)

    turn = _ask(chat, extractor, action, intent, text)

    assert "alerts" not in turn.shown
    assert "order number" not in turn.shown
    assert "not placed yet" in turn.shown
    assert "Express shipping" in turn.shown and "Tuesday 01 December" in turn.shown
    assert "Place order" in turn.shown  # the review again


@pytest.mark.parametrize("text", ASKED[:3])
def test_with_standard_it_is_standards_date(chat, extractor, on_friday, text):
    _at_the_review(chat, extractor, express=False)

    turn = say_and_keep(chat, extractor, ActionSubscribeAlert(), "subscribe_alert", text)

    assert "not placed yet" in turn.shown
    assert "Standard shipping" in turn.shown and "Friday 04 December" in turn.shown
    assert "Place order" in turn.shown
