"""One shop on the real servers, with faults the tests control: the Rasa server and the action
server as real processes, the store and Rasa's conversations in PostgreSQL, events to RabbitMQ.

PostgreSQL and RabbitMQ are shared with the rest of the suite, so they are never restarted: our
servers reach them through a `TcpProxy` each, and "PostgreSQL restarted" or "RabbitMQ down" is
that proxy cut and restored. The action server and Rasa are ours: they are killed and started.
"""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import aio_pika
import pytest
import requests
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from commerce.catalog_import import import_shopify_csv
from commerce.db import get_engine, session_scope
from devtools.servers import (
    PROJECT_ROOT,
    RunningAssistant,
    base_environment,
    running_assistant,
    wait_until_ready,
)
from shop_channels import apology_text
from tests.conftest import DEMO_CATALOG
from tests.faults.proxy import TcpProxy
from tests.scale.conftest import (  # the servers, started if stopped, as the scale tests do
    AMQP_URL,
    POSTGRES_ADMIN_URL,
    amqp_url,  # noqa: F401  (a fixture, for the tests here too)
    delete_queue,
    ensure_running,
    postgres_database,
)

# What the shopper reads when something failed: the channel's apology (nothing was answered)
# and the actions' own (an action failed).
APOLOGIES = (
    apology_text(),
    "Sorry, something went wrong on my side and I couldn't finish that. Please try again in a "
    "moment, or ask for a person and our team will help.",
)
SEARCH = "I need black formal shoes in size 10 for a black-tie party tonight, under $150"


def through(proxy: TcpProxy, url: str) -> str:
    """`url` with its host and port replaced by the proxy's."""
    return (
        make_url(url).set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    )


class FaultyShop:
    """The shop's servers, and the faults: kill or start the action server, stop and start Rasa,
    cut PostgreSQL or RabbitMQ off (`postgres` / `rabbitmq` proxies)."""

    def __init__(self, model: Path, workdirs, postgres: TcpProxy, rabbitmq: TcpProxy,
                 store_url: str, tracker_store_url: str, queue: str) -> None:  # fmt: skip
        self.model, self.workdirs = model, workdirs
        self.postgres, self.rabbitmq = postgres, rabbitmq
        self.store_url = store_url  # direct, for the tests' own reading
        self.tracker_store_url = tracker_store_url  # direct
        self.queue = queue
        # What the servers are given: every server behind its proxy.
        self.env = {
            "SHOP_DATABASE_URL": through(postgres, store_url),
            "SHOP_TRACKER_STORE_URL": through(postgres, tracker_store_url),
            "SHOP_EVENT_BROKER_URL": through_amqp(rabbitmq),
            "SHOP_EVENT_BROKER_QUEUES": queue,
        }
        self.assistant: RunningAssistant | None = None
        self._rasa = ExitStack()
        self._action_server: subprocess.Popen | None = None  # one started after a kill

    # ------------------------------------------------------------------------------ Rasa

    def start(self) -> RunningAssistant:
        """Rasa and an action server, on the stores above."""
        self._rasa = ExitStack()
        self.assistant = self._rasa.enter_context(
            running_assistant(
                self.model, self.workdirs.mktemp("rasa"),
                database_url=self.env["SHOP_DATABASE_URL"], extra_env=self.env,
            )
        )  # fmt: skip
        return self.assistant

    def stop(self, kill: bool = False) -> None:
        """Stop Rasa (SIGKILL when `kill`: nothing in its memory gets out) and its action server."""
        if self.assistant is not None and kill:
            self.assistant.rasa.kill()
            self.assistant.rasa.wait()
        self._rasa.close()
        self.assistant = None
        self._stop_action_server()

    # ------------------------------------------------------------------- the action server

    @property
    def action_server(self) -> subprocess.Popen:
        return self._action_server or self.assistant.action_server

    def kill_action_server(self) -> None:
        self.action_server.kill()
        self.action_server.wait()

    def start_action_server(self) -> None:
        """A new action server where Rasa expects it (same port, same token)."""
        assert self.action_server.poll() is not None, "the action server is still running"
        port = self.assistant.action_url.rsplit(":", 1)[1]
        log = self.assistant.workdir / "action-server-restarted.log"
        env = base_environment(**self.env)
        env.update(
            SHOP_ACTION_SERVER_TOKEN=self.assistant.action_server_token,
            SHOP_ACTION_SERVER_HOST="127.0.0.1",
        )
        self._action_server = subprocess.Popen(
            [sys.executable, "-m", "actions.server", "--port", port],
            cwd=PROJECT_ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        wait_until_ready(f"{self.assistant.action_url}/health", self._action_server, 60, log)

    def _stop_action_server(self) -> None:
        process, self._action_server = self._action_server, None
        if process is not None and process.poll() is None:
            process.terminate()
            process.wait(timeout=15)

    # ---------------------------------------------------------------- what was kept

    def stored_user_texts(self, sender: str) -> list[str]:
        """What the shopper said, as the tracker store in PostgreSQL has it."""
        return [e["text"] for e in self.stored_events(sender) if e["event"] == "user"]

    def stored_events(self, sender: str) -> list[dict]:
        engine = create_engine(self.tracker_store_url, future=True)
        with engine.connect() as connection:
            rows = connection.execute(
                text("select data from events where sender_id = :s order by id"), {"s": sender}
            ).scalars()
            events = [json.loads(row) for row in rows]
        engine.dispose()
        return events

    def events_waiting_in_outbox(self) -> int:
        """Events the broker has not had confirmed by RabbitMQ yet."""
        engine = create_engine(self.tracker_store_url, future=True)
        with engine.connect() as connection:
            waiting = connection.execute(text("select count(*) from shop_event_outbox")).scalar()
        engine.dispose()
        return waiting

    def orders_of(self, sender: str) -> list[str]:
        engine = create_engine(self.store_url, future=True)
        with engine.connect() as connection:
            numbers = (
                connection.execute(
                    text("select number from shop_order where owner = :s order by id"),
                    {"s": sender},
                )
                .scalars()
                .all()
            )
        engine.dispose()
        return list(numbers)


def through_amqp(proxy: TcpProxy) -> str:
    parts = AMQP_URL.split("@", 1)
    return f"{parts[0]}@127.0.0.1:{proxy.port}/"


@pytest.fixture(scope="package")
def shop(trained_model, tmp_path_factory) -> Iterator[FaultyShop]:
    """The shop, started once for the package; each test leaves it running and uncut."""
    ensure_running("postgres")
    ensure_running("rabbitmq")
    admin = make_url(POSTGRES_ADMIN_URL)
    with ExitStack() as stack:
        postgres = stack.enter_context(TcpProxy(admin.host, admin.port or 5432))
        rabbitmq = stack.enter_context(TcpProxy("127.0.0.1", 5672))
        store_url = stack.enter_context(postgres_database(POSTGRES_ADMIN_URL, "shop_fault"))
        engine = get_engine(store_url)
        with session_scope(engine) as session, DEMO_CATALOG.open(encoding="utf-8") as stream:
            assert not import_shopify_csv(session, stream).problems
        engine.dispose()
        tracker_store_url = stack.enter_context(postgres_database(POSTGRES_ADMIN_URL, "rasa_fault"))
        queue = f"shop_fault_events_{uuid.uuid4().hex[:8]}"
        stack.callback(delete_queue, AMQP_URL, queue)
        shop = FaultyShop(
            trained_model, tmp_path_factory, postgres, rabbitmq, store_url, tracker_store_url, queue
        )
        stack.callback(shop.stop)
        shop.start()
        yield shop


@pytest.fixture(autouse=True)
def _servers_back_after_each_test(request):
    """A test that fails half-way still leaves the next one a working shop."""
    yield
    if "shop" not in request.fixturenames:
        return
    shop = request.getfixturevalue("shop")
    shop.postgres.restore()
    shop.rabbitmq.restore()
    if shop.assistant is None:
        shop.start()
    elif shop.action_server.poll() is not None:
        shop.start_action_server()


# ---------------------------------------------------------------------------------- shoppers


class Shopper:
    """One conversation over the REST channel of whichever Rasa is running now."""

    def __init__(self, shop: FaultyShop, name: str = "shopper") -> None:
        self.shop = shop
        self.sender = f"{name}-{uuid.uuid4().hex[:8]}"
        self.messages: list[dict] = []
        self.said: list[str] = []  # every message sent, answered or not
        self.seconds: list[float] = []  # how long each reply took

    def says(self, said: str, timeout: float = 60) -> str:
        self.said.append(said)
        started = time.monotonic()
        response = requests.post(
            f"{self.shop.assistant.rasa_url}/webhooks/rest/webhook",
            json={"sender": self.sender, "message": said},
            timeout=timeout,
        )
        self.seconds.append(time.monotonic() - started)
        assert response.status_code == 200, (response.status_code, response.text[:300])
        self.messages = response.json()
        return "\n".join(message.get("text", "") for message in self.messages)

    def payload(self, title: str) -> str:
        """What tapping the button `title` (or the one starting `title`) sends."""
        return next(
            b["payload"]
            for m in self.messages
            for b in m.get("buttons") or []
            if b["title"].startswith(title)
        )

    def taps(self, title: str) -> str:
        return self.says(self.payload(title))

    def button_titles(self) -> list[str]:
        return [b["title"] for m in self.messages for b in m.get("buttons") or []]

    def second_result(self) -> str:
        return re.sub(r"^2\. ", "", self.button_titles()[1])


def is_apology(reply: str) -> bool:
    return any(apology in reply for apology in APOLOGIES)


# ------------------------------------------------------------------------------ the queue


def drain_queue(
    queue: str, expect: dict[str, int] | None = None, timeout: float = 30
) -> list[aio_pika.IncomingMessage]:
    """Take every message in `queue` (straight from RabbitMQ, not through the proxy), waiting
    until each sender in `expect` has at least that many events in it, or `timeout` passed.

    Rasa's exchange is a fanout one, so the queue also gets the events of any other Rasa on this
    machine publishing to RabbitMQ at the time (other tests): count only the senders asked for."""

    def complete(taken: list) -> bool:
        bodies = [json.loads(message.body) for message in taken]
        return all(
            sum(body.get("sender_id") == sender for body in bodies) >= count
            for sender, count in (expect or {}).items()
        )

    async def drain() -> list:
        taken: list = []
        connection = await aio_pika.connect(AMQP_URL)
        async with connection:
            channel = await connection.channel()
            box = await channel.declare_queue(queue, durable=True)
            deadline = time.monotonic() + timeout
            while True:
                message = await box.get(no_ack=True, fail=False)
                if message is not None:
                    taken.append(message)
                    continue
                if complete(taken) or time.monotonic() > deadline:
                    return taken
                await asyncio.sleep(0.2)

    return asyncio.run(drain())


def published_events(messages: list[aio_pika.IncomingMessage], sender: str) -> list[dict]:
    """The events of `sender` among `messages`, each once: a message whose confirm was lost in a
    cut is sent again under the same `message_id`, the key consumers drop repeats by."""
    seen: set[str] = set()
    events = []
    for message in messages:
        event = json.loads(message.body)
        if event["sender_id"] != sender or message.message_id in seen:
            continue
        seen.add(message.message_id)
        events.append({k: v for k, v in event.items() if k != "sender_id"})
    return events
