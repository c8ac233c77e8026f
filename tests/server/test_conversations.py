"""Whole conversations against the real servers: the trained model in `rasa run`, the action
server, and a SQLite store, talking over HTTP through the REST channel, as a shop would run them.

Slow to start (about a minute), so one pair of servers serves every test in this module; each test
uses its own conversation id.
"""

from __future__ import annotations

import re
import sqlite3
import uuid

import pytest

pytestmark = [pytest.mark.server, pytest.mark.timeout(600)]


class Shopper:
    def __init__(self, assistant):
        self.assistant = assistant
        self.sender = f"shopper-{uuid.uuid4().hex[:8]}"

    def says(self, text: str) -> str:
        messages = self.assistant.send(self.sender, text)
        self.last_messages = messages
        return "\n".join(message.get("text", "") for message in messages)


def store_snapshot(path) -> tuple:
    with sqlite3.connect(path) as db:
        return (
            db.execute("select count(*) from product").fetchone(),
            db.execute("select sum(stock), sum(price), count(*) from variant").fetchone(),
        )


def test_the_articles_black_tie_shoes_conversation(assistant):
    shopper = Shopper(assistant)

    assert "looking for" in shopper.says("hi")

    reply = shopper.says(
        "I need black formal shoes in size 10 for a black-tie party tonight, under $150"
    )
    assert "Windsor Patent Oxford" in reply and "size 10" in reply
    assert all(float(p) <= 150 for p in re.findall(r"\$(\d+\.\d\d)", reply))
    assert any(b["title"].startswith("1. ") for b in shopper.last_messages[0]["buttons"])

    reply = shopper.says("in brown instead")
    assert "brown" in reply.lower() and "Windsor" not in reply

    reply = shopper.says("what about size 9?")
    assert "size 9" in reply

    reply = shopper.says("the first one")
    product = reply.split(" by ")[0]
    assert "In stock" in reply

    reply = shopper.says("how much is it?")
    assert reply.startswith(f"The {product} is $")

    reply = shopper.says("is it available in 9?")
    assert f"the {product} is in stock in US 9" in reply


def test_pronoun_after_picking_by_name(assistant):
    shopper = Shopper(assistant)
    shopper.says("tell me about the windsor patent oxford")

    assert "sold out in size 13" in shopper.says("do you have it in a 13?")
    assert "The Windsor Patent Oxford is $139.00" in shopper.says("how much is it")


def test_nothing_matches_gets_alternatives_not_silence(assistant):
    shopper = Shopper(assistant)

    reply = shopper.says("do you have teal oxfords?")

    assert "no teal oxfords" in reply and "Not in teal" in reply
    assert len(shopper.last_messages[0]["buttons"]) >= 1


def test_honest_bot_and_how_to_reach_a_person(assistant):
    reply = Shopper(assistant).says("am I talking to a real human?")

    assert "a bot" in reply and "@" in reply


def test_out_of_scope_says_what_the_bot_can_do(assistant):
    reply = Shopper(assistant).says("what's the weather in paris tomorrow")

    assert "shop" in reply or "find" in reply


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "x" * 100_000,
        "🙂👠🔥🔥",
        "我想要一双黑色的鞋子",
        "'; DROP TABLE product; --",
        "show me shoes under $-5",
        "shoes between 500 and 100",
        "size 99 loafers",
        "\x00\x01\x02",
    ],
)
def test_bad_input_gets_a_clear_reply_and_changes_nothing(assistant, store, text):
    before = store_snapshot(store)

    reply = Shopper(assistant).says(text)

    assert reply.strip(), "the bot must never stay silent"
    assert "Traceback" not in reply and "Error" not in reply
    assert store_snapshot(store) == before


def test_negative_price_is_explained(assistant):
    assert "can't be negative" in Shopper(assistant).says("show me shoes under $-5")
