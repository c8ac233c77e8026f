"""The pieces behind the fault tests, on SQLite and without servers: the broker's outbox and the
tracker store's behaviour when its database is unreachable."""

from __future__ import annotations

import asyncio
import json
import uuid

import pytest
import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from shop_stores import tracker_store as tracker_store_module
from shop_stores.event_broker import OUTBOX, EventOutbox, ShopEventBroker, outbox_rows
from shop_stores.tracker_store import ShopTrackerStore
from tests.faults.conftest import drain_queue
from tests.scale.conftest import delete_queue


@pytest.fixture
def conversations_url(tmp_path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path / 'conversations.db'}"
    monkeypatch.setenv("SHOP_TRACKER_STORE_URL", url)
    return url


def a_turn(sender: str = "ann") -> DialogueStateTracker:
    tracker = DialogueStateTracker(sender, [])
    tracker.update(ActionExecuted("action_listen"))
    tracker.update(UserUttered("red dress", {"name": "search_products", "confidence": 1.0}))
    tracker.update(BotUttered("I found 8 red dresses."))
    tracker.update(ActionExecuted("action_listen"))
    return tracker


def stored_count(url: str, table: str) -> int:
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        count = connection.execute(sa.text(f"select count(*) from {table}")).scalar()
    engine.dispose()
    return count


# -------------------------------------------------------------------------------- the outbox


def test_a_relay_takes_only_rows_no_other_relay_holds(conversations_url):
    outbox = EventOutbox(conversations_url)
    outbox.add(outbox_rows("ann", [{"event": "user", "text": "hi"}] * 3, owner="relay-a"))

    assert outbox.take("relay-b") == []  # relay a holds them
    taken = outbox.take("relay-a")
    assert [json.loads(body)["text"] for _, _, body in taken] == ["hi"] * 3
    assert len({key for _, key, _ in taken}) == 3  # one key each, the message_id

    # Relay a stopped: once its lease runs out, relay b sends them.
    with outbox.engine.begin() as connection:
        connection.execute(sa.update(OUTBOX).values(lease_until=0))
    assert [row[0] for row in outbox.take("relay-b")] == [row[0] for row in taken]
    assert outbox.take("relay-a") == []

    outbox.remove([row[0] for row in taken])  # confirmed
    assert outbox.waiting() == 0
    outbox.dispose()


def test_a_turn_goes_to_the_outbox_with_its_events(conversations_url):
    async def save() -> None:
        broker = ShopEventBroker(
            "amqp://127.0.0.1:1/", username="guest", password="guest", queues=["q"],
            outbox=EventOutbox(conversations_url),
        )  # fmt: skip
        store = ShopTrackerStore(Domain.empty(), event_broker=broker)
        tracker = a_turn()
        await store.save(tracker)
        await store.save(tracker)  # nothing new: nothing written twice
        broker.outbox.dispose()

    asyncio.run(save())
    assert stored_count(conversations_url, "events") == 4
    assert stored_count(conversations_url, "shop_event_outbox") == 4


# --------------------------------------------------------------- the database unreachable


def unreachable(store: ShopTrackerStore) -> sa.engine.Engine:
    """Point `store` at a database that cannot be opened; returns its own engine."""
    engine = store.engine
    store.engine = sa.create_engine("sqlite:////nonexistent-directory/conversations.db")
    store.sessionmaker = sa.orm.sessionmaker(bind=store.engine)
    return engine


def reachable(store: ShopTrackerStore, engine: sa.engine.Engine) -> None:
    store.engine = engine
    store.sessionmaker = sa.orm.sessionmaker(bind=engine)


def test_a_conversation_that_cannot_be_read_is_paused_and_never_written(conversations_url):
    async def scenario() -> DialogueStateTracker:
        store = ShopTrackerStore(Domain.empty())
        await store.save(a_turn())
        own = unreachable(store)
        placeholder = await store.retrieve("ann")
        placeholder.update(UserUttered("the second one"))
        reachable(store, own)
        await store.save(placeholder)  # Rasa saves what it handled: nothing is written
        return placeholder

    placeholder = asyncio.run(scenario())
    # Rasa predicts nothing for a paused conversation (and the channel apologises), instead of
    # answering "the second one" without the search before it.
    assert placeholder.is_paused()
    assert stored_count(conversations_url, "events") == 4


def test_a_turn_is_written_once_the_database_is_back(conversations_url, monkeypatch):
    monkeypatch.setattr(tracker_store_module, "_RETRY_PAUSE_S", 0.05)

    async def scenario() -> None:
        store = ShopTrackerStore(Domain.empty())
        own = unreachable(store)
        saving = asyncio.create_task(store.save(a_turn()))
        await asyncio.sleep(0.3)
        assert not saving.done()  # still trying
        reachable(store, own)
        await asyncio.wait_for(saving, timeout=5)

    asyncio.run(scenario())
    assert stored_count(conversations_url, "events") == 4


def test_a_turn_not_written_in_time_fails_loudly(conversations_url, monkeypatch):
    monkeypatch.setattr(tracker_store_module, "SAVE_RETRY_S", 0.2)
    monkeypatch.setattr(tracker_store_module, "_RETRY_PAUSE_S", 0.05)

    async def scenario() -> None:
        store = ShopTrackerStore(Domain.empty())
        unreachable(store)
        await store.save(a_turn())

    with pytest.raises(sa.exc.OperationalError):
        asyncio.run(scenario())


def test_rasa_starts_without_rabbitmq_and_keeps_the_events(conversations_url, monkeypatch):
    monkeypatch.setenv("SHOP_EVENT_BROKER_URL", "amqp://guest:guest@127.0.0.1:1/")  # nobody there

    async def start_and_publish() -> tuple[bool, int]:
        broker = await ShopEventBroker.from_endpoint_config(None)
        broker.publish({"sender_id": "ann", "event": "user", "text": "hi"})  # e.g. `rasa export`
        await asyncio.sleep(0.1)  # the relay's first round
        ready, waiting = broker.is_ready(), broker.outbox.waiting()
        await broker.close()
        return ready, waiting

    assert asyncio.run(start_and_publish()) == (False, 1)


def test_events_published_just_before_closing_are_sent(
    conversations_url, amqp_url, monkeypatch, request
):
    # `rasa export` publishes every event, then closes the broker at once.
    queue = f"shop_test_{uuid.uuid4().hex[:8]}"
    # Bound to Rasa's fanout exchange, a queue left behind would collect every event published.
    request.addfinalizer(lambda: delete_queue(amqp_url, queue))
    monkeypatch.setenv("SHOP_EVENT_BROKER_URL", amqp_url)
    monkeypatch.setenv("SHOP_EVENT_BROKER_QUEUES", queue)

    sender = f"ann-{uuid.uuid4().hex[:8]}"

    async def publish_and_close() -> int:
        broker = await ShopEventBroker.from_endpoint_config(None)
        for number in range(5):
            broker.publish({"sender_id": sender, "event": "user", "text": f"hi {number}"})
        await broker.close()
        return EventOutbox(conversations_url).waiting()

    assert asyncio.run(publish_and_close()) == 0
    messages = [
        m
        for m in drain_queue(queue, expect={sender: 5}, timeout=10)
        if json.loads(m.body)["sender_id"] == sender
    ]
    assert [json.loads(m.body)["text"] for m in messages] == [f"hi {n}" for n in range(5)]
