"""A shopper's message does not wait on the disk: on SQLite the tracker store writes a turn to its
write-ahead log and lets the operating system flush it (shop_stores/tracker_store.py).

SQLite's defaults (a rollback journal, `synchronous=FULL`) flush the disk three or four times per
commit: 16 ms a turn on this project's disk, half of the 30 ms a message may take on an idle server
(docs/performance.md, section 1, "Third look"). A turn is still kept if Rasa stops abruptly; only
a power cut can lose the last turns written before it.

On SQLite, through the real tracker store and the shop's real domain, without servers.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest
import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from commerce.privacy import conversation_events, erase_conversations
from devtools.servers import PROJECT_ROOT
from shop_stores.tracker_store import ShopTrackerStore


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(PROJECT_ROOT / "domain.yml"))


@pytest.fixture
def database(tmp_path):
    return tmp_path / "conversations.db"


@pytest.fixture
def store(database, monkeypatch, domain) -> ShopTrackerStore:
    monkeypatch.setenv("SHOP_TRACKER_STORE_URL", f"sqlite:///{database}")
    return ShopTrackerStore(domain)


def turn(store: ShopTrackerStore, domain: Domain, sender: str, text: str) -> None:
    """One turn as Rasa runs it: load, the shopper's message and the bot's reply, save."""

    async def run() -> None:
        tracker = await store.retrieve(sender)
        if tracker is None:
            tracker = DialogueStateTracker(sender, domain.slots)
            tracker.update(ActionExecuted("action_session_start"))
            tracker.update(SessionStarted())
            tracker.update(ActionExecuted("action_listen"))
        tracker.update(UserUttered(text, {"name": "search_products", "confidence": 1.0}))
        tracker.update(ActionExecuted("action_search_products"))
        tracker.update(BotUttered(f"Here is what I found for {text}."))
        tracker.update(ActionExecuted("action_listen"))
        await store.save(tracker)

    asyncio.run(run())


def texts(store: ShopTrackerStore, sender: str) -> list[str]:
    tracker = asyncio.run(store.retrieve(sender))
    return [event.text for event in tracker.events if isinstance(event, UserUttered)]


def test_a_turn_is_written_to_the_log_without_waiting_for_the_disk(store, database, domain):
    connections = []
    sa.event.listen(store.engine, "connect", lambda dbapi, _record: connections.append(dbapi))
    for number in range(10):
        turn(store, domain, "ann", f"red dress {number}")

    # Kept in the file: every process that opens it (the report, "forget me") writes the same way.
    with sqlite3.connect(database) as plain:
        assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with store.engine.connect() as connection:
        # 1 = NORMAL: a commit is appended to the log, and the disk flushed at checkpoints.
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1
    # One connection for every turn, not a new file handle (and its PRAGMAs) per load and save.
    assert len(connections) <= 1
    assert texts(store, "ann") == [f"red dress {number}" for number in range(10)]


def test_a_saved_turn_is_kept_when_rasa_is_killed_right_after(store, database, domain):
    turn(store, domain, "ben", "blue shirt")
    # Another process saves a turn and is killed (SIGKILL) at once: nothing is flushed on exit.
    script = textwrap.dedent(
        f"""
        import asyncio, os, signal
        from rasa.shared.core.domain import Domain
        from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
        from shop_stores.tracker_store import ShopTrackerStore

        store = ShopTrackerStore(Domain.load({str(PROJECT_ROOT / "domain.yml")!r}))
        tracker = asyncio.run(store.retrieve("ben"))
        tracker.update(UserUttered("green socks", {{"name": "search_products", "confidence": 1}}))
        tracker.update(ActionExecuted("action_search_products"))
        tracker.update(BotUttered("Here are green socks."))
        tracker.update(ActionExecuted("action_listen"))
        asyncio.run(store.save(tracker))
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    env = {**os.environ, "SHOP_TRACKER_STORE_URL": f"sqlite:///{database}"}
    finished = subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT_ROOT, env=env, timeout=120, check=False
    )
    assert finished.returncode == -signal.SIGKILL

    assert texts(store, "ben") == ["blue shirt", "green socks"]


def test_forget_me_and_the_export_work_while_rasa_holds_its_connection(store, database, domain):
    for text in ("black shoes", "size 10", "Black Shoes in 9"):
        turn(store, domain, "cat", text)
    turn(store, domain, "dan", "a tie")
    url = f"sqlite:///{database}"

    exported = [event.get("text") for event in conversation_events(url, ["cat"])]
    assert [text for text in exported if text] == [
        "black shoes",
        "Here is what I found for black shoes.",
        "size 10",
        "Here is what I found for size 10.",
        "Black Shoes in 9",
        "Here is what I found for Black Shoes in 9.",
    ]
    assert erase_conversations(url, ["cat"]) > 0
    assert asyncio.run(store.retrieve("cat")) is None
    assert texts(store, "dan") == ["a tie"]
    turn(store, domain, "dan", "in navy")  # Rasa writes again after the erasure
    assert texts(store, "dan") == ["a tie", "in navy"]
