"""The same report from PostgreSQL as from SQLite: Rasa's tracker store and the store on a
PostgreSQL server (read through a server-side cursor), against their copies in SQLite files."""

from __future__ import annotations

from sqlalchemy import MetaData, create_engine, select

from bench.bench_report import build
from commerce.analytics.events import EVENTS
from commerce.db import create_schema, get_engine
from tests.postgres.conftest import postgres_url  # noqa: F401  (the fixture)

STORE_TABLES = ("shop_order", "feedback")


def _copy(source_url: str, target_url: str, tables) -> None:
    source = create_engine(source_url, future=True)
    target = create_engine(target_url, future=True)
    with source.connect() as reading, target.begin() as writing:
        for table in tables:
            rows = [dict(row._mapping) for row in reading.execute(select(table))]
            if rows:
                writing.execute(table.insert(), rows)
    source.dispose()
    target.dispose()


def test_postgresql_gives_the_same_report_as_sqlite(postgres_url, report, tmp_path):  # noqa: F811
    tracker_url, store_url, first, last = build(tmp_path, conversations=300, days=5)
    store_tables = MetaData()
    store_tables.reflect(get_engine(store_url), only=STORE_TABLES)
    create_schema(get_engine(postgres_url))
    EVENTS.metadata.create_all(create_engine(postgres_url, future=True))
    _copy(tracker_url, postgres_url, [EVENTS])
    _copy(store_url, postgres_url, [store_tables.tables[name] for name in STORE_TABLES])

    on_sqlite = report(first, last, tracker_url, store_url)
    on_postgres = report(first, last, postgres_url, postgres_url)

    assert on_sqlite.status == on_postgres.status == 0
    assert int(on_sqlite.figure("conversations")) > 250
    assert int(on_sqlite.figure("ordered")) > 0 and int(on_sqlite.figure("ratings")) > 0
    for name in ("summary", "funnel", "containment", "not_understood", "csat", "latency",
                 "unserved_searches", "sold_out_asked", "busiest_hours"):  # fmt: skip
        assert on_postgres.csv(name) == on_sqlite.csv(name), name
