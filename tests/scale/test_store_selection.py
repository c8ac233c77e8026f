"""endpoints.yml names the shop's store classes; the settings choose what is behind them: a SQLite
file, in-memory locks and no broker with nothing set; PostgreSQL, Redis and RabbitMQ when set."""

from __future__ import annotations

import asyncio
import threading
import uuid

import pytest
import yaml
from rasa.core.brokers.pika import PikaEventBroker
from rasa.core.lock_store import LockStore
from rasa.core.tracker_store import create_tracker_store
from rasa.core.utils import AvailableEndpoints, number_of_sanic_workers
from rasa.shared.core.domain import Domain
from sqlalchemy import create_engine, inspect

from commerce.config import PROJECT_ROOT, load_settings
from shop_stores.event_broker import ShopEventBroker
from shop_stores.lock_store import ShopLockStore, WorkersNeedSharedLocks
from shop_stores.tracker_store import ShopTrackerStore
from tests.scale.conftest import delete_queue

SETTINGS = (
    "SHOP_TRACKER_STORE_URL",
    "SHOP_LOCK_STORE_URL",
    "SHOP_EVENT_BROKER_URL",
    "SHOP_EVENT_BROKER_QUEUES",
    "SANIC_WORKERS",
)


@pytest.fixture(autouse=True)
def nothing_configured(monkeypatch):
    for name in SETTINGS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SHOP_ACTION_SERVER_TOKEN", "token")  # endpoints.yml's one ${VAR}


def project_endpoints() -> AvailableEndpoints:
    """endpoints.yml as Rasa reads it."""
    return AvailableEndpoints.read_endpoints(str(PROJECT_ROOT / "endpoints.yml"))


def test_endpoints_yml_names_the_shop_stores():
    endpoints = project_endpoints()
    assert endpoints.tracker_store.type == "shop_stores.tracker_store.ShopTrackerStore"
    assert endpoints.lock_store.type == "shop_stores.lock_store.ShopLockStore"
    assert endpoints.event_broker.type == "shop_stores.event_broker.ShopEventBroker"
    # Nothing in it needs a variable to be set (Rasa fails on an unset ${VAR}), but the token.
    raw = yaml.safe_load((PROJECT_ROOT / "endpoints.yml").read_text())
    assert "${" not in str({k: v for k, v in raw.items() if k != "action_endpoint"})


def test_with_nothing_set_conversations_go_to_the_sqlite_file_of_before():
    assert load_settings().tracker_store_url == f"sqlite:///{PROJECT_ROOT}/var/conversations.db"


def test_the_tracker_store_is_rasas_sql_store_on_the_configured_url(tmp_path, monkeypatch):
    monkeypatch.setenv("SHOP_TRACKER_STORE_URL", f"sqlite:///{tmp_path}/new/conversations.db")
    store = create_tracker_store(
        project_endpoints().tracker_store,
        Domain.empty(),
    )
    assert isinstance(store, ShopTrackerStore)
    tables = inspect(create_engine(f"sqlite:///{tmp_path}/new/conversations.db")).get_table_names()
    assert tables == ["events"]  # Rasa's own table, in a folder made for it


@pytest.mark.postgres
def test_the_tracker_store_on_postgres_keeps_a_conversation(postgres_db, monkeypatch):
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    monkeypatch.setenv("SHOP_TRACKER_STORE_URL", postgres_db)
    store = ShopTrackerStore(Domain.empty())
    tracker = DialogueStateTracker("ann", slots=[])
    tracker.update(UserUttered("red dress"))
    asyncio.run(store.save(tracker))

    again = asyncio.run(ShopTrackerStore(Domain.empty()).retrieve("ann"))
    assert again.latest_message.text == "red dress"
    store.engine.dispose()


def test_locks_stay_in_memory_by_default_and_rasa_runs_one_worker():
    store = LockStore.create(project_endpoints().lock_store)
    assert isinstance(store, ShopLockStore) and not store.is_shared
    ticket = store.issue_ticket("ann")
    assert store.get_lock("ann").now_serving == ticket


def test_two_workers_with_locks_in_memory_refuse_to_start_and_say_why(monkeypatch):
    # Rasa would run both workers, each locking conversations on its own.
    monkeypatch.setenv("SANIC_WORKERS", "2")
    with pytest.raises(WorkersNeedSharedLocks, match="SHOP_LOCK_STORE_URL"):
        ShopLockStore()


def test_two_workers_with_redis_locks_are_what_rasa_runs(redis_url, monkeypatch):
    monkeypatch.setenv("SANIC_WORKERS", "2")
    monkeypatch.setenv("SHOP_LOCK_STORE_URL", redis_url)
    assert ShopLockStore().is_shared
    endpoints = project_endpoints()
    assert number_of_sanic_workers(endpoints.lock_store) == 2


def test_tickets_issued_at_once_from_several_processes_are_all_distinct(redis_url, monkeypatch):
    # Rasa's RedisLockStore read-changes-writes the lock: 4 threads issuing 100 tickets for one
    # conversation got 46 distinct numbers, i.e. messages handled at the same time.
    monkeypatch.setenv("SHOP_LOCK_STORE_URL", redis_url)
    conversation = f"race-{uuid.uuid4().hex}"
    tickets: list[int] = []

    def issue() -> None:
        store = ShopLockStore()  # its own connection, as another Rasa process would have
        for _ in range(25):
            tickets.append(store.issue_ticket(conversation, 60))

    threads = [threading.Thread(target=issue) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    store = ShopLockStore()
    assert sorted(tickets) == list(range(100))
    assert len(store.get_lock(conversation).tickets) == 100
    for ticket in tickets:
        store.cleanup(conversation, ticket)
    assert store.get_lock(conversation) is None  # the last one out deleted it


def test_no_broker_by_default():
    assert asyncio.run(ShopEventBroker.from_endpoint_config(None)) is None


def test_the_broker_is_rasas_rabbitmq_broker_on_the_configured_url(amqp_url, monkeypatch):
    queue = f"shop_test_{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("SHOP_EVENT_BROKER_URL", amqp_url)
    monkeypatch.setenv("SHOP_EVENT_BROKER_QUEUES", queue)

    async def connect_and_close() -> list[str]:
        broker = await ShopEventBroker.from_endpoint_config(None)
        assert isinstance(broker, PikaEventBroker) and broker.is_ready()
        queues = list(broker.queues)
        await broker.close()
        return queues

    assert asyncio.run(connect_and_close()) == [queue]
    delete_queue(amqp_url, queue)
