"""Rasa's tracker store as the shop reads it: the tables, and one way to connect.

Rasa's SQL tracker store keeps every event of every conversation in one table, `events`; our
event broker (shop_stores/event_broker.py) keeps the events not yet published to RabbitMQ in
`shop_event_outbox` in the same database. The analytics report reads them, "forget me" and
`shop customer erase` delete a shopper's rows from both. Described here once, without Rasa's
classes, so the shop owner's commands stay light.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, create_engine
from sqlalchemy.engine import Engine, make_url

metadata = MetaData()

# Rasa's own layout (rasa/core/tracker_store.py, SQLTrackerStore.SQLEvent): never created here.
EVENTS = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255), nullable=False, index=True),
    Column("type_name", String(255), nullable=False),
    Column("timestamp", Float),
    Column("intent_name", String(255)),
    Column("action_name", String(255)),
    Column("data", Text),
)

# Ours: created by the event broker when it starts.
OUTBOX = Table(
    "shop_event_outbox",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),  # the order they were written
    Column("event_key", String(32), nullable=False, unique=True),  # the AMQP message_id
    Column("sender_id", String(255), nullable=False),
    Column("body", Text, nullable=False),  # the message, as Rasa's Pika broker sends it
    Column("created_at", Float, nullable=False),
    Column("lease_owner", String(32)),  # the relay that is sending it, until `lease_until`
    Column("lease_until", Float, index=True),
)


@lru_cache(maxsize=4)
def tracker_store_engine(tracker_store_url: str) -> Engine:
    """An engine for the tracker store's database (one per URL per process).

    Not commerce.db's engine: that one would create the shop's tables in Rasa's database.
    """
    url = make_url(tracker_store_url)
    if url.get_backend_name() == "sqlite":
        # Rasa writes the same file: wait for its lock rather than fail.
        return create_engine(url, future=True, connect_args={"timeout": 15})
    return create_engine(url, future=True, pool_pre_ping=True)
