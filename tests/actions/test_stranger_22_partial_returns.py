"""Stranger test 22, persona mark (docs/nlu/stranger-test-22.md, problems 2 and 5).

Mark sends back half an order: "the shirt is fine but the chinos r too tight. keep the shirt, return
the trousers" was answered as a complaint ("I'm sorry about this ... I can't bring a person into
this chat"), and the email the bot had just asked for was forgotten. A return of some items of an
order starts the return for just those items, naming exactly which, with what it pays back.

Then two questions in one message lost the second: "how much will i get back? do i have to pay the
return postage" got only "Returns are free..."; "ok forget it just refund me. do i need the original
packaging" got the refund-timing text of two turns before, word for word. Each part asked is
answered, and an answer already given is not repeated when something new is asked.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from actions.after_sales import ActionConfirmOrderChange, ActionReturnOrder
from actions.handoff import ActionHandOver
from actions.order_details import ActionTakeOrderDetails
from actions.service import ActionAnswerServiceQuestion
from commerce.db import get_engine, session_scope
from commerce.models import Order, Product, ReturnRequest, Variant
from commerce.orders import Contact, place_order
from commerce.orders_after_sale import move_order
from tests.actions.conversation_driver import entity_list

MARK = Contact("Mark Dean", "mark.d@example.com", "4 Quay Street, 02110 Boston")


def _variant(session, handle: str) -> Variant:
    return session.scalars(
        select(Variant).join(Product).where(Product.handle == handle, Variant.stock > 0)
    ).first()


def _order(url: str, *handles: str) -> tuple[str, dict[str, str]]:
    """A delivered order of one of each product (placed by someone on another device)."""
    with session_scope(get_engine(url), writes=True) as session:
        variants = [_variant(session, handle) for handle in handles]
        order = place_order(session, owner="elsewhere", contact=MARK,
                            items=[(v.id, 1) for v in variants], idempotency_key="mark-1")  # fmt: skip
        number = order.number
        titles = {handle: line.title for handle, line in zip(handles, order.lines, strict=True)}
    with session_scope(get_engine(url), writes=True) as session:
        for step in ("paid", "shipped", "delivered"):
            move_order(session, number, step, tracking_number="1Z9", now=datetime.now(timezone.utc))
    return number, titles


@pytest.fixture
def shirt_and_chinos(demo_store_url) -> tuple[str, dict[str, str]]:
    return _order(demo_store_url, "camden-oxford-shirt", "camden-slim-chinos")


def _opening(chat, number: str):
    turn = chat.run(ActionReturnOrder(), "return_order",
                    f"hi got my order yesterday, {number}, want to send some of it back",
                    entities=entity_list(order_number=number))  # fmt: skip
    assert "email" in turn.shown
    return turn


def _request_items(url: str, number: str) -> str:
    with session_scope(get_engine(url)) as session:
        order = session.scalar(select(Order).where(Order.number == number))
        return session.scalar(
            select(ReturnRequest.reason).where(ReturnRequest.order_id == order.id)
        )


# --- problem 2: a partial return ----------------------------------------------------------------


def test_marks_partial_return_keeps_the_email_question_and_returns_only_the_chinos(
    chat, shirt_and_chinos, demo_store_url
):
    number, titles = shirt_and_chinos
    _opening(chat, number)

    items = chat.run(
        ActionReturnOrder(), "return_order",
        "the shirt is fine but the chinos r too tight. keep the shirt, return the trousers",
    )  # fmt: skip
    print(items.shown)
    assert "sorry about this" not in items.shown.lower()
    assert "just the items you named" in items.shown  # noted, the lookup goes on
    assert "email" in items.shown  # the question it asked is still open

    email = chat.run(ActionTakeOrderDetails(), "inform", "my email is mark.d@example.com",
                     entities=entity_list(email="mark.d@example.com"))  # fmt: skip
    print(email.shown)
    assert f"Start a return of the {titles['camden-slim-chinos']} (" in email.shown
    assert f"from order {number}?" in email.shown
    assert f"You keep the {titles['camden-oxford-shirt']}" in email.shown
    assert re.search(r"You'll get \$\d+\.\d\d back", email.shown)

    done = chat.run(ActionConfirmOrderChange(), "affirm", "yes")
    print(done.shown)
    assert f"for the {titles['camden-slim-chinos']} (" in done.shown and number in done.shown
    reason = _request_items(demo_store_url, number)
    assert titles["camden-slim-chinos"] in reason and titles["camden-oxford-shirt"] not in reason


@pytest.mark.parametrize(
    ("text", "returned", "kept"),
    [
        ("return the trousers but keep the shirt", "camden-slim-chinos", "camden-oxford-shirt"),
        ("only sending back the chinos", "camden-slim-chinos", "camden-oxford-shirt"),
        ("can i return just the shirt", "camden-oxford-shirt", "camden-slim-chinos"),
        ("the chinos fit great but the shirt is too big", "camden-oxford-shirt",
         "camden-slim-chinos"),
        ("keep the shirt, send the rest back", "camden-slim-chinos", "camden-oxford-shirt"),
    ],
)  # fmt: skip
def test_other_ways_to_say_which_item_goes_back(
    chat, shirt_and_chinos, demo_store_url, text, returned, kept
):
    number, titles = shirt_and_chinos
    turn = chat.run(ActionReturnOrder(), "return_order", f"{text}. order {number}, mark.d@example.com",
                    entities=entity_list(order_number=number, email="mark.d@example.com"))  # fmt: skip
    print(turn.shown)
    assert f"Start a return of the {titles[returned]} (" in turn.shown
    assert f"from order {number}?" in turn.shown
    assert f"You keep the {titles[kept]}" in turn.shown


def test_the_amount_is_what_was_paid_for_the_item_with_its_share_of_tax(
    chat, shirt_and_chinos, demo_store_url
):
    number, titles = shirt_and_chinos
    with session_scope(get_engine(demo_store_url)) as session:
        order = session.scalar(select(Order).where(Order.number == number))
        chinos = next(line for line in order.lines if line.title == titles["camden-slim-chinos"])
        expected = chinos.unit_price + (order.tax * chinos.unit_price / order.subtotal)
    turn = chat.run(ActionReturnOrder(), "return_order", f"return the chinos, {number}",
                    entities=entity_list(order_number=number, email="mark.d@example.com"))  # fmt: skip
    assert f"${expected:.2f} back" in turn.shown
    assert order.total > expected


@pytest.mark.parametrize(
    "text", ["i want to return one item from my order", "send back 1 of the 2 things i got"]
)
def test_one_item_without_naming_it_asks_which_listing_the_orders_items(
    chat, shirt_and_chinos, text
):
    number, titles = shirt_and_chinos
    turn = chat.run(ActionReturnOrder(), "return_order", f"{text}, {number} mark.d@example.com",
                    entities=entity_list(order_number=number, email="mark.d@example.com"))  # fmt: skip
    print(turn.shown)
    assert "Which" in turn.shown and "Start a return" not in turn.shown
    assert (
        titles["camden-oxford-shirt"] in turn.shown and titles["camden-slim-chinos"] in turn.shown
    )

    named = chat.run(ActionReturnOrder(), "return_order", "the chinos")
    assert f"Start a return of the {titles['camden-slim-chinos']} (" in named.shown


def test_a_partial_return_heard_as_a_complaint_still_starts_the_return(
    chat, shirt_and_chinos, monkeypatch
):
    number, titles = shirt_and_chinos
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    _opening(chat, number)

    turn = chat.run(
        ActionHandOver(), "complaint",
        "the shirt is fine but the chinos r too tight. keep the shirt, return the trousers",
    )  # fmt: skip
    print(turn.shown)
    assert "can't bring a person" not in turn.shown
    assert "email" in turn.shown


# --- problem 5: two questions in one message ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("how much will i get back? do i have to pay the return postage",
         ["What you get back", "Returns are free"]),
        ("ok forget it just refund me. do i need the original packaging",
         ["original box", "packaging"]),
        ("do i need the original packaging and who pays for the return label",
         ["packaging", "Returns are free"]),
        ("will i get the full amount back, even the shipping?", ["What you get back"]),
        ("threw the box away, can i still return it? how much would i get",
         ["packaging", "What you get back"]),
    ],
)  # fmt: skip
def test_each_part_of_a_two_part_returns_question_is_answered(chat, text, parts):
    turn = chat.run(ActionAnswerServiceQuestion(), "ask_return_policy", text)
    print(turn.shown)
    for part in parts:
        assert part in turn.shown


def test_the_packaging_answer_says_what_the_policy_does_not_say():
    from commerce.faq import faq_answer

    answer = faq_answer("return_packaging")
    assert "original box" in answer  # shoes: the policy says so
    assert "doesn't say" in answer  # the rest: said honestly


def test_a_new_question_does_not_get_the_previous_answer_word_for_word(chat):
    timing = chat.run(ActionAnswerServiceQuestion(), "ask_return_policy",
                      "how long till the refund hits my card")  # fmt: skip
    refund_text = timing.shown
    assert "5 business days" in refund_text

    turn = chat.run(ActionAnswerServiceQuestion(), "ask_return_policy",
                    "ok forget it just refund me. do i need the original packaging",
                    events=[{"event": "bot", "text": refund_text}])  # fmt: skip
    print(turn.shown)
    assert refund_text not in turn.shown
    assert "packaging" in turn.shown
