"""Stranger test 45 (docs/nlu/stranger-test-45.md, Mehmet #8 and #9, worst problem 6).

"i order last week shirt M, too small. can change L?" got only "I don't see an order from you in
this chat. Tell me the order number ... and the email": asking for the order is right, but the
reply never said it was to exchange the shirt for L. Then "ok how long it take" got the ordinary
shipping times, not how long an exchange takes."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionReturnOrder
from actions.order_details import ActionTakeOrderDetails
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import buy_and_be_remembered, entity_list, say, say_and_keep
from tests.actions.test_stranger_22_partial_returns import MARK, _order

ORDER_ASKED = "number (like HL-7KQ2XM"
EXCHANGE_TIME = "as soon as your return is on its way"

# Each, as the model hears it: return_order.
TOO_SMALL_CHANGE_TO_L = [
    "i order last week shirt M, too small. can change L?",
    "my shirt too small, can change L?",
    "ordered shirt M last week but too small, change L possible?",
    "the shirt i ordered is too small can i change L",
    "got shirt M but too small, change for L?",
    "bought shirt in M, too small. can change to L pls",
]


@pytest.mark.parametrize("text", TOO_SMALL_CHANGE_TO_L)
def test_the_order_is_asked_for_to_exchange_the_shirt_for_l(chat, extractor, text):
    turn = say(chat, extractor, ActionReturnOrder(), "return_order", text)

    print(turn.shown)
    assert "To exchange your shirt for L" in turn.shown, turn.shown
    assert ORDER_ASKED in turn.shown


HOW_LONG = [
    ("ok how long it take", "ask_delivery_time"),
    ("how long will that take?", "ask_delivery_time"),
    ("how many days it take", "ask_delivery_time"),
    ("ok how long for that", "ask_delivery_time"),
    ("and how long?", "ask_delivery_time"),
    ("how long it take", "ask_return_policy"),
]


@pytest.mark.parametrize("how_long", HOW_LONG, ids=lambda h: h[0])
def test_how_long_after_an_exchange_is_how_long_the_exchange_takes(chat, extractor, how_long):
    say_and_keep(
        chat, extractor, ActionReturnOrder(), "return_order",
        "i order last week shirt M, too small. can change L?",
    )  # fmt: skip
    text, heard_as = how_long

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), heard_as, text)

    print(turn.shown)
    assert EXCHANGE_TIME in turn.shown, turn.shown
    assert "Standard shipping then takes" not in turn.shown


def test_how_long_with_no_exchange_before_is_the_delivery_time(chat, extractor):
    turn = say(
        chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", "ok how long it take"
    )

    assert EXCHANGE_TIME not in turn.shown, turn.shown


@pytest.mark.parametrize("how_long", HOW_LONG[:3], ids=lambda h: h[0])
def test_how_long_after_an_exchange_of_the_order_in_focus(demo_store_url, extractor, how_long):
    chat = buy_and_be_remembered(
        "mehmet",
        {"customer_name": "Mehmet Yilmaz", "customer_email": "mehmet@example.com",
         "customer_address": "12 Harbour Lane, 02110 Boston"},
    )  # fmt: skip
    chat.keep_messages = True
    asked = say_and_keep(
        chat, extractor, ActionReturnOrder(), "return_order", "too small. can change L?"
    )
    assert "exchange" in asked.shown, asked.shown
    text, heard_as = how_long

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), heard_as, text)

    print(turn.shown)
    assert EXCHANGE_TIME in turn.shown, turn.shown


def test_once_the_order_is_found_the_return_is_offered_for_the_l(chat, extractor, demo_store_url):
    number, titles = _order(demo_store_url, "camden-oxford-shirt")
    asked = say_and_keep(
        chat, extractor, ActionReturnOrder(), "return_order",
        "i order last week shirt M, too small. can change L?",
    )  # fmt: skip
    assert "To exchange your shirt for L" in asked.shown

    turn = chat.run(
        ActionTakeOrderDetails(), "inform", f"{number} {MARK.email}",
        entities=entity_list(order_number=number, email=MARK.email),
    )  # fmt: skip

    print(turn.shown)
    assert f"Start a return of order {number}" in turn.shown, turn.shown
    assert "for L" in turn.shown
    assert "back once it reaches us" not in turn.shown  # not a refund
