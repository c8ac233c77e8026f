"""Saving a turn costs the same on a shopper's 3,000th stored event as on their 30th.

Rasa's SQL tracker store finds a conversation's current session with a query no index serves, so
every load and every save read all the rows the shopper ever wrote: a long-lived customer's turns
got slower and slower (docs/performance.md, section 2). The shop's store
(shop_stores/tracker_store.py) reads the session's rows by an index on (sender_id, timestamp).

Measured as work the database does, not time: on SQLite the virtual machine instructions it
runs (a progress handler counts them), on PostgreSQL the rows its plans read (EXPLAIN ANALYZE).
The same tests say the shop's queries find exactly the events Rasa's own would. Turning the
loaded rows back into events looks each event class up once (shop_stores/event_types.py), not
once per event as Rasa does.
"""

from __future__ import annotations

import asyncio
import json
from asyncio import run
from functools import partial

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    Event,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.utils import common

from devtools.servers import PROJECT_ROOT
from shop_stores import event_types
from shop_stores.tracker_store import SESSION_INDEX, ShopTrackerStore

# Sessions as the long-session carry-over leaves them: opened as Rasa opens one (3 events), then
# 23 search turns of 5 events.
SESSION_EVENTS = 3 + 23 * 5
# A loyal shopper: 25 full sessions, then 33 events of the current one (2,983 events), against a
# new shopper's 33; their current sessions are alike, so only the stored history differs.
NEW = 3 + 6 * 5
LOYAL = 25 * SESSION_EVENTS + NEW
SQLITE_STEP = 100  # the progress handler runs once every this many SQLite instructions


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(PROJECT_ROOT / "domain.yml"))


def open_store(url: str, domain: Domain, monkeypatch) -> ShopTrackerStore:
    monkeypatch.setenv("SHOP_TRACKER_STORE_URL", url)
    return ShopTrackerStore(domain)


def search_turn(turn: int, clock: float) -> list:
    events = [
        UserUttered("red dress", {"name": "search_products", "confidence": 0.98}),
        ActionExecuted("action_search_products"),
        BotUttered(f"I found {turn} red dresses."),
        SlotSet("current_product", f"dress-{turn}"),
        ActionExecuted("action_listen"),
    ]
    for offset, event in enumerate(events):
        event.timestamp = clock + offset / 1000
    return events


def store_history(store: SQLTrackerStore, sender: str, count: int, clock: float = 1.7e9) -> None:
    """`count` stored events of one shopper, in sessions as Rasa opens them, written at once."""
    events: list = []
    turn = 0
    session_start = 0
    while len(events) < count:
        if not events or len(events) - session_start >= SESSION_EVENTS:
            session_start = len(events)
            opening = [ActionExecuted("action_session_start"), SessionStarted(),
                       ActionExecuted("action_listen")]  # fmt: skip
            for event in opening:
                event.timestamp = clock
                clock += 0.001
            events += opening
        else:
            events += search_turn(turn, clock)
            turn += 1
            clock += 1.0
    rows = []
    for event in events[:count]:
        data = event.as_dict()
        rows.append(
            {
                "sender_id": sender,
                "type_name": event.type_name,
                "timestamp": data["timestamp"],
                "action_name": data.get("name"),
                "data": json.dumps(data),
            }
        )
    with store.engine.begin() as connection:
        connection.execute(store.SQLEvent.__table__.insert(), rows)
        if connection.dialect.name == "postgresql":
            connection.execute(sa.text("analyze events"))  # as autovacuum would


def next_turn(store: ShopTrackerStore, sender: str, turn: int):
    """The shopper's tracker as Rasa loads it, with one more search turn."""
    tracker = asyncio.run(store.retrieve(sender))
    for event in search_turn(turn, 1.8e9 + turn):
        tracker.update(event)
    return tracker


# ----------------------------------------------------------------------------------- SQLite


def sqlite_work(store: ShopTrackerStore, action) -> int:
    """SQLite instructions (in SQLITE_STEP units) that `action()` makes the database run."""
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0  # 0: carry on

    def on_checkout(dbapi_connection, _record, _proxy) -> None:
        dbapi_connection.set_progress_handler(count, SQLITE_STEP)

    sa.event.listen(store.engine, "checkout", on_checkout)
    try:
        action()
    finally:
        sa.event.remove(store.engine, "checkout", on_checkout)
    return steps[0]


def test_on_sqlite_a_save_costs_the_same_at_3000_stored_events_as_at_30(
    tmp_path, domain, monkeypatch
):
    store = open_store(f"sqlite:///{tmp_path / 'conversations.db'}", domain, monkeypatch)
    store_history(store, "new-shopper", NEW)
    store_history(store, "loyal-shopper", LOYAL)

    work = {}
    for sender in ("new-shopper", "loyal-shopper"):
        tracker = next_turn(store, sender, turn=1)
        work[f"save {sender}"] = sqlite_work(store, partial(run, store.save(tracker)))
        work[f"load {sender}"] = sqlite_work(store, partial(run, store.retrieve(sender)))

    # Rasa's queries: the loyal shopper's save ran ~30x the instructions of the new shopper's
    # (every stored row read twice); reading one session by index, about the same.
    assert work["save loyal-shopper"] <= 2 * work["save new-shopper"] + 20, work
    assert work["load loyal-shopper"] <= 2 * work["load new-shopper"] + 20, work


def test_the_index_is_added_to_a_conversations_database_made_before_it(
    tmp_path, domain, monkeypatch
):
    url = f"sqlite:///{tmp_path / 'conversations.db'}"
    old = SQLTrackerStore(domain, host=url)  # the table as Rasa makes it
    store_history(old, "ann", 200)
    old.engine.dispose()
    indexes = {index["name"] for index in sa.inspect(sa.create_engine(url)).get_indexes("events")}
    assert SESSION_INDEX.name not in indexes

    store = open_store(url, domain, monkeypatch)
    indexes = {index["name"] for index in sa.inspect(store.engine).get_indexes("events")}
    assert SESSION_INDEX.name in indexes
    assert len(asyncio.run(store.retrieve_full_tracker("ann")).events) == 200  # nothing lost
    open_store(url, domain, monkeypatch)  # a second start finds it there


def test_the_shop_store_finds_the_same_events_as_rasas_own(tmp_path, domain, monkeypatch):
    store = open_store(f"sqlite:///{tmp_path / 'conversations.db'}", domain, monkeypatch)
    store_history(store, "several-sessions", 400)
    store_history(store, "one-session", 50)
    # A conversation that never started a session (written through Rasa's HTTP API, say).
    with store.engine.begin() as connection:
        connection.execute(
            store.SQLEvent.__table__.insert(),
            [{"sender_id": "no-session", "type_name": "action", "timestamp": None,
              "data": json.dumps(ActionExecuted("action_listen").as_dict())}] * 3,
        )  # fmt: skip

    def ids(query) -> list[int]:
        return [event.id for event in query.all()]

    for sender in ("several-sessions", "one-session", "no-session", "nobody"):
        for every_session in (False, True):
            with store.session_scope() as session:
                ours = ids(store._event_query(session, sender, every_session))
                rasas = ids(SQLTrackerStore._event_query(store, session, sender, every_session))
            assert ours == rasas, (sender, every_session)
    # From its last SessionStarted (`action_session_start`, just before it, is the old session's).
    assert len(ids_of_current(store, "several-sessions")) == 400 - 3 * SESSION_EVENTS - 1

    # A turn is written once: saving the same tracker again adds nothing.
    tracker = next_turn(store, "several-sessions", turn=1)
    asyncio.run(store.save(tracker))
    asyncio.run(store.save(tracker))
    assert asyncio.run(store.retrieve("several-sessions")).events == tracker.events


def ids_of_current(store: ShopTrackerStore, sender: str) -> list[int]:
    with store.session_scope() as session:
        return [event.id for event in store._event_query(session, sender, False).all()]


# ------------------------------------------------------------------------------- PostgreSQL


def rows_read(plan: dict) -> int:
    """Rows a PostgreSQL plan's scans read: those they returned and those they filtered out."""
    read = 0
    if plan["Node Type"].endswith("Scan") and plan["Node Type"] != "Bitmap Index Scan":
        loops = plan.get("Actual Loops", 1)
        read += (plan["Actual Rows"] + plan.get("Rows Removed by Filter", 0)) * loops
    return read + sum(rows_read(child) for child in plan.get("Plans", []))


def postgres_work(store: ShopTrackerStore, action) -> tuple[int, list[str]]:
    """Rows read by the SELECTs `action()` runs (each run again under EXPLAIN ANALYZE), and the
    indexes their plans use."""
    statements: list[tuple[str, object]] = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    sa.event.listen(store.engine, "before_cursor_execute", remember)
    try:
        action()
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", remember)
    read, plans = 0, []
    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        for statement, parameters in statements:
            cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + statement, parameters)
            plan = cursor.fetchone()[0][0]["Plan"]
            read += rows_read(plan)
            plans.append(json.dumps(plan))
        raw.rollback()
    finally:
        raw.close()
    return read, plans


@pytest.mark.postgres
def test_on_postgres_a_save_reads_one_session_not_the_whole_conversation(
    postgres_db, domain, monkeypatch
):
    store = open_store(postgres_db, domain, monkeypatch)
    store_history(store, "loyal-shopper", LOYAL)
    for other in range(20):  # other shoppers, so that the table is a shop's, not one shopper's
        store_history(store, f"shopper-{other}", 300)

    tracker = next_turn(store, "loyal-shopper", turn=1)
    save_read, save_plans = postgres_work(store, lambda: asyncio.run(store.save(tracker)))
    load_read, load_plans = postgres_work(
        store, lambda: asyncio.run(store.retrieve("loyal-shopper"))
    )
    store.engine.dispose()

    # The current session holds 33 events plus the turn's 5; Rasa's queries read all 2,988
    # rows of the shopper twice in each.
    assert save_read <= 100, save_plans
    assert load_read <= 150, load_plans
    assert all(SESSION_INDEX.name in plan for plan in save_plans), save_plans


# ------------------------------------------------------------------------ turning rows to events


def test_loading_a_session_looks_each_event_class_up_once_not_per_event(
    tmp_path, domain, monkeypatch
):
    store = open_store(f"sqlite:///{tmp_path / 'conversations.db'}", domain, monkeypatch)
    store_history(store, "ann", SESSION_EVENTS)  # one whole session, loaded in full
    searches = []
    rasas_search = common.all_subclasses

    def counting(cls):
        searches.append(cls)
        return rasas_search(cls)

    monkeypatch.setattr(common, "all_subclasses", counting)
    asyncio.run(store.retrieve("ann"))
    asyncio.run(store.retrieve("ann"))
    # Rasa searched every subclass of Event once per event: 234 searches here.
    assert searches.count(Event) <= 6  # at most once per kind of event in the session


def test_the_remembered_event_classes_are_rasas():
    for event_class in common.all_subclasses(Event):
        assert event_types.resolve_by_type(event_class.type_name) is (
            event_types._rasas_resolve_by_type(event_class.type_name)
        )
    assert event_types.resolve_by_type("topic") is None  # Rasa's answer for old TopicSet events
    assert event_types.resolve_by_type("no_such_event", default=SlotSet) is SlotSet
    with pytest.raises(ValueError, match="Unknown event name"):
        event_types.resolve_by_type("no_such_event")
