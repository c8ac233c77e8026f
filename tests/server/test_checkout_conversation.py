"""Buying over the REST channel against the real servers: the article's shopper buys the shoes in
one tap and asks "when does it arrive?"; a double tap, a question mid-checkout, and "stop"."""

from __future__ import annotations

import re
import sqlite3
import uuid

import pytest

pytestmark = [pytest.mark.server, pytest.mark.timeout(600)]


def query(store, sql: str, *args):
    with sqlite3.connect(store) as db:
        return db.execute(sql, args).fetchall()


def windsor_10_stock(store) -> int:
    return query(
        store,
        "select stock from variant join product on product.id = variant.product_id "
        "where handle = 'windsor-patent-oxford' and size like 'US 10 /%'",
    )[0][0]


class Shopper:
    def __init__(self, assistant):
        self.assistant = assistant
        self.sender = f"shopper-{uuid.uuid4().hex[:8]}"
        self.messages: list[dict] = []

    def says(self, text: str) -> str:
        self.messages = self.assistant.send(self.sender, text)
        return "\n".join(message.get("text", "") for message in self.messages)

    def taps(self, title: str) -> str:
        button = next(
            b for m in self.messages for b in m.get("buttons") or [] if b["title"] == title
        )
        self.last_payload = button["payload"]
        return self.says(button["payload"])

    def gives_details(self) -> str:
        assert "email" in self.says("Ann Lee").lower()
        self.says("ann@example.com")
        return self.says("12 Harbour Lane, 02110 Boston")


def test_the_article_shopper_buys_in_one_tap_and_asks_when_it_arrives(assistant, store):
    shopper = Shopper(assistant)
    before = windsor_10_stock(store)
    shopper.says("I need black formal shoes in size 10 for a black-tie party tonight, under $150")
    shopper.taps("1. Windsor Patent Oxford")

    reply = shopper.taps("Buy")
    assert "Windsor Patent Oxford (US 10 / EU 43, Black) at $139.00" in reply
    assert "name" in reply

    review = shopper.gives_details()
    assert "To Ann Lee, 12 Harbour Lane, 02110 Boston (ann@example.com)" in review

    placed = shopper.taps("Place order")
    number = re.search(r"Order (HL-\w{6})", placed).group(1)
    assert "Estimated delivery" in placed and windsor_10_stock(store) == before - 1

    # A second tap on the same button (a double tap) makes no second order.
    again = shopper.says(shopper.last_payload)
    assert f"already placed: {number}" in again
    assert windsor_10_stock(store) == before - 1
    assert query(store, "select count(*) from shop_order where owner = ?", shopper.sender) == [(1,)]

    arrival = shopper.says("when does it arrive?")
    assert arrival.startswith(f"Order {number} (Windsor Patent Oxford) is awaiting payment.")
    assert "Estimated delivery by standard shipping:" in arrival


def test_a_question_mid_checkout_is_answered_and_the_checkout_goes_on(assistant):
    shopper = Shopper(assistant)
    shopper.says("tell me about the windsor patent oxford")
    shopper.says('/buy{"product_handle": "windsor-patent-oxford", "size": "us10"}')

    answer = shopper.says("what's your return policy?")
    assert "30 days" in answer
    assert "name" in answer.lower()  # and the form asks again

    review = shopper.gives_details()
    assert "To Ann Lee" in review


def test_stop_during_checkout_orders_nothing(assistant, store):
    shopper = Shopper(assistant)
    shopper.says('/buy{"product_handle": "windsor-patent-oxford", "size": "us10"}')
    shopper.says("Ann Lee")

    reply = shopper.says("never mind")

    assert "nothing was ordered" in reply
    assert query(store, "select count(*) from shop_order where owner = ?", shopper.sender) == [(0,)]


def test_a_bad_email_is_asked_again_and_nothing_else_is_lost(assistant):
    shopper = Shopper(assistant)
    shopper.says('/buy{"product_handle": "windsor-patent-oxford", "size": "us10"}')
    shopper.says("Ann Lee")

    assert "doesn't look like a valid email" in shopper.says("ann at example dot com")
    shopper.says("ann@example.com")
    review = shopper.says("12 Harbour Lane, 02110 Boston")

    assert "To Ann Lee, 12 Harbour Lane, 02110 Boston (ann@example.com)" in review


def _placed_order(assistant) -> str:
    """A new order by Ann Lee (ann@example.com), placed from a shopper's own chat: its number."""
    buyer = Shopper(assistant)
    buyer.says("I need black formal shoes in size 10 for a black-tie party tonight, under $150")
    buyer.taps("1. Windsor Patent Oxford")
    buyer.taps("Buy")
    buyer.gives_details()
    return re.search(r"Order (HL-\w{6})", buyer.taps("Place order")).group(1)


@pytest.mark.parametrize("number_first", [True, False])
def test_the_order_number_and_email_may_come_in_two_messages(assistant, number_first):
    # On another device: the bot asks for the number and the email, and the shopper answers them
    # one message at a time, as shoppers do.
    number = _placed_order(assistant)
    shopper = Shopper(assistant)
    assert "order number" in shopper.says("hi where is my order, its late")
    first, second = (
        (number, "it's ann@example.com") if number_first else ("ann@example.com", number)
    )
    asked = shopper.says(first)
    assert "Sorry" not in asked and "not sure" not in asked
    assert ("email" if number_first else "order number") in asked
    assert shopper.says(second).startswith(f"Order {number} (Windsor Patent Oxford)")
    # The order is now the one the conversation is about.
    assert number in shopper.says("when will it arrive?")


def test_an_order_number_alone_tells_a_stranger_nothing(assistant):
    number = _placed_order(assistant)
    stranger = Shopper(assistant)
    asked = stranger.says(number)
    assert number not in asked.replace(f"order {number}?", "")  # only repeated in the question
    reply = stranger.says("someone.else@example.com")
    assert "can't find an order" in reply and "Windsor" not in reply
