"""The shop beyond one machine: PostgreSQL, Redis and RabbitMQ on loopback, and two Rasa instances
with two action servers sharing them.

Each server is started here when it is installed but stopped (the commands of
/work/shared/notes/rasa-on-python-3.11.md); where one is not installed, its tests skip and say so.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass

import aio_pika
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from commerce.catalog_import import import_shopify_csv
from commerce.db import get_engine, session_scope
from devtools.servers import RunningAssistant, running_assistant
from tests.conftest import DEMO_CATALOG

POSTGRES_ADMIN_URL = os.environ.get(
    "SHOP_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
REDIS_URL = "redis://127.0.0.1:6379/1"  # database 1, as Rasa's own Redis lock store
AMQP_URL = "amqp://guest:guest@127.0.0.1:5672/"


# ---------------------------------------------------------------------------------- the servers


@dataclass(frozen=True)
class Service:
    name: str
    port: int
    program: str  # installed when this is on the PATH
    start: str  # a shell command that starts it in the background


SERVICES = {
    "postgres": Service(
        "PostgreSQL", 5432, "pg_ctlcluster",
        "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
    ),
    "redis": Service(
        "Redis", 6379, "redis-server",
        'redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" '
        "--appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log",
    ),
    "rabbitmq": Service("RabbitMQ", 5672, "rabbitmq-server", "rabbitmq-server -detached"),
}  # fmt: skip


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def ensure_running(key: str, wait_s: float = 90) -> None:
    """Make sure the server answers on its port: start it if installed but stopped, else skip."""
    service = SERVICES[key]
    if _listening(service.port):
        return
    if shutil.which(service.program) is None:
        pytest.skip(f"{service.name} is not installed here ({service.program} not found)")
    started = subprocess.run(
        service.start, shell=True, capture_output=True, text=True, timeout=120, check=False
    )
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if _listening(service.port):
            # RabbitMQ opens its port before it accepts logins; give it a moment.
            time.sleep(2 if key == "rabbitmq" else 0)
            return
        time.sleep(0.5)
    pytest.skip(
        f"{service.name} is installed but did not start on port {service.port}: "
        f"{(started.stderr or started.stdout).strip()[-300:]}"
    )


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    ensure_running("postgres")
    return POSTGRES_ADMIN_URL


@pytest.fixture(scope="session")
def redis_url() -> str:
    ensure_running("redis")
    return REDIS_URL


@pytest.fixture(scope="session")
def amqp_url() -> str:
    ensure_running("rabbitmq")
    return AMQP_URL


@contextmanager
def postgres_database(admin_url: str, prefix: str = "shop_test") -> Iterator[str]:
    """A new, empty PostgreSQL database for the duration; its URL."""
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", future=True)
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.execute(text(f'create database "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'drop database if exists "{name}" with (force)'))
        admin.dispose()


@pytest.fixture
def postgres_db(postgres_admin_url) -> Iterator[str]:
    """A fresh PostgreSQL database for one test."""
    with postgres_database(postgres_admin_url) as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def blank_store_url(request, tmp_path) -> str:
    """An empty store on SQLite, then on PostgreSQL: where a migration test builds an old store."""
    if request.param == "postgresql":
        return request.getfixturevalue("postgres_db")
    return f"sqlite:///{tmp_path / 'shop.db'}"


# ------------------------------------------------------------------ two instances, shared stores


@dataclass
class Cluster:
    """Two Rasa instances, each with its own action server, sharing every store."""

    instances: list[RunningAssistant]
    store_url: str  # the shop's store (PostgreSQL), used by both action servers
    tracker_store_url: str  # Rasa's conversations (PostgreSQL)
    lock_store_url: str  # Redis
    broker_url: str  # RabbitMQ
    broker_queue: str  # this run's own queue

    @property
    def settings(self) -> dict[str, str]:
        """The environment both instances run with (and a test that uses the same stores)."""
        return {
            "SHOP_DATABASE_URL": self.store_url,
            "SHOP_TRACKER_STORE_URL": self.tracker_store_url,
            "SHOP_LOCK_STORE_URL": self.lock_store_url,
            "SHOP_EVENT_BROKER_URL": self.broker_url,
            "SHOP_EVENT_BROKER_QUEUES": self.broker_queue,
        }


@pytest.fixture(scope="package")
def cluster(trained_model, tmp_path_factory) -> Iterator[Cluster]:
    ensure_running("postgres")
    ensure_running("redis")
    ensure_running("rabbitmq")
    with ExitStack() as stack:
        store_url = stack.enter_context(postgres_database(POSTGRES_ADMIN_URL))
        engine = get_engine(store_url)
        with session_scope(engine) as session, DEMO_CATALOG.open(encoding="utf-8") as stream:
            assert not import_shopify_csv(session, stream).problems
        stack.callback(engine.dispose)
        cluster = Cluster(
            instances=[],
            store_url=store_url,
            tracker_store_url=stack.enter_context(
                postgres_database(POSTGRES_ADMIN_URL, "rasa_test")
            ),
            lock_store_url=REDIS_URL,
            broker_url=AMQP_URL,
            broker_queue=f"shop_test_events_{uuid.uuid4().hex[:8]}",
        )
        stack.callback(delete_queue, AMQP_URL, cluster.broker_queue)
        for name in ("a", "b"):
            cluster.instances.append(
                stack.enter_context(
                    running_assistant(
                        trained_model,
                        tmp_path_factory.mktemp(f"instance-{name}"),
                        database_url=store_url,
                        extra_env=cluster.settings,
                    )
                )
            )
        yield cluster


def delete_queue(url: str, queue: str) -> None:
    """Remove a test's RabbitMQ queue and what is left in it."""

    async def delete() -> None:
        connection = await aio_pika.connect(url)
        async with connection:
            channel = await connection.channel()
            await channel.queue_delete(queue)

    asyncio.run(delete())
