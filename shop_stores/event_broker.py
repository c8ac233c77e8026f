"""Rasa's RabbitMQ event broker when `SHOP_EVENT_BROKER_URL` is set, else none; with an outbox.

Rasa's `PikaEventBroker` keeps an event it could not publish in the process's memory (and drops
one published before its first connection), so events sent while RabbitMQ is down are lost when
the process stops. Ours writes every event to an outbox table, `shop_event_outbox`, in the
tracker store's database before publishing it: `ShopTrackerStore` inserts a turn's outbox rows in
the same transaction as the turn's events, so an event is in the outbox exactly when it is in the
tracker store. A relay task in each Rasa process publishes the rows in the order they were
written and deletes each one when RabbitMQ confirms it; while RabbitMQ is unreachable the rows
wait, and the relay reconnects and sends them once it is back, or when a Rasa process starts.

Each message carries its row's `event_key` as the AMQP `message_id`: a row whose confirm was lost
in a cut is published again with the same key, so consumers that must see each event once drop a
`message_id` they have already seen. Several Rasa processes share the outbox: each takes rows
under a short lease, so two relays do not send the same row at the same time, and rows a stopped
process left behind are taken over once their lease runs out.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
import uuid
from asyncio import AbstractEventLoop
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

import aio_pika
from rasa.core.brokers.pika import PikaEventBroker
from rasa.utils.endpoints import EndpointConfig
from sqlalchemy import (
    create_engine,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.orm import Session

from commerce.config import load_rasa_store_settings, load_settings
from commerce.conversation_store import OUTBOX

logger = logging.getLogger(__name__)

# A relay owns the rows it takes for this long; a relay that stopped gives them up to others.
LEASE_S = 15.0
RELAY_INTERVAL_S = 1.0  # how often a relay looks for rows, besides being woken by a save
CONNECT_TIMEOUT_S = 3.0  # one attempt to reach RabbitMQ; the relay tries again every interval
PUBLISH_TIMEOUT_S = 5.0  # no confirm by then: the row stays and is sent again
BATCH = 200  # rows taken and published at once
CLOSE_TIMEOUT_S = 10.0  # how long closing may spend sending what is waiting


def outbox_rows(sender_id: str, events: Iterable[dict[str, Any]], owner: str) -> list[dict]:
    """Outbox rows for a conversation's new events (serialised Rasa events), leased to `owner`,
    the relay of the process that writes them."""
    now = time.time()
    return [
        {
            "event_key": uuid.uuid4().hex,
            "sender_id": sender_id,
            "body": json.dumps({"sender_id": sender_id, **event}),
            "created_at": now,
            "lease_owner": owner,
            "lease_until": now + LEASE_S,
        }
        for event in events
    ]


class EventOutbox:
    """The outbox table in the tracker store's database (`Settings.tracker_store_url`)."""

    def __init__(self, database_url: str) -> None:
        url = make_url(database_url)
        if url.get_backend_name() == "sqlite":
            self.engine: Engine = create_engine(url, connect_args={"check_same_thread": False})
        else:
            # A pooled connection that a database restart closed is replaced, not used.
            self.engine = create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=2)
        OUTBOX.create(self.engine, checkfirst=True)

    def add_in(self, session: Session | Connection, rows: list[dict]) -> None:
        """Insert `rows` (`outbox_rows`) in the caller's transaction."""
        if rows:
            session.execute(insert(OUTBOX), rows)

    def add(self, rows: list[dict]) -> None:
        """Insert `rows` in a transaction of their own."""
        with self.engine.begin() as connection:
            self.add_in(connection, rows)

    def take(self, owner: str, limit: int = BATCH) -> list[tuple[int, str, str]]:
        """Lease to `owner` its own rows and those whose lease ran out, oldest first; returns
        (id, event_key, body) of the rows it now holds."""
        now = time.time()
        free = or_(OUTBOX.c.lease_owner == owner, OUTBOX.c.lease_until < now)
        oldest = select(OUTBOX.c.id).where(free).order_by(OUTBOX.c.id).limit(limit)
        with self.engine.begin() as connection:
            # `free` again on the row itself: of two relays updating the same row at once, the
            # second sees the first one's lease (PostgreSQL re-checks a row updated meanwhile).
            connection.execute(
                update(OUTBOX)
                .where(OUTBOX.c.id.in_(oldest.scalar_subquery()), free)
                .values(lease_owner=owner, lease_until=now + LEASE_S)
                .execution_options(synchronize_session=False)
            )
            rows = connection.execute(
                select(OUTBOX.c.id, OUTBOX.c.event_key, OUTBOX.c.body)
                .where(OUTBOX.c.lease_owner == owner, OUTBOX.c.lease_until >= now)
                .order_by(OUTBOX.c.id)
                .limit(limit)
            ).all()
        return [(row.id, row.event_key, row.body) for row in rows]

    def remove(self, ids: list[int]) -> None:
        """Forget rows RabbitMQ confirmed."""
        if ids:
            with self.engine.begin() as connection:
                connection.execute(delete(OUTBOX).where(OUTBOX.c.id.in_(ids)))

    def waiting(self) -> int:
        """How many events are not confirmed yet."""
        with self.engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(OUTBOX)).scalar_one()

    def dispose(self) -> None:
        self.engine.dispose()


class ShopEventBroker(PikaEventBroker):
    """Rasa's Pika broker (same exchange, queues and message body) whose events go through the
    outbox (see the module's docstring). Rasa asks this class for a broker: it gets one
    connected to `SHOP_EVENT_BROKER_URL`, copying every event to `SHOP_EVENT_BROKER_QUEUES`, or
    none when the URL is unset. It starts even while RabbitMQ is unreachable."""

    def __init__(self, *args: Any, outbox: EventOutbox, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.outbox = outbox
        self.relay_id = uuid.uuid4().hex  # this process's relay, the owner of its leases
        self._wake = asyncio.Event()
        self._relay: asyncio.Task | None = None
        self._channel: aio_pika.abc.AbstractChannel | None = None

    @classmethod
    async def from_endpoint_config(
        cls,
        broker_config: EndpointConfig | None = None,
        event_loop: AbstractEventLoop | None = None,
    ) -> ShopEventBroker | None:
        """The configured broker with its relay running; None when none is configured."""
        settings = load_rasa_store_settings()
        if not settings.event_broker_url:
            return None
        parts = urlsplit(settings.event_broker_url)
        broker = cls(
            # Rasa's broker connects with the URL (scheme, credentials, port, virtual host) and
            # adds the credentials given apart unless the URL holds them as written.
            settings.event_broker_url,
            username=parts.username or "guest",
            password=parts.password or "guest",
            port=parts.port or (5671 if parts.scheme == "amqps" else 5672),
            queues=list(settings.event_broker_queues),
            event_loop=event_loop or asyncio.get_running_loop(),
            outbox=EventOutbox(load_settings().tracker_store_url),
        )
        with contextlib.suppress(Exception):  # unreachable now: the relay keeps trying
            await broker.connect()
        broker._relay = broker._loop.create_task(broker._run_relay())
        return broker

    # ------------------------------------------------------------------------- publishing

    def publish(self, event: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        """Write one event (with `sender_id`) to the outbox; the relay sends it. Rasa's tracker
        store and `rasa export` publish here (`headers` are not kept); `ShopTrackerStore` writes
        a turn's events to the outbox itself, with the turn."""
        body = dict(event)
        sender_id = str(body.pop("sender_id", ""))
        self.outbox.add(outbox_rows(sender_id, [body], self.relay_id))
        self.wake()

    def wake(self) -> None:
        """New rows are in the outbox: send them now rather than at the next interval."""
        self._wake.set()

    async def connect(self) -> None:
        """One attempt to reach RabbitMQ and declare Rasa's exchange and queues."""
        connection = await asyncio.wait_for(
            aio_pika.connect(self._configure_url(), timeout=CONNECT_TIMEOUT_S),
            timeout=CONNECT_TIMEOUT_S,
        )
        try:
            channel = await connection.channel()  # publisher confirms on
            self._exchange = await self._set_up_exchange(channel)
        except BaseException:
            await connection.close()
            raise
        self._connection, self._channel = connection, channel
        logger.info("RabbitMQ connection to '%s' was established.", self.host)

    def is_ready(self) -> bool:
        """True while connected to RabbitMQ."""
        return (
            self._connection is not None
            and not self._connection.is_closed
            and self._channel is not None
            and not self._channel.is_closed
        )

    async def close(self) -> None:
        """Stop the relay, send what is waiting if RabbitMQ is there (`rasa export` publishes,
        then closes), and close the connection; what could not be sent stays in the outbox."""
        if self._relay is not None:
            self._relay.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._relay
            self._relay = None
        if self.is_ready():
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._send_waiting(), timeout=CLOSE_TIMEOUT_S)
        await self._disconnect()
        self.outbox.dispose()

    async def _disconnect(self) -> None:
        connection, self._connection, self._channel, self._exchange = (
            self._connection, None, None, None
        )  # fmt: skip
        if connection is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(connection.close(), timeout=CONNECT_TIMEOUT_S)

    # ------------------------------------------------------------------------------ relay

    async def _run_relay(self) -> None:
        """Send the outbox's rows as long as the process runs."""
        reported = False
        while True:
            self._wake.clear()  # a save from here on wakes the next round
            try:
                if not self.is_ready():
                    await self._disconnect()
                    await self.connect()
                    reported = False
                await self._send_waiting()
            except asyncio.CancelledError:
                raise
            except Exception as error:
                if not reported:  # once per outage, not every second
                    logger.warning("Events wait in the outbox until RabbitMQ is back: %s", error)
                    reported = True
                await self._disconnect()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=RELAY_INTERVAL_S)

    async def _send_waiting(self) -> None:
        """Publish this relay's rows until none is left; a row whose publish failed stays for
        the next round (and the failure is raised)."""
        while True:
            # Off the event loop: the database may be slow or restarting.
            rows = await asyncio.to_thread(self.outbox.take, self.relay_id)
            if not rows:
                return
            # Published in order on one channel; each waits for its own confirm.
            results = await asyncio.gather(
                *(self._publish_row(key, body) for _, key, body in rows),
                return_exceptions=True,
            )
            confirmed = [
                row[0] for row, result in zip(rows, results, strict=True) if result is None
            ]
            await asyncio.to_thread(self.outbox.remove, confirmed)
            failed = next((r for r in results if isinstance(r, BaseException)), None)
            if failed is not None:
                raise failed
            if len(rows) < BATCH:
                return

    async def _publish_row(self, key: str, body: str) -> None:
        if self._exchange is None:
            raise ConnectionError("not connected to RabbitMQ")
        message = aio_pika.Message(
            body.encode("utf-8"),
            message_id=key,
            delivery_mode=aio_pika.DeliveryMode.PERSISTENT,
        )
        await asyncio.wait_for(self._exchange.publish(message, ""), timeout=PUBLISH_TIMEOUT_S)
