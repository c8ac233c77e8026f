"""Stranger test 32 (docs/nlu/stranger-test-32.md, persona Priya): right after placing an order,

- worst problem 1: "oh no i gave wrong adress!! it should be 47 Elm Street not 45, please change"
  got "Order HL-... goes to 45 Elm Street, 10001 New York now." and a request for the whole new
  address. The part of the address she corrects is applied to the order's address, shown in full
  and asked back before anything changes (only while the order may still be changed); the
  current address never reads as if it had just been changed;
- worst problem 3: "ok and when it will reach? he need it for sunday" got the shipping methods for
  a new order "ordered today". A delivery question right after an order is about that order: its
  estimated delivery (the date given when it was placed) and whether that makes the day asked;
- worst problem 5: "if not fitting him can i return it and how many days i have?" led with
  exchanges and sent her to email. A return question about the order placed answers the return
  first: the window, how to start it here, the refund; an exchange second.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from actions.after_sales import ActionChangeOrderAddress, ActionKeepOrder, ActionSaveOrderAddress
from actions.checkout import ActionPlaceOrder, ActionStartCheckout
from actions.delivery_replies import day
from actions.order_address import ActionCheckOrderAddress
from actions.service import ActionAnswerServiceQuestion
from commerce.db import get_engine, session_scope
from commerce.models import Order
from commerce.orders_after_sale import move_order
from tests.actions.conversation_driver import DOMAIN, entity_list, say

PRIYA = {"customer_name": "Priya Raman", "customer_email": "priya.raman@example.com",
         "customer_address": "45 Elm Street, 10001 New York"}  # fmt: skip


def place_order(chat, address: str = PRIYA["customer_address"]) -> str:
    chat.run(ActionStartCheckout(), "buy",
             entities=entity_list(product_handle="windsor-patent-oxford", size="10"))  # fmt: skip
    chat.slots.update({**PRIYA, "customer_address": address})
    placed = chat.run(ActionPlaceOrder(), "place_order", "Place order")
    return re.search(r"Order (HL-\w{6})", placed.text).group(1)


def order_row(url: str, number: str) -> Order:
    with session_scope(get_engine(url)) as session:
        order = session.scalar(select(Order).where(Order.number == number))
        session.expunge(order)
        return order


def shown(turn) -> str:
    return "\n".join(
        DOMAIN["responses"][m["response"]][0]["text"].format(**m) if m.get("response")
        else m.get("text") or ""
        for m in turn.messages
    )  # fmt: skip


def follow_up(turn) -> list[str]:
    return [e["name"] for e in turn.events if e["event"] == "followup"]


# --- 1. "47 not 45": the part corrected, applied to the order's address, asked back ------------

CORRECTIONS = [
    ("oh no i gave wrong adress!! it should be 47 Elm Street not 45, please change",
     "45 Elm Street, 10001 New York", "47 Elm Street, 10001 New York"),
    ("sorry wrong address, 47 not 45", "45 Elm Street, 10001 New York",
     "47 Elm Street, 10001 New York"),
    ("the house number is 47 not 45 pls change it", "45 Elm Street, 10001 New York",
     "47 Elm Street, 10001 New York"),
    ("pls change address, its 47 Elm Street instead of 45 Elm Street",
     "45 Elm Street, 10001 New York", "47 Elm Street, 10001 New York"),
    ("typo in my address!! should be 47 elm street", "45 Elm Street, 10001 New York",
     "47 Elm Street, 10001 New York"),
    ("wrong address, it's flat 2 not flat 3", "Flat 3, 45 Elm Street, 10001 New York",
     "Flat 2, 45 Elm Street, 10001 New York"),
    ("my address is wrong, the street is Elm Road not Elm Street",
     "45 Elm Street, 10001 New York", "45 Elm Road, 10001 New York"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "address", "corrected"), CORRECTIONS)
def test_a_corrected_part_of_the_address_is_applied_and_asked_back(
    chat, demo_store_url, text, address, corrected
):
    number = place_order(chat, address)

    turn = chat.run(ActionChangeOrderAddress(), "change_order_address", text)

    print(shown(turn))
    assert " now." not in shown(turn)
    assert chat.slots.get("new_address") == corrected
    assert follow_up(turn) == ["action_check_order_address"]  # not the form: nothing to type
    asked = chat.run(ActionCheckOrderAddress(), "change_order_address", text)
    assert shown(asked) == f"Send order {number} to {corrected} instead of {address}?"
    assert order_row(demo_store_url, number).address == address  # nothing changed before a yes

    saved = chat.run(ActionSaveOrderAddress(), "affirm", "yes")

    assert saved.text == f"Done: order {number} will go to {corrected}."
    assert order_row(demo_store_url, number).address == corrected


def test_a_no_keeps_the_address(chat, demo_store_url):
    number = place_order(chat)
    chat.run(ActionChangeOrderAddress(), "change_order_address", "47 not 45 sorry")
    chat.run(ActionCheckOrderAddress(), "change_order_address", "47 not 45 sorry")

    kept = chat.run(ActionKeepOrder(), "deny", "no")

    assert kept.text == f"OK, order {number} stays as it is."
    assert order_row(demo_store_url, number).address == PRIYA["customer_address"]


def test_without_a_correction_the_address_is_asked_and_not_said_as_changed(chat):
    number = place_order(chat)

    turn = chat.run(ActionChangeOrderAddress(), "change_order_address", "i gave the wrong address")

    assert turn.text == f"Order {number} is set to go to 45 Elm Street, 10001 New York."
    assert follow_up(turn) == ["order_address_form"]


def test_a_shipped_order_takes_no_correction(chat, demo_store_url):
    number = place_order(chat)
    with session_scope(get_engine(demo_store_url), writes=True) as session:
        for step in ("paid", "shipped"):
            move_order(session, number, step, tracking_number="1Z999")

    turn = chat.run(ActionChangeOrderAddress(), "change_order_address", "47 not 45, please change")

    assert "can't be changed any more" in turn.text
    assert not follow_up(turn)
    assert order_row(demo_store_url, number).address == PRIYA["customer_address"]


# --- 2. "when will it reach?" right after ordering: that order's date --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ok and when it will reach? he need it for sunday",
        "when will it arrive? he needs it for sunday",
        "will it come by sunday?",
        "how long until it gets here, need it sunday",
        "when does it reach me? must have it for sunday",
    ],
)
def test_when_will_it_reach_is_about_the_order_placed(chat, demo_store_url, extractor, text):
    number = place_order(chat)
    arrives = order_row(demo_store_url, number).estimated_delivery
    today = datetime.now(timezone.utc).date()
    sunday = today + timedelta(days=(6 - today.weekday()) or 7)
    # Ordered Monday to Friday, 5 working days miss the coming Sunday; ordered on a Sunday, they
    # make the next one (the test once assumed "never" and failed every Sunday).
    verdict = "in time for" if arrives.date() <= sunday else "too late for"

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", text)

    print(turn.text)
    assert turn.text.startswith(f"Your order {number} should arrive by {day(arrives)}")
    assert f"{verdict} {day(sunday)}" in turn.text
    assert "Ordered today" not in turn.text


def test_a_day_said_earlier_is_the_one_compared(chat, demo_store_url, extractor):
    in_three_weeks = datetime.now(timezone.utc).date() + timedelta(days=21)
    said = in_three_weeks.strftime("%B %d").lower()
    search_turn = f"linen shirt for my husband, he needs it by {said}"
    chat.history.append({"event": "user", "text": search_turn,
                         "parse_data": {"intent": {"name": "search_products"}, "entities": []}})  # fmt: skip
    number = place_order(chat)
    estimated = day(order_row(demo_store_url, number).estimated_delivery)

    turn = say(
        chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", "when will it reach?"
    )

    print(turn.text)
    assert turn.text.startswith(f"Your order {number} should arrive by {estimated}")
    assert f"in time for {day(in_three_weeks)}" in turn.text


def test_no_day_asked_is_just_the_orders_date(chat, demo_store_url, extractor):
    number = place_order(chat)
    estimated = day(order_row(demo_store_url, number).estimated_delivery)

    turn = say(
        chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", "when will it arrive?"
    )

    assert turn.text.startswith(f"Order {number} (Windsor Patent Oxford) is awaiting payment.")
    assert f"Estimated delivery by standard shipping: {estimated}." in turn.text
    assert "Ordered today" not in turn.text


# --- 3. "can i return it?" about the order placed: the return first ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "if not fitting him can i return it and how many days i have?",
        "can i return it if it doesnt fit?",
        "is it possible to send it back if too small, how many days?",
        "if he dont like it can i return?",
        "what if it not fit, can i give it back and get money back?",
    ],
)
def test_a_return_question_after_ordering_answers_the_return_first(chat, extractor, text):
    number = place_order(chat)

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_return_policy", text)

    print(turn.text)
    first = turn.messages[0]["text"]
    assert first.startswith(f"Yes, you can return order {number}")
    assert "within 30 days of delivery" in first
    assert "refund" in first
    assert "right here" in first and "email" not in first.split("exchange")[0].lower()
    assert first.lower().find("return") < first.lower().find("exchange")


def test_the_return_button_once_it_has_arrived(chat, demo_store_url, extractor):
    number = place_order(chat)
    with session_scope(get_engine(demo_store_url), writes=True) as session:
        for step in ("paid", "shipped", "delivered"):
            move_order(session, number, step, tracking_number="1Z999")
    closes = day(date.today() + timedelta(days=30))

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_return_policy",
               "can i return it and how many days i have?")  # fmt: skip

    print(turn.text)
    assert turn.messages[0]["text"].startswith(f"Yes, you can return order {number} until {closes}")
    assert {"title": "Return it", "payload": "/return_order"} in turn.buttons
