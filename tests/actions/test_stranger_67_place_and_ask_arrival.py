"""Stranger test 67 (docs/nlu/stranger-test-67.md, message B10, worst problem 1): at the order
review, "All looks right, go ahead and place the order - and will it definitely be there before
the 12th?" got the unsure buttons, and nothing was ordered.

At the review, a go-ahead with a question about when it comes places the order, whatever the
classifier heard, and says whether the chosen shipping's date makes the day asked."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from actions.after_sales import ActionOrderStatus
from actions.checkout import ActionPlaceOrder, ActionReviewOrder, ActionStartCheckout
from actions.service import ActionAnswerServiceQuestion
from actions.understanding import ActionClarify
from tests.actions.conversation_driver import entity_list, say_and_keep, search

INES = {"customer_name": "Ines Carvalho", "customer_email": "ines.carvalho@outlook.com",
        "customer_address": "Flat 3, 48 Maple Avenue, 60614 Chicago"}  # fmt: skip
# Friday 27 November 2026, noon: Standard arrives by Friday 04 December, Express by Tuesday 01.
FRIDAY_NOON = datetime(2026, 11, 27, 12, tzinfo=timezone.utc)

# (words, the day asked, whether Standard's Friday 04 December makes it)
ASKED = [
    ("All looks right, go ahead and place the order - and will it definitely be there before "
     "the 12th? That's her birthday dinner.", "Saturday 12 December", True),  # the stranger's
    ("yes place it, will it arrive by friday?", "Friday 04 December", True),
    ("go ahead and order it. will it be here before the 3rd", "Thursday 03 December", False),
    ("confirm - it'll get there by monday right?", "Monday 30 November", False),
    ("ok place order pls, need it before 20th", "Sunday 20 December", True),
]  # fmt: skip
ACTIONS = [
    (ActionClarify(), "nlu_fallback"),
    (ActionPlaceOrder(), "place_order"),
    (ActionAnswerServiceQuestion(), "ask_delivery_time"),
    (ActionOrderStatus(), "order_status"),
]


@pytest.fixture
def on_friday(monkeypatch, pin_clock):
    for module in (
        "actions.checkout",
        "actions.arrival_before_ordering",
        "actions.checkout_arrival",
    ):
        monkeypatch.setattr(f"{module}.ordering_time", lambda: FRIDAY_NOON, raising=False)
    pin_clock(FRIDAY_NOON, "actions.service", "actions.placed_order_answers", "commerce.orders")


def _at_the_review(chat, extractor):
    search(chat, extractor, "green dress")
    chat.run(ActionStartCheckout(), "buy",
             entities=entity_list(product_handle="mirabel-wrap-dress", size="M", colour="green"))  # fmt: skip
    assert chat.slots.get("checkout_variant") is not None
    chat.slots.update(INES)
    say_and_keep(chat, extractor, ActionReviewOrder(), "inform", INES["customer_address"])


def _ask(chat, extractor, action, intent: str, text: str):
    """`text` said to `action`, and the action Rasa runs next when the action hands it over."""
    turn = say_and_keep(chat, extractor, action, intent, text)
    for event in turn.events:
        if event.get("event") == "followup" and event.get("name") == "action_place_order":
            return say_and_keep(chat, extractor, ActionPlaceOrder(), intent, text)
    return turn


@pytest.mark.parametrize(("text", "day", "in_time"), ASKED)
@pytest.mark.parametrize(("action", "intent"), ACTIONS)
def test_go_ahead_with_a_date_question_places_and_answers_it(
    chat, extractor, on_friday, text, day, in_time, action, intent
):
    _at_the_review(chat, extractor)

    turn = _ask(chat, extractor, action, intent, text)

    assert "Done! Order HL-" in turn.shown  # placed
    assert "not sure I understood" not in turn.shown
    assert "Friday 04 December" in turn.shown
    verdict = f"in time for {day}" if in_time else f"too late for {day}"
    assert verdict in turn.shown
