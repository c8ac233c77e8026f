"""Stranger test 68 (docs/nlu/stranger-test-68.md, persona Ramon, messages A14-A15, worst problem 2).

Right after placing an order, "sorry wrong adress! ship moved, pls send to seamens center" got the
unsure buttons, and the address typed next got the fallback: the order's address never changed.
Such words ask to change the address of the order just placed: they start the change-address path
(the order's state still decides whether it may change), and the address typed next is taken,
asked back, and saved on a yes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from actions.after_sales import ActionChangeOrderAddress, ActionSaveOrderAddress
from actions.order_address import ActionCheckOrderAddress
from commerce.db import get_engine, session_scope
from commerce.models import Order
from commerce.orders_after_sale import move_order
from shop_nlu.resolution import resolve_intent

ADDRESS_INTENT = "change_order_address"
OLD = "12 Harbour Lane, 02110 Boston"  # where Ann's order goes (tests/actions/conftest.py)
TYPED_NEXT = "425 S Palos Verdes St, 90731 San Pedro"

# What the shopper typed, and what the classifier heard it as (replayed with the trained model).
WITHOUT_AN_ADDRESS = [
    ("sorry wrong adress! ship moved, pls send to seamens center", "nlu_fallback"),
    ("can u change where it goes", "nlu_fallback"),
    ("oops wrong address, can you send it somewhere else", "out_of_scope"),
    ("i moved, pls ship it to my new place instead", "nlu_fallback"),
    ("the address is wrong!! can it go somewhere else", "complaint"),
    ("we moved last week, send it to the new house", "out_of_scope"),
]
WITH_AN_ADDRESS = [
    ("wrong address!! pls send to 12 Dock St, 90731 San Pedro", "nlu_fallback",
     "12 Dock St, 90731 San Pedro"),
    ("i moved, ship it to 425 S Palos Verdes St, 90731 San Pedro instead", "nlu_fallback",
     "425 S Palos Verdes St, 90731 San Pedro"),
    ("deliver to my work instead: 500 Ocean Blvd, 90802 Long Beach", "nlu_fallback",
     "500 Ocean Blvd, 90802 Long Beach"),
    ("address is wrong, new one: 77 Pier Road, 90731 San Pedro", "out_of_scope",
     "77 Pier Road, 90731 San Pedro"),
    ("wrong addy, send to 9 Bay St, 90731 San Pedro pls", "complaint",
     "9 Bay St, 90731 San Pedro"),
]  # fmt: skip


def _heard(extractor, text: str, guess: str) -> str:
    resolution = resolve_intent(guess, 0.4, extractor.extract(text), text, None)
    return resolution.intent if resolution else guess


def _order_address(url: str, number: str) -> str:
    with session_scope(get_engine(url)) as session:
        return session.scalar(select(Order.address).where(Order.number == number))


def _follow_up(turn) -> list[str]:
    return [e["name"] for e in turn.events if e["event"] == "followup"]


@pytest.mark.parametrize(
    ("text", "guess"), WITHOUT_AN_ADDRESS + [(text, guess) for text, guess, _ in WITH_AN_ADDRESS]
)
def test_a_wrong_address_is_heard_as_changing_it(extractor, text, guess):
    assert _heard(extractor, text, guess) == ADDRESS_INTENT


@pytest.mark.parametrize(
    ("text", "guess"),
    [
        ("what's your address?", "out_of_scope"),
        ("my order went to the wrong address and never came", "order_status"),
        ("the parcel was delivered to the wrong address", "nlu_fallback"),
        ("sorry wrong size, i need a 10", "nlu_fallback"),
        ("do you ship to Canada?", "nlu_fallback"),
        ("i moved to Denver, do you have warm boots", "out_of_scope"),
    ],
)
def test_other_messages_are_not_an_address_change(extractor, text, guess):
    assert _heard(extractor, text, guess) != ADDRESS_INTENT


@pytest.mark.parametrize(("text", "guess"), WITHOUT_AN_ADDRESS)
def test_the_address_typed_next_is_taken(
    chat, order_number, demo_store_url, extractor, text, guess
):
    turn = chat.run(ActionChangeOrderAddress(), _heard(extractor, text, guess), text)

    assert turn.text == f"Order {order_number} is set to go to {OLD}."
    assert _follow_up(turn) == ["order_address_form"]
    chat.slots["new_address"] = TYPED_NEXT  # the form takes what is typed next
    asked = chat.run(ActionCheckOrderAddress(), "inform", TYPED_NEXT)
    assert asked.shown == f"Send order {order_number} to {TYPED_NEXT} instead of {OLD}?"
    saved = chat.run(ActionSaveOrderAddress(), "affirm", "yes")
    assert saved.text == f"Done: order {order_number} will go to {TYPED_NEXT}."
    assert _order_address(demo_store_url, order_number) == TYPED_NEXT


@pytest.mark.parametrize(("text", "guess", "new"), WITH_AN_ADDRESS)
def test_an_address_given_with_it_is_asked_back(
    chat, order_number, demo_store_url, extractor, text, guess, new
):
    chat.run(ActionChangeOrderAddress(), _heard(extractor, text, guess), text)
    asked = chat.run(ActionCheckOrderAddress(), ADDRESS_INTENT, text)

    assert asked.shown == f"Send order {order_number} to {new} instead of {OLD}?"
    assert _order_address(demo_store_url, order_number) == OLD  # nothing before a yes


def test_a_shipped_order_is_not_moved(chat, order_number, demo_store_url, extractor):
    with session_scope(get_engine(demo_store_url), writes=True) as session:
        for step in ("paid", "shipped"):
            move_order(session, order_number, step, tracking_number="1Z999")
    text = WITHOUT_AN_ADDRESS[0][0]

    turn = chat.run(ActionChangeOrderAddress(), _heard(extractor, text, "nlu_fallback"), text)

    assert "can't be changed any more" in turn.text
    assert not _follow_up(turn)
    assert _order_address(demo_store_url, order_number) == OLD
