"""A long conversation costs no more a turn than a short one: past SHOP_SESSION_MAX_EVENTS events
the tracker store carries it on in a new session with the same slots (shop_stores/tracker_store.py),
so Rasa loads and replays a bounded number of events, and the shopper's context is kept.

On SQLite, through the real tracker store and the shop's real domain, without servers.
"""

from __future__ import annotations

import asyncio

import pytest
import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    ConversationPaused,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from commerce.analytics.conversations import conversations
from commerce.analytics.events import stream_events
from devtools.servers import PROJECT_ROOT
from shop_stores.tracker_store import ShopTrackerStore

MAX_EVENTS = 30


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(PROJECT_ROOT / "domain.yml"))


@pytest.fixture
def conversations_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'conversations.db'}"


@pytest.fixture
def store(conversations_url, monkeypatch, domain) -> ShopTrackerStore:
    monkeypatch.setenv("SHOP_TRACKER_STORE_URL", conversations_url)
    monkeypatch.setenv("SHOP_SESSION_MAX_EVENTS", str(MAX_EVENTS))
    return ShopTrackerStore(domain)


def chat(store: ShopTrackerStore, domain: Domain, turns: int, sender: str = "ann") -> list[int]:
    """`turns` search turns, each loaded, extended and saved as Rasa does; the number of events
    loaded at the start of each turn."""
    loaded = []

    async def run() -> None:
        for turn in range(turns):
            tracker = await store.retrieve(sender)
            if tracker is None:
                tracker = DialogueStateTracker(sender, domain.slots)
                tracker.update(ActionExecuted("action_session_start"))
                tracker.update(SessionStarted())
                tracker.update(ActionExecuted("action_listen"))
            loaded.append(len(tracker.events))
            tracker.update(UserUttered("red dress", {"name": "search_products", "confidence": 1}))
            tracker.update(ActionExecuted("action_search_products"))
            tracker.update(BotUttered(f"I found {turn} red dresses."))
            tracker.update(SlotSet("current_product", f"dress-{turn}"))
            tracker.update(ActionExecuted("action_listen"))
            await store.save(tracker)

    asyncio.run(run())
    return loaded


def test_a_long_conversation_loads_a_bounded_session_and_keeps_its_slots(store, domain):
    loaded = chat(store, domain, turns=40)

    # Without the bound turn 40 would load ~200 events; with it, never more than the bound plus
    # one turn and the carried slots.
    assert max(loaded) <= MAX_EVENTS + 5 + len(domain.slots) + 2
    assert loaded[-1] < loaded[5] * 3
    tracker = asyncio.run(store.retrieve("ann"))
    assert tracker.get_slot("current_product") == "dress-39"  # what "it" means is kept
    # Everything said is still stored: the report and "forget me" read it all.
    full = asyncio.run(store.retrieve_full_tracker("ann"))
    assert sum(isinstance(event, UserUttered) for event in full.events) == 40


def test_the_shop_report_counts_a_carried_on_conversation_once(store, domain, conversations_url):
    chat(store, domain, turns=40)
    engine = sa.create_engine(conversations_url)
    found = list(conversations(stream_events(engine, 0, 1e11)))
    engine.dispose()
    assert len(found) == 1
    assert len(found[0].message_times) == 40


def test_a_conversation_a_person_has_taken_over_is_left_whole(store, domain):
    chat(store, domain, turns=1)
    tracker = asyncio.run(store.retrieve("ann"))
    tracker.update(ConversationPaused())
    for turn in range(12):
        tracker.update(UserUttered(f"message {turn}", {"name": "chitchat", "confidence": 1}))
        tracker.update(ActionExecuted("action_listen"))
    asyncio.run(store.save(tracker))

    tracker = asyncio.run(store.retrieve("ann"))
    assert tracker.is_paused()  # still with the person: no new session was started under them
