"""Does saving a turn cost more as a shopper's stored conversation grows? The tracker store alone.

Fills a fresh conversations database with one shopper's history of ~300 and then ~3,000 stored
events (in sessions of ~120 events, as the long-session carry-over leaves them) among other
shoppers' conversations, then runs turns as Rasa does: `retrieve` the shopper's tracker, add a
search turn's five events, `save`. Reports the median and p90 milliseconds of `save` and of
`retrieve` at each size, and prints each SELECT a save runs with its query plan (EXPLAIN ANALYZE
on PostgreSQL, EXPLAIN QUERY PLAN on SQLite).

    .venv/bin/python bench/bench_tracker_store.py                       # SQLite, a temporary file
    .venv/bin/python bench/bench_tracker_store.py --postgres            # a scratch database on
        # SHOP_BENCH_POSTGRES_URL's server (default postgresql://postgres@127.0.0.1:5432/postgres)
    .venv/bin/python bench/bench_tracker_store.py --store rasa          # Rasa's SQLTrackerStore

`--store rasa` runs Rasa's own `SQLTrackerStore` on the same data: the queries the shop's store
ran before it counted by index (docs/performance.md, section 2).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_turns import scratch_postgres  # noqa: E402
from rasa.core.tracker_store import SQLTrackerStore  # noqa: E402
from rasa.shared.core.domain import Domain  # noqa: E402
from rasa.shared.core.events import (  # noqa: E402
    ActionExecuted,
    BotUttered,
    SessionStarted,
    SlotSet,
    UserUttered,
)

from devtools.servers import PROJECT_ROOT  # noqa: E402

SENDER = "long-shopper"
SESSION_EVENTS = 120  # SHOP_SESSION_MAX_EVENTS's default


def search_turn(turn: int, timestamp: float) -> list:
    """The five events of one search turn, as the shop's Rasa server stores them."""
    events = [
        UserUttered(
            "red dress",
            {"name": "search_products", "confidence": 0.98},
            [{"entity": "colour", "value": "red"}, {"entity": "category", "value": "dress"}],
        ),
        ActionExecuted("action_search_products"),
        BotUttered(f"I found {turn} red dresses.", {"buttons": [], "elements": []}),
        SlotSet("current_product", f"dress-{turn}"),
        ActionExecuted("action_listen"),
    ]
    for offset, event in enumerate(events):
        event.timestamp = timestamp + offset / 1000
    return events


def history_rows(sender: str, count: int, start: float) -> list[dict]:
    """`count` stored events of one shopper: sessions of SESSION_EVENTS events, each opened as
    Rasa opens one."""
    rows: list[dict] = []
    turn = 0
    clock = start
    session_start = 0
    while len(rows) < count:
        if not rows or len(rows) - session_start >= SESSION_EVENTS:
            session_start = len(rows)
            opening = [ActionExecuted("action_session_start"), SessionStarted(),
                       ActionExecuted("action_listen")]  # fmt: skip
            for event in opening:
                event.timestamp = clock
                clock += 0.001
            events = opening
        else:
            events = search_turn(turn, clock)
            turn += 1
            clock += 1.0
        for event in events:
            data = event.as_dict()
            rows.append(
                {
                    "sender_id": sender,
                    "type_name": event.type_name,
                    "timestamp": data["timestamp"],
                    "intent_name": data.get("parse_data", {}).get("intent", {}).get("name"),
                    "action_name": data.get("name"),
                    "data": json.dumps(data),
                }
            )
    return rows[:count]


@contextmanager
def scratch_database(postgres: bool) -> Iterator[str]:
    """A new, empty database for the run: its URL."""
    if postgres:
        with scratch_postgres("shop_bench_tracker") as url:
            yield url
        return
    with tempfile.TemporaryDirectory(prefix="shop-tracker-bench-") as temp:
        yield f"sqlite:///{Path(temp) / 'conversations.db'}"


def open_store(kind: str, url: str, domain: Domain) -> SQLTrackerStore:
    if kind == "rasa":
        return SQLTrackerStore(domain, host=url)
    os.environ["SHOP_TRACKER_STORE_URL"] = url
    from shop_stores.tracker_store import ShopTrackerStore

    return ShopTrackerStore(domain)


def insert(store: SQLTrackerStore, rows: list[dict]) -> None:
    with store.engine.begin() as connection:
        for start in range(0, len(rows), 5000):
            connection.execute(store.SQLEvent.__table__.insert(), rows[start : start + 5000])
        if connection.dialect.name == "postgresql":
            connection.execute(sa.text("analyze events"))


def measure(
    store: SQLTrackerStore, sender: str, turns: int, first_turn: int
) -> dict[str, list[float]]:
    """Milliseconds of `retrieve` and `save` for `turns` search turns of the shopper, and the
    CPU milliseconds of this process in `save` (all of SQLite's work, none of PostgreSQL's)."""
    times: dict[str, list[float]] = {"retrieve": [], "save": [], "save CPU": []}

    async def run() -> None:
        for turn in range(first_turn, first_turn + turns):
            started = time.perf_counter()
            tracker = await store.retrieve(sender)
            times["retrieve"].append((time.perf_counter() - started) * 1000)
            for event in search_turn(turn, time.time()):
                tracker.update(event)
            started, cpu = time.perf_counter(), time.process_time()
            await store.save(tracker)
            times["save"].append((time.perf_counter() - started) * 1000)
            times["save CPU"].append((time.process_time() - cpu) * 1000)

    asyncio.run(run())
    return times


def explain_a_save(store: SQLTrackerStore, sender: str) -> None:
    """Each SELECT one save runs, with its plan."""
    statements: list[tuple[str, object]] = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    sa.event.listen(store.engine, "before_cursor_execute", remember)

    async def one_turn() -> None:
        tracker = await store.retrieve(sender)
        statements.clear()  # the save's own statements
        for event in search_turn(0, time.time()):
            tracker.update(event)
        await store.save(tracker)

    asyncio.run(one_turn())
    sa.event.remove(store.engine, "before_cursor_execute", remember)
    postgres = store.engine.dialect.name == "postgresql"
    prefix = "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " if postgres else "EXPLAIN QUERY PLAN "
    with store.engine.connect() as connection:
        for statement, parameters in statements:
            print("\n" + " ".join(statement.split()))
            cursor = connection.connection.cursor()
            cursor.execute(prefix + statement, parameters)
            for row in cursor.fetchall():
                print("   ", row[0] if postgres else row[-1])
            cursor.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL instead of SQLite")
    parser.add_argument("--store", choices=("shop", "rasa"), default="shop")
    parser.add_argument("--sizes", type=int, nargs="+", default=[300, 3000])
    parser.add_argument("--others", type=int, default=200, help="other shoppers, 300 events each")
    parser.add_argument("--turns", type=int, default=30, help="turns measured at each size")
    parser.add_argument("--explain", action="store_true", help="print a save's query plans")
    args = parser.parse_args()
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    domain = Domain.load(str(PROJECT_ROOT / "domain.yml"))
    figures = {}
    with scratch_database(args.postgres) as url:
        store = open_store(args.store, url, domain)
        clock = time.time() - 10 * 86400
        others = [
            row for n in range(args.others) for row in history_rows(f"shopper-{n}", 300, clock)
        ]
        insert(store, others)
        for size in sorted(args.sizes):
            sender = f"{SENDER}-{size}"  # one shopper per size, its history stored at once
            insert(store, history_rows(sender, size, clock))
            figures[size] = measure(store, sender, args.turns, first_turn=size)
            if args.explain:
                print(
                    f"\n--- a save with {size + 5 * args.turns:,d} events of the shopper stored ---"
                )
                explain_a_save(store, sender)
        store.engine.dispose()
    backend = "PostgreSQL" if args.postgres else "SQLite"
    print(f"\n{args.store} store on {backend}, {args.others} other shoppers x 300 events, "
          f"{args.turns} turns per size (load average {os.getloadavg()[0]:.1f}, "
          f"{os.cpu_count()} cores):")  # fmt: skip
    print(f"  {'events of the shopper':>22s} {'save p50':>9s} {'save p90':>9s} "
          f"{'save CPU p50':>13s} {'retrieve p50':>13s} {'retrieve p90':>13s}  (ms)")  # fmt: skip
    for size, times in figures.items():
        save, load = sorted(times["save"]), sorted(times["retrieve"])
        print(f"  {size:>22,d} {statistics.median(save):9.2f} {save[int(0.9 * len(save))]:9.2f} "
              f"{statistics.median(times['save CPU']):13.2f} "
              f"{statistics.median(load):13.2f} {load[int(0.9 * len(load))]:13.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
