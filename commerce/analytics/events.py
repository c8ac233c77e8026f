"""Reading Rasa's SQL tracker store: its `events` table, streamed in the order it was written.

Rasa's `SQLTrackerStore` keeps one row per event: `sender_id`, `type_name` ("user", "bot",
"action", "slot", "session_started", ...), `timestamp` (Unix seconds), `intent_name` (user
events), `action_name` (the action's name for "action" rows, the slot's name for "slot" rows) and
`data` (the whole event as JSON). The table is declared here again, with SQLAlchemy only, so the
report runs without loading Rasa.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    case,
    func,
    inspect,
    select,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import NoSuchTableError, OperationalError, ProgrammingError

from commerce.conversation_store import EVENTS

logger = logging.getLogger(__name__)
USER, BOT, ACTION, SLOT = "user", "bot", "action", "slot"
SESSION_STARTED, PAUSE, RESUME = "session_started", "pause", "resume"
ACTIVE_LOOP = "active_loop"  # a form starts (its name) or ends (no name)
# Only these rows' JSON is read (the rest is told by the plain columns), and of the slots only
# those the report looks at: parsing JSON is most of a report's time.
SLOTS_READ = ("current_product", "last_order", "unmet_demand")
BATCH = 5000


@dataclass(frozen=True, slots=True)
class Event:
    """One row of the `events` table, with its JSON parsed where the report needs it."""

    sender_id: str
    type_name: str
    timestamp: float
    intent: str | None
    name: str | None  # the action's or the slot's name
    data: dict[str, Any] | None  # user events and the slots in SLOTS_READ; None otherwise


def count_events(engine: Engine, start: float, end: float) -> int:
    """How many events fall in [start, end) (Unix seconds); 0 when there is no `events` table."""
    query = select(func.count()).select_from(EVENTS).where(*_in_range(start, end))
    try:
        with engine.connect() as connection:
            return int(connection.execute(query).scalar_one())
    except (NoSuchTableError, OperationalError, ProgrammingError):
        if _has_events_table(engine):
            raise
        return 0  # Rasa has not written a conversation yet


def stream_events(
    engine: Engine, start: float, end: float, progress: Callable[[int], None] | None = None
) -> Iterator[Event]:
    """The events in [start, end), in the order Rasa wrote them, a batch at a time, so memory does
    not grow with the table. `progress` is called with the number of rows of each batch.

    PostgreSQL streams them through one server-side cursor. On SQLite a long read would hold the
    file's lock and make a running Rasa wait to save conversations, so each batch is its own short
    query, continuing after the last id read.
    """
    try:
        if engine.dialect.name == "sqlite":
            batches = _batches_by_id(engine, start, end)
        else:
            batches = _batches_from_cursor(engine, start, end)
        for rows in batches:
            for _id, sender_id, type_name, timestamp, intent, name, raw in rows:
                yield Event(sender_id, type_name, timestamp or 0.0, intent, name, _parse(raw))
            if progress:
                progress(len(rows))
    except (NoSuchTableError, OperationalError, ProgrammingError) as error:
        if _has_events_table(engine):
            raise
        logger.info("No conversations yet (%s)", error.__class__.__name__)


def _query(start: float, end: float):
    wanted_data = case(
        (EVENTS.c.type_name == USER, EVENTS.c.data),
        ((EVENTS.c.type_name == SLOT) & EVENTS.c.action_name.in_(SLOTS_READ), EVENTS.c.data),
        (EVENTS.c.type_name == SESSION_STARTED, EVENTS.c.data),  # a long one carried on?
        else_=None,
    )
    columns = [EVENTS.c.id, EVENTS.c.sender_id, EVENTS.c.type_name, EVENTS.c.timestamp,
               EVENTS.c.intent_name, EVENTS.c.action_name, wanted_data]  # fmt: skip
    return select(*columns).where(*_in_range(start, end)).order_by(EVENTS.c.id)


def _batches_from_cursor(engine: Engine, start: float, end: float) -> Iterator[list]:
    with engine.connect() as connection:
        result = connection.execution_options(stream_results=True).execute(_query(start, end))
        yield from result.partitions(BATCH)


def _batches_by_id(engine: Engine, start: float, end: float) -> Iterator[list]:
    last_id = -1
    while True:
        with engine.connect() as connection:
            query = _query(start, end).where(EVENTS.c.id > last_id).limit(BATCH)
            rows = connection.execute(query).all()
        if not rows:
            return
        last_id = rows[-1][0]
        yield rows


def _has_events_table(engine: Engine) -> bool:
    """Whether Rasa has made its table; a database that cannot be reached raises (an empty
    report would say "no conversations" about a shop that had some)."""
    return inspect(engine).has_table(EVENTS.name)


def _in_range(start: float, end: float) -> tuple:
    return (EVENTS.c.timestamp >= start, EVENTS.c.timestamp < end)


def _parse(raw: str | None) -> dict[str, Any] | None:
    if not raw:
        return None
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
