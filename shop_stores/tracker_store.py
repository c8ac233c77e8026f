"""Rasa's SQL tracker store on the configured database (`SHOP_TRACKER_STORE_URL`), made to
survive the database restarting.

Rasa wraps every tracker store in its `FailSafeTrackerStore`, which on any error reads an empty
conversation instead and writes to the process's memory: while the database is away a shopper
would be answered without their context, and the turn's events would be lost (or, once the
database is back, a fresh session's events appended to the old one). This store instead:

- reads a conversation it cannot load as a paused placeholder, so Rasa answers nothing, the
  channel's safety net (shop_channels.never_silent) apologises, and nothing is written;
- retries writing a turn's events until the database is back (up to `SAVE_RETRY_S`), counting
  again what is already stored each time, so a turn is written once;
- finds a conversation's current session by an index on (sender_id, timestamp), so loading and
  saving a turn reads that session's rows, not every row the shopper ever wrote (Rasa's query
  reads them all twice: a save grew with the whole conversation);
- checks each pooled connection before use (`pool_pre_ping`), so the first turns after a restart
  do not fail on connections the restart closed;
- on SQLite, keeps its connection open and writes through SQLite's write-ahead log, so a turn's
  commit does not wait for the disk (`_write_ahead`);
- with the shop's event broker, writes the turn's events to its outbox in the same transaction
  (shop_stores/event_broker.py), instead of publishing them before they are stored.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    ConversationPaused,
    Event,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import QueuePool

from commerce.config import load_rasa_store_settings, load_settings
from shop_stores import action_reply_check, event_types
from shop_stores.event_broker import ShopEventBroker, outbox_rows

# Every Rasa server of the shop loads this store (endpoints.yml), so it also brings the cheaper
# check of the action server's replies (shop_stores/action_reply_check.py) and the remembered
# lookup of event classes that loading a conversation relies on (shop_stores/event_types.py).
action_reply_check.install()
event_types.install()

logger = logging.getLogger(__name__)

# Rasa's ticket lock lives 60 s: a turn still waiting to be written after this gives up.
SAVE_RETRY_S = 20.0
_RETRY_PAUSE_S = 0.5
# Marks the placeholder read while the database is unreachable (never written).
_UNAVAILABLE = "shop_tracker_store_unavailable"
# The index Rasa's events table lacks: a shopper's events in time order (`_event_query`). On a
# table of its own, not Rasa's SQLEvent: Rasa's `create_all` of a new database stays Rasa's.
_EVENTS_KEYS = sa.Table(
    "events",
    sa.MetaData(),
    sa.Column("sender_id", sa.String(255)),
    sa.Column("timestamp", sa.Float),
)
SESSION_INDEX = sa.Index(
    "ix_events_sender_id_timestamp", _EVENTS_KEYS.c.sender_id, _EVENTS_KEYS.c.timestamp
)


def _write_ahead(dbapi_connection: Any, _record: Any) -> None:
    """SQLite's write-ahead log, flushed to disk at checkpoints rather than at every commit
    (`synchronous=NORMAL`, SQLite's advice for WAL): a turn is kept if Rasa stops abruptly, and
    the file stays consistent; only a power cut can lose the turns written just before it."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # kept in the file, for every process that opens it
    cursor.execute("PRAGMA synchronous=NORMAL")  # this connection's
    cursor.close()


# A load and a save each ask for the session's start, and a save counts its stored events: built
# once, these statements skip SQLAlchemy's ORM query building (0.5 ms of CPU a statement).
_EVENTS = SQLTrackerStore.SQLEvent.__table__
_SESSION_START = (
    sa.select(_EVENTS.c.timestamp)
    .where(
        _EVENTS.c.sender_id == sa.bindparam("sender_id"),
        _EVENTS.c.type_name == SessionStarted.type_name,
        _EVENTS.c.timestamp.is_not(None),  # as max() ignores them
    )
    .order_by(_EVENTS.c.timestamp.desc())
    .limit(1)
)
_COUNT_ALL = (
    sa.select(sa.func.count())
    .select_from(_EVENTS)
    .where(_EVENTS.c.sender_id == sa.bindparam("sender_id"))
)
_COUNT_SINCE = _COUNT_ALL.where(_EVENTS.c.timestamp >= sa.bindparam("start"))


class ShopTrackerStore(SQLTrackerStore):
    """Rasa's `SQLTrackerStore` on `Settings.tracker_store_url`: by default the SQLite file
    `var/conversations.db`, for several Rasa instances one PostgreSQL database they share.

    Rasa's `${VAR}` expansion in endpoints.yml fails on an unset variable, so the URL, and its
    default, come from the settings instead.
    """

    def __init__(
        self,
        domain: Domain | None = None,
        host: str | None = None,  # endpoints.yml's `url:`, unused: the settings say where
        event_broker: EventBroker | None = None,
        **kwargs: Any,
    ) -> None:
        url = make_url(load_settings().tracker_store_url)
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        # Rasa takes a whole SQLAlchemy URL in `host` ("://" in it) and builds its engine from it.
        super().__init__(
            domain=domain,
            host=url.render_as_string(hide_password=False),
            event_broker=event_broker,
            **kwargs,
        )
        if url.get_backend_name() != "sqlite":
            # Rasa's engine, plus a check of each pooled connection before use.
            self.engine.dispose()
            self.engine = sa.create_engine(url, pool_pre_ping=True, **create_engine_kwargs(url))
            self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        elif url.database not in (None, "", ":memory:"):
            # Rasa's engine opens the file anew for every load and save (SQLAlchemy 1.4's
            # NullPool) and commits with SQLite's defaults, which wait for the disk three or four
            # times a turn (16 ms here, docs/performance.md section 1). Pooled, in WAL mode.
            self.engine.dispose()
            self.engine = sa.create_engine(
                url, poolclass=QueuePool, connect_args={"check_same_thread": False}
            )
            sa.event.listen(self.engine, "connect", _write_ahead)
            self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        self._create_session_index()

    def _create_session_index(self) -> None:
        """Add the (sender_id, timestamp) index to Rasa's events table if it is missing.

        Not an Alembic migration: migrations/ upgrades the shop's store, and this table lives in
        the tracker store's database, which Rasa creates (`create_all`) when it starts. An
        existing table gets the index on the first start after an upgrade (PostgreSQL blocks
        writes to the table while it builds: about a second per million events).
        """
        try:
            SESSION_INDEX.create(self.engine, checkfirst=True)
        except SQLAlchemyError as error:
            # Another instance starting at the same moment may have just created it.
            if SESSION_INDEX.name not in {
                found["name"] for found in sa.inspect(self.engine).get_indexes("events")
            }:
                raise
            logger.debug("%s was created by another process: %s", SESSION_INDEX.name, error)

    # ------------------------------------------------------------------------------ reading

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        """The conversation's current session; a paused placeholder when the database cannot
        be read (Rasa then says nothing, and the channel apologises)."""
        try:
            return await super().retrieve(sender_id)
        except SQLAlchemyError as error:
            logger.error("Could not read conversation %s: %s", sender_id, _first_line(error))
            return self._unavailable(sender_id)

    def _event_query(
        self, session: sa.orm.Session, sender_id: str, fetch_events_from_all_sessions: bool
    ) -> sa.orm.Query:
        """The conversation's events in the order they were stored: every event, or those of
        the current session (from its latest `SessionStarted`, by timestamp), as Rasa's own.

        Rasa finds the session in one statement whose condition (`timestamp >= start OR start IS
        NULL`, the start from a subquery) no index can serve, so it reads every row of the
        shopper twice per load and per save. Here the start is looked up first, then the
        session's rows are a range of SESSION_INDEX.
        """
        query = session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id)
        if not fetch_events_from_all_sessions:
            start = self._session_start(session, sender_id)
            if start is not None:  # no session started: every event, as in Rasa
                query = query.filter(self.SQLEvent.timestamp >= start)
        return query.order_by(self.SQLEvent.id)

    def _session_start(self, session: sa.orm.Session, sender_id: str) -> float | None:
        """When the conversation's latest session started (Rasa's max(timestamp) of its
        `SessionStarted` events), read from the newest end of SESSION_INDEX."""
        return session.execute(_SESSION_START, {"sender_id": sender_id}).scalar()

    def _additional_events(
        self, session: sa.orm.Session, tracker: DialogueStateTracker
    ) -> Iterator[Event]:
        """The tracker's events the database does not have yet: those after as many as the
        current session has stored (Rasa's rule), counted on SESSION_INDEX."""
        start = self._session_start(session, tracker.sender_id)
        if start is None:  # no session started: every event, as in Rasa
            stored = session.execute(_COUNT_ALL, {"sender_id": tracker.sender_id}).scalar()
        else:
            stored = session.execute(
                _COUNT_SINCE, {"sender_id": tracker.sender_id, "start": start}
            ).scalar()
        return itertools.islice(tracker.events, stored, None)

    def _unavailable(self, sender_id: str) -> DialogueStateTracker:
        tracker = self.init_tracker(sender_id)
        # Listening, so Rasa starts no new session; paused, so it predicts no action.
        tracker.update(ActionExecuted(ACTION_LISTEN_NAME))
        tracker.update(ConversationPaused(metadata={_UNAVAILABLE: True}))
        return tracker

    # ------------------------------------------------------------------------------ writing

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Write the turn's new events (and their outbox rows) once, retrying while the
        database is unreachable."""
        if _is_placeholder(tracker):
            logger.error(
                "Conversation %s was not loaded; this turn is not saved", tracker.sender_id
            )
            return
        continue_long_session(tracker, load_rasa_store_settings().session_max_events)
        if self.event_broker is not None and not isinstance(self.event_broker, ShopEventBroker):
            await self.stream_events(tracker)  # another broker: Rasa's way
        deadline = time.monotonic() + SAVE_RETRY_S
        while True:
            try:
                written = self._write_new_events(tracker)
                break
            except (sa.exc.OperationalError, sa.exc.InterfaceError, DBAPIError) as error:
                if not _is_transient(error) or time.monotonic() > deadline:
                    raise
                logger.warning(
                    "Conversation %s not saved yet, retrying: %s",
                    tracker.sender_id,
                    _first_line(error),
                )
                await asyncio.sleep(_RETRY_PAUSE_S)
        if written and isinstance(self.event_broker, ShopEventBroker):
            self.event_broker.wake()

    def _write_new_events(self, tracker: DialogueStateTracker) -> int:
        """Insert the events the database does not have yet, in one transaction; how many."""
        broker = self.event_broker if isinstance(self.event_broker, ShopEventBroker) else None
        with self.session_scope() as session:
            new_events = list(self._additional_events(session, tracker))
            serialised = [event.as_dict() for event in new_events]
            for event, data in zip(new_events, serialised, strict=True):
                session.add(
                    self.SQLEvent(
                        sender_id=tracker.sender_id,
                        type_name=event.type_name,
                        timestamp=data.get("timestamp"),
                        intent_name=data.get("parse_data", {})
                        .get("intent", {})
                        .get(INTENT_NAME_KEY),
                        action_name=data.get("name"),
                        data=json.dumps(data),
                    )
                )
            if broker is not None:
                session.flush()  # the events first, then their outbox rows
                broker.outbox.add_in(
                    session, outbox_rows(tracker.sender_id, serialised, broker.relay_id)
                )
            session.commit()
        return len(new_events)


# ------------------------------------------------------------------------------ long sessions

# Marks a session that carries on a long one (`continue_long_session`), not a new conversation
# (commerce/analytics/conversations.py skips its events).
CONTINUED = "shop_continued_session"


def continue_long_session(tracker: DialogueStateTracker, max_events: int) -> bool:
    """Past `max_events` events in its session, end the turn with a new session holding the same
    slots, as Rasa's own session start does (`SessionStarted`, the slots, `action_listen`), and
    what the assistant did and said this turn; True if it did.

    Rasa loads a conversation's current session and replays it several times a turn (tracker
    copies, the rules' state history, the action server's payload), so without this a turn's cost
    grows with the conversation. What the shopper sees lives in the slots and is kept; the events
    before the new session stay stored (the report, "forget me") but are no longer loaded.
    The turn's actions and replies (`_last_reply`) are repeated in the new session, so that the
    shopper's answer to them is understood as it would have been without it: a "yes" to "Cancel
    order 12?" matches the rule "action_cancel_order, then affirm", a typed "brown" the button
    the assistant just offered. The shopper's own message is not repeated (the shop counts what
    shoppers say, and RabbitMQ's consumers would see it twice), so an action that reads the
    message before the last one does not find it after a carry-over. A paused conversation (a
    person has it) or one in the middle of a form is left as it is.
    """
    since_start = 0
    for event in reversed(tracker.events):
        if isinstance(event, SessionStarted):
            break
        since_start += 1
    if since_start <= max_events or tracker.is_paused() or tracker.active_loop_name:
        return False
    slots = {name: value for name, value in tracker.current_slot_values().items()}
    reply = _last_reply(tracker)
    # Marked, so the shop's report counts one conversation and nothing new in what is repeated.
    marked = {CONTINUED: True}
    tracker.update(SessionStarted(metadata=marked))
    for name, value in slots.items():
        if value is not None:
            tracker.update(SlotSet(name, value, metadata=marked))
    for event in reply:
        copy = Event.from_parameters(event.as_dict())
        copy.metadata = {**(event.metadata or {}), **marked}
        copy.timestamp = time.time()  # the session is read from its SessionStarted on, by time
        tracker.update(copy)
    tracker.update(ActionExecuted(ACTION_LISTEN_NAME, metadata=marked))
    return True


def _last_reply(tracker: DialogueStateTracker) -> list[Event]:
    """The actions run for the shopper's last message and the bot's replies. Only those: a slot
    or reset event repeated would undo the slots carried over."""
    reply: list[Event] = []
    for event in reversed(tracker.events):
        if isinstance(event, (UserUttered, SessionStarted)):
            break
        if isinstance(event, BotUttered) or (
            isinstance(event, ActionExecuted) and event.action_name != ACTION_LISTEN_NAME
        ):
            reply.insert(0, event)
    return reply


def _is_placeholder(tracker: DialogueStateTracker) -> bool:
    return any(
        isinstance(event, ConversationPaused) and (event.metadata or {}).get(_UNAVAILABLE)
        for event in tracker.events
    )


def _is_transient(error: SQLAlchemyError) -> bool:
    """True for a lost or refused connection (or a busy SQLite file), not for a wrong query."""
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return True
    return isinstance(error, (sa.exc.OperationalError, sa.exc.InterfaceError))


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
