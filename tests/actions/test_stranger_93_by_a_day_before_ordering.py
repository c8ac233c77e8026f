"""Stranger test 93 (docs/nlu/stranger-test-93.md, conversation A, A7-A8; worst problem 3): the
Mortimer Tweed Blazer opened, then gloves searched (none sold), no order placed and the cart
empty; "whats the total w shipping" gave the blazer's arrival dates, and "will it get here by
dec 5" got "I don't see an order from you in this chat. Tell me the order number".

With no order placed, "will it get here by <day>" is about the product being discussed: each
shipping method's dates against that day. An order number named, or "my order", stays tracking."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionOrderStatus
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import say_and_keep

ASKS_FOR_ORDER = "order number"
BLAZER = "Mortimer Tweed Blazer"


def blazer_opened_then_gloves_searched(chat, extractor) -> None:
    say_and_keep(
        chat, extractor, ActionSearchProducts(), "search_products",
        "movin to minneapolis in jan, need a warm winter coat mens under 200",
    )  # fmt: skip
    say_and_keep(
        chat, extractor, ActionSelectProduct(), "select_product", "the mortimer tweed blazer"
    )
    say_and_keep(
        chat, extractor, ActionSearchProducts(), "search_products",
        "also need gloves n a scarf, cheap ones",
    )  # fmt: skip
    assert not chat.slots.get("current_product")  # the gloves' search left none in focus


@pytest.mark.parametrize(
    "text",
    [
        "will it get here by dec 5",
        "would it arrive by dec 5th",
        "can it be here by the 5th",
        "wil it b here by 5 dec??",
        "will it come by december 5 if i order now",
    ],
)
@pytest.mark.parametrize(
    ("action", "intent"),
    [(ActionOrderStatus(), "order_status"), (ActionAnswerServiceQuestion(), "ask_delivery_time")],
)
def test_here_by_a_day_is_the_blazers_dates_against_it(chat, extractor, text, action, intent):
    blazer_opened_then_gloves_searched(chat, extractor)

    turn = say_and_keep(chat, extractor, action, intent, text)

    assert ASKS_FOR_ORDER not in turn.shown
    assert "5 December" in turn.shown
    assert "Standard" in turn.shown and "Express" in turn.shown


@pytest.mark.parametrize(
    "text",
    ["will my order get here by dec 5", "will HL-4T7QPZ get here by dec 5"],
)
def test_an_order_named_stays_tracking(chat, extractor, text):
    blazer_opened_then_gloves_searched(chat, extractor)

    turn = say_and_keep(chat, extractor, ActionOrderStatus(), "order_status", text)

    assert BLAZER not in turn.shown
    assert "Express" not in turn.shown
