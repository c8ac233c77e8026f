"""`shop customer export EMAIL` and `shop customer erase EMAIL`, run as the shop owner runs them
(a subprocess), on a real store and tracker store: GDPR-style access and erasure requests."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from commerce.db import get_engine, session_scope
from commerce.orders import remember_contact
from commerce.profiles import remember_size

from .shoppers import ANN, BOB, TRACKER_DDL, add_event, buy, rows_mentioning, said

SHOP = str(Path(sys.executable).parent / "shop")


@pytest.fixture
def stores(demo_store_url, tmp_path):
    """Ann (two channels) and Bob in the store, and their conversations in the tracker store."""
    tracker = tmp_path / "conversations.db"
    with sqlite3.connect(tracker) as db:
        db.execute(TRACKER_DDL)
    tracker_url = f"sqlite:///{tracker}"
    engine = get_engine(demo_store_url)
    buy(engine, "web-ann", ANN, "albany-penny-loafer", "US 10 / EU 43")
    buy(engine, "slack:U1ANN", ANN, "windsor-patent-oxford")
    with session_scope(engine, writes=True) as session:
        remember_contact(session, "web-ann", ANN)
        remember_size(session, "slack:U1ANN", "suits", "40r")
        remember_contact(session, "bob", BOB)
    add_event(tracker_url, "web-ann", said("I'm Ann Lee, ann@example.com"))
    add_event(tracker_url, "bob", said("Bob here"))
    engine.dispose()
    return demo_store_url, tracker_url


def shop(stores, *args: str, answer: str | None = None) -> subprocess.CompletedProcess:
    store_url, tracker_url = stores
    env = {**os.environ, "SHOP_DATABASE_URL": store_url, "SHOP_TRACKER_STORE_URL": tracker_url}
    return subprocess.run(
        [SHOP, *args], input=answer, capture_output=True, text=True, env=env, timeout=120
    )


ANNS = ("ann@example.com", "Ann Lee", "12 Harbour Lane", "web-ann", "U1ANN")


def test_export_prints_all_of_a_shoppers_data_as_json(stores):
    result = shop(stores, "customer", "export", "ANN@example.com")

    assert result.returncode == 0, result.stderr
    export = json.loads(result.stdout)
    assert export["channel_identities"] == ["slack:U1ANN", "web-ann"]
    assert len(export["orders"]) == 2 and export["orders"][0]["name"] == "Ann Lee"
    sizes = {p["channel_identity"]: p["sizes"] for p in export["profiles"]}
    assert sizes["slack:U1ANN"]["suits"]["size"] == "40r"
    assert [e["text"] for e in export["conversations"]] == ["I'm Ann Lee, ann@example.com"]
    assert "bob" not in result.stdout.lower()


def test_erase_asks_first_and_a_no_erases_nothing(stores):
    result = shop(stores, "customer", "erase", "ann@example.com", answer="no\n")

    assert result.returncode == 1 and "Type yes to erase" in result.stdout
    assert "Nothing erased." in result.stdout
    assert rows_mentioning(stores[0], *ANNS) and rows_mentioning(stores[1], *ANNS)


@pytest.mark.parametrize(("flags", "answer"), [((), "yes\n"), (("--yes",), None)])
def test_erase_leaves_no_trace_of_the_shopper_and_keeps_the_orders(stores, flags, answer):
    result = shop(stores, "customer", "erase", "ann@example.com", *flags, answer=answer)

    assert result.returncode == 0, result.stderr
    assert "2 orders and 0 ratings anonymised" in result.stdout
    assert rows_mentioning(stores[0], *ANNS) == []
    assert rows_mentioning(stores[1], *ANNS) == []
    with sqlite3.connect(stores[0].removeprefix("sqlite:///")) as db:
        assert db.execute("select count(*) from shop_order where total > 0").fetchone() == (2,)
    assert rows_mentioning(stores[0], "bob@example.com")  # Bob is untouched
    assert rows_mentioning(stores[1], "Bob here")


def test_an_unknown_email_is_said_and_changes_nothing(stores):
    for action in ("export", "erase"):
        result = shop(stores, "customer", action, "nobody@example.com", "--yes")
        assert result.returncode == 2 and "no shopper gave nobody@example.com" in result.stderr
    assert rows_mentioning(stores[0], *ANNS)
