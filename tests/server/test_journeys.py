"""End-to-end journeys: scripted conversations against the real Rasa server and action server.

Each file in journeys/ is one shopper's conversation, typed or tapped over the REST channel, with
what the bot must (and must not) say after each step; the shop owner can move the order along in
between (`shop_owner: shipped`), as `shop order NUMBER shipped` would. Unlike Rasa's test stories,
these run the NLU, the dialogue, the actions and the store together, so they catch what a shopper
would see.

A step is one of:
  say: TEXT            the shopper types TEXT
  tap: TITLE           the shopper taps the button titled TITLE in the bot's last answer
  shop_owner: STATUS   the shop owner marks the shopper's latest order paid/shipped/delivered
and may carry `expect: [fragments]` (each must appear in the answer) and `expect_not: [...]`.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from pathlib import Path

import pytest
import yaml

from commerce.db import get_engine, session_scope
from commerce.orders_after_sale import move_order

pytestmark = [pytest.mark.server, pytest.mark.timeout(900)]

JOURNEYS = sorted((Path(__file__).parent / "journeys").glob("*.yml"))


def _load(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["steps"]


@pytest.mark.parametrize("journey", JOURNEYS, ids=[path.stem for path in JOURNEYS])
def test_journey(journey, assistant, store):
    sender = f"{journey.stem}-{uuid.uuid4().hex[:6]}"
    answer: list[dict] = []
    for number, step in enumerate(_load(journey), start=1):
        where = f"{journey.name} step {number} ({step})"
        if "say" in step:
            answer = assistant.send(sender, step["say"])
        elif "tap" in step:
            buttons = [b for m in answer for b in m.get("buttons") or []]
            payload = next((b["payload"] for b in buttons if b["title"] == step["tap"]), None)
            assert payload, f"{where}: no button {step['tap']!r} in {[b['title'] for b in buttons]}"
            answer = assistant.send(sender, payload)
        elif "shop_owner" in step:
            _move_latest_order(store, sender, step["shop_owner"])
            continue
        text = "\n".join(message.get("text") or "" for message in answer)
        for fragment in step.get("expect", []):
            assert fragment in text, f"{where}: {fragment!r} not in the answer:\n{text}"
        for fragment in step.get("expect_not", []):
            assert fragment not in text, f"{where}: {fragment!r} in the answer:\n{text}"
        if pattern := step.get("expect_match"):
            assert re.search(pattern, text), f"{where}: /{pattern}/ not in the answer:\n{text}"


def _move_latest_order(store: Path, sender: str, status: str) -> None:
    with sqlite3.connect(store) as db:
        (number,) = db.execute(
            "select number from shop_order where owner = ? order by id desc limit 1", (sender,)
        ).fetchone()
    with session_scope(get_engine(f"sqlite:///{store}"), writes=True) as session:
        move_order(session, number, status, tracking_number="1Z999AA10123456784")
