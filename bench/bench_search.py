"""Product search on big catalogs: p50/p99 per query shape at ~10k, ~100k and ~1M variants.

The big catalogs are the demo catalog copied N times (new handles and SKUs, same titles, prices,
sizes, colours and tags), built once and cached: SQLite files under var/bench/, PostgreSQL
databases named shop_bench_xN on SHOP_BENCH_POSTGRES_URL's server (default
postgresql://postgres@127.0.0.1:5432/postgres; skipped, saying so, when none answers). Opening a
cached catalog brings its schema to the newest migration, as a shop's store would be.

Planner statistics as a shop's store has them: none on SQLite (nothing in the shop runs ANALYZE,
so SQLite plans without them), fresh on PostgreSQL (autovacuum's VACUUM ANALYZE, run here once
after building, also marks the pages all-visible, which index-only scans need).

Each shape is timed as the assistant runs it for a search message (actions/search_results.py
`show_results`): `sells_kind`, `find_products` for the first page and, when nothing fits,
`find_alternatives`. Wall-clock milliseconds and, for SQLite (which runs in this process), CPU
milliseconds, which the machine's load does not inflate. Written to reports/bench-search.json.

    .venv/bin/python bench/bench_search.py                      # x3 and x30 on SQLite, x289 on PostgreSQL
    .venv/bin/python bench/bench_search.py --sqlite 30 --postgres 30 289 --repeat 50
    .venv/bin/python bench/bench_search.py --explain             # the query plans, per shape
    .venv/bin/python bench/bench_search.py --postgres 289 --shape "cheapest first"  # some shapes
    .venv/bin/python bench/bench_search.py --sqlite 30 --postgres --statements  # where a shape's time goes
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.engine import Engine, make_url

from commerce.db import get_engine, session_scope
from commerce.kind_sizes import refill_kind_sizes
from commerce.models import Variant, refill_size_prices
from commerce.search import ProductQuery, find_alternatives, find_products, sells_kind

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CACHE = PROJECT_ROOT / "var" / "bench"
SOURCE = PROJECT_ROOT / "var" / "shop.db"  # the imported demo catalog (make catalog)
POSTGRES_URL = os.environ.get(
    "SHOP_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)

# What shoppers ask, as the NLU hands it to the search. The zero-result shapes find nothing in
# any copy of the demo catalog (checked at each run) and so also run find_alternatives.
SHAPES: dict[str, ProductQuery] = {
    "kind (oxfords)": ProductQuery(category="oxfords"),
    "kind + colour (red dress)": ProductQuery(category="dresses", colour="red"),
    "the article's search (dress shoes, black, size 10, black tie, < $150)": ProductQuery(
        category="dress shoes", colour="black", size="10", occasions=("black-tie", "party"),
        price_max=Decimal("150"),
    ),
    "kind + size, cheapest first": ProductQuery(category="shoes", size="9", sort="price_asc"),
    "kind, cheapest first (dresses)": ProductQuery(category="dresses", sort="price_asc"),
    "colour only, not a kind (navy)": ProductQuery(colour="navy"),
    "product name (windsor)": ProductQuery(product="windsor"),
    "ruled out (oxfords, not black)": ProductQuery(category="oxfords", not_colours=("black",)),
    "feature (suede)": ProductQuery(features=("suede",)),
    "best sellers": ProductQuery(sort="popular"),
    "everything, size M": ProductQuery(size="m"),
    "zero results: occasion + size + price (wedding, size 15, < $20)": ProductQuery(
        occasions=("wedding",), size="15", price_max=Decimal("20"),
    ),
    "zero results: kind + colour + size + price (black-tie suits, pink, 52L, < $50)": ProductQuery(
        category="suits", colour="pink", size="52l", occasions=("black-tie",),
        price_max=Decimal("50"),
    ),
    "zero results: kind + size (dresses in size 13)": ProductQuery(category="dresses", size="13"),
}  # fmt: skip
ZERO = "zero results"


def progress(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


# ---------------------------------------------------------------------------------------------
# Building the catalogs
# ---------------------------------------------------------------------------------------------

TABLES = ("product", "product_tag", "variant", "variant_size_key")


def _source_rows() -> dict[str, tuple[list[str], list[tuple]]]:
    """The demo catalog's rows, table by table, read from the imported store."""
    engine = create_engine(f"sqlite:///{SOURCE}", future=True)
    rows = {}
    with engine.connect() as connection:
        for table in TABLES:
            result = connection.execute(text(f"select * from {table} order by 1"))
            rows[table] = (list(result.keys()), [tuple(row) for row in result])
    engine.dispose()
    return rows


def _copies(source, copies: int, table: str) -> Callable[[int], list[tuple]]:
    """Copy number k of a table's rows: ids, handles, SKUs and positions moved past the others."""
    columns, rows = source[table]
    products, variants = source["product"][1], source["variant"][1]
    product_span = max(row[0] for row in products) + 1
    variant_span = max(row[0] for row in variants) + 1
    position_span = max(row[10] for row in products) + 1  # product.position

    def copy(k: int) -> list[tuple]:
        out = []
        for row in rows:
            row = list(row)
            for index, name in enumerate(columns):
                value = row[index]
                if value is None:
                    continue
                if (table == "product" and name == "id") or name == "product_id":
                    row[index] = value + k * product_span
                elif (table == "variant" and name == "id") or name == "variant_id":
                    row[index] = value + k * variant_span
                elif name in ("handle", "sku") and k:
                    row[index] = f"{value}-x{k}"
                elif name == "position" and table == "product":
                    row[index] = value + k * position_span
            out.append(tuple(row))
        return out

    return copy


def _fill(engine: Engine, copies: int) -> None:
    source = _source_rows()
    started = time.monotonic()
    with engine.begin() as connection:
        raw = connection.connection
        for table in TABLES:
            columns = source[table][0]
            copy = _copies(source, copies, table)
            for k in range(copies):
                rows = copy(k)
                if engine.dialect.name == "postgresql":
                    buffer = io.StringIO()
                    for row in rows:
                        buffer.write("\t".join(_pg_text(value) for value in row) + "\n")
                    buffer.seek(0)
                    raw.cursor().copy_expert(
                        f"copy {table} ({', '.join(columns)}) from stdin", buffer
                    )
                else:
                    marks = ", ".join("?" * len(columns))
                    raw.cursor().executemany(
                        f"insert into {table} ({', '.join(columns)}) values ({marks})", rows
                    )
                if k % 20 == 19 or k == copies - 1:
                    progress(f"  {table}: {k + 1}/{copies} copies")
        refill_size_prices(connection)  # what the import's ORM writes would have kept
        refill_kind_sizes(connection)
        progress("  product_size_price, kind_size: filled")
    if engine.dialect.name == "postgresql":
        _vacuum(engine)
    progress(f"  filled in {time.monotonic() - started:.0f}s")


def _vacuum(engine: Engine) -> None:
    """What autovacuum does to a store after a big import (this server may run without it)."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("vacuum analyze"))


def _pg_text(value) -> str:
    if value is None:
        return r"\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    text_value = str(value)
    return (
        text_value.replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r")
    )


def sqlite_catalog(copies: int) -> Engine:
    """The demo catalog x `copies` in var/bench/shop-xN.db (built on first use)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"shop-x{copies}.db"
    ready = CACHE / f"shop-x{copies}.db.ready"
    if not ready.exists():
        for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            stale.unlink(missing_ok=True)
        progress(f"building {path.name} (demo catalog x{copies})")
        engine = get_engine(f"sqlite:///{path}")
        _fill(engine, copies)
        ready.touch()
        return engine
    engine = get_engine(f"sqlite:///{path}")
    with engine.begin() as connection:  # a catalog cached by an earlier bench ran ANALYZE
        connection.execute(text("drop table if exists sqlite_stat1"))
    return engine


def postgres_catalog(copies: int) -> Engine | None:
    """The demo catalog x `copies` in database shop_bench_xN (built on first use); None if no
    PostgreSQL server answers."""
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT", future=True)
    name = f"shop_bench_x{copies}"
    try:
        with admin.connect() as connection:
            exists = connection.scalar(
                text("select 1 from pg_database where datname = :name"), {"name": name}
            )
            url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
            if exists:
                engine = get_engine(url)
                with engine.connect() as check:
                    marked = check.execute(
                        text("select 1 from pg_tables where tablename = 'bench_ready'")
                    ).first()
                    vacuumed = check.scalar(
                        text(
                            "select last_vacuum from pg_stat_user_tables where relname = 'variant'"
                        )
                    )
                if marked:
                    if vacuumed is None:  # built by an earlier bench, which did not vacuum
                        _vacuum(engine)
                    return engine
                engine.dispose()
                connection.execute(text(f'drop database "{name}" with (force)'))
            connection.execute(text(f'create database "{name}"'))
    except Exception as error:  # no server: say so and go on with SQLite
        progress(f"PostgreSQL not reachable at {POSTGRES_URL}: {error.__class__.__name__}")
        return None
    finally:
        admin.dispose()
    progress(f"building PostgreSQL database {name} (demo catalog x{copies})")
    engine = get_engine(url)
    _fill(engine, copies)
    with engine.begin() as connection:
        connection.execute(text("create table bench_ready (built_at timestamptz default now())"))
    return engine


# ---------------------------------------------------------------------------------------------
# Timing
# ---------------------------------------------------------------------------------------------


def run_search(session, query: ProductQuery) -> int:
    """What the assistant does in the store for one search message; the number of results."""
    if query.category and not sells_kind(session, query.category):
        return 0
    result = find_products(session, query, limit=3)
    if not result.matches:
        alternatives = find_alternatives(session, query, limit=3)
        if set(alternatives.dropped) == {"size"}:  # the reply names the sizes in stock then
            _ = alternatives.available_sizes  # (actions/search_replies.py, alternatives_text)
    return result.total


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def time_shapes(engine: Engine, repeat: int, only: list[str]) -> dict[str, dict[str, float]]:
    figures = {}
    statements: list[str] = []

    def count_statement(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    with session_scope(engine) as session:
        variants = session.scalar(select(func.count()).select_from(Variant))
        for name, query in SHAPES.items():
            if only and not any(part in name for part in only):
                continue
            event.listen(engine, "before_cursor_execute", count_statement)
            try:
                total = run_search(session, query)  # warm: caches, the lexicon
            finally:
                event.remove(engine, "before_cursor_execute", count_statement)
            if name.startswith(ZERO) and total:
                raise AssertionError(f"{name}: expected no results, found {total}")
            wall, cpu = [], []
            for _ in range(repeat):
                started, started_cpu = time.perf_counter(), time.process_time()
                run_search(session, query)
                cpu.append((time.process_time() - started_cpu) * 1000)
                wall.append((time.perf_counter() - started) * 1000)
                session.rollback()  # a fresh transaction per search, as in the action server
            figures[name] = {
                "results": total,
                "statements": sum(1 for text in statements if "SELECT" in text.upper()),
                "p50 ms": statistics.median(wall),
                "p99 ms": percentile(wall, 99),
                "cpu p50 ms": statistics.median(cpu),
                "cpu p99 ms": percentile(cpu, 99),
            }
            statements.clear()
    figures["_variants"] = {"count": variants}
    return figures


def explain(engine: Engine) -> None:
    """Print each statement a shape runs and the database's plan for it."""
    statements: list[tuple[str, dict]] = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", remember)
    try:
        for name, query in SHAPES.items():
            statements.clear()
            with session_scope(engine) as session:
                run_search(session, query)
            print(f"\n=== {name}")
            for statement, parameters in list(statements):
                if not statement.lstrip().lower().startswith("select"):
                    continue
                with engine.connect() as connection:
                    prefix = (
                        "explain (analyze, costs off, timing off, summary on) "
                        if engine.dialect.name == "postgresql"
                        else "explain query plan "
                    )
                    rows = connection.exec_driver_sql(prefix + statement, parameters).all()
                print("  " + " ".join(statement.split())[:300])
                for row in rows:
                    print("     ", row[-1])
    finally:
        event.remove(engine, "before_cursor_execute", remember)


def statement_costs(engine: Engine, repeat: int) -> None:
    """Print, per shape, its CPU time and each statement's (medians of `repeat` searches, SQLite
    only: the database runs in this process), to see what is worth changing. A statement's time
    is its `execute`, where SQLite finds the first row; later rows are read while fetching and
    count as the rest (which is mostly SQLAlchemy building, compiling and reading results)."""
    started: list[float] = []
    spent: list[tuple[str, float]] = []

    def before(conn, cursor, statement, parameters, context, executemany):
        started.append(time.process_time())

    def after(conn, cursor, statement, parameters, context, executemany):
        spent.append((" ".join(statement.split()), (time.process_time() - started.pop()) * 1000))

    for name, query in SHAPES.items():
        with session_scope(engine) as session:
            run_search(session, query)  # warm
        runs, totals = [], []
        event.listen(engine, "before_cursor_execute", before)
        event.listen(engine, "after_cursor_execute", after)
        try:
            for _ in range(repeat):
                spent.clear()
                started_cpu = time.process_time()
                with session_scope(engine) as session:
                    run_search(session, query)
                totals.append((time.process_time() - started_cpu) * 1000)
                runs.append(list(spent))
        finally:
            event.remove(engine, "before_cursor_execute", before)
            event.remove(engine, "after_cursor_execute", after)
        costs = [statistics.median(run[k][1] for run in runs) for k in range(len(runs[0]))]
        print(f"\n=== {name}: CPU p50 {statistics.median(totals):.1f} ms, of which in "
              f"{len(costs)} statements {sum(costs):.1f} ms")  # fmt: skip
        for (statement, _), cost in zip(runs[0], costs, strict=True):
            if cost >= 0.3:
                print(f"  {cost:6.2f}  {statement[:150]}")


def print_table(title: str, figures: dict[str, dict[str, float]], cpu: bool) -> None:
    variants = figures["_variants"]["count"]
    print(f"\n{title}: {variants:,} variants")
    head = f"{'shape':82s} {'found':>6s} {'SQL':>4s} {'p50 ms':>7s} {'p99 ms':>7s}"
    print(head + (f" {'CPU p50':>8s} {'CPU p99':>8s}" if cpu else ""))
    for name, row in figures.items():
        if name.startswith("_"):
            continue
        line = (
            f"{name:82s} {row['results']:6.0f} {row['statements']:4d} "
            f"{row['p50 ms']:7.1f} {row['p99 ms']:7.1f}"
        )
        print(line + (f" {row['cpu p50 ms']:8.1f} {row['cpu p99 ms']:8.1f}" if cpu else ""))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--sqlite", type=int, nargs="*", default=[3, 30], help="copies")
    parser.add_argument("--postgres", type=int, nargs="*", default=[289], help="copies")
    parser.add_argument("--repeat", type=int, default=30, help="timed runs per shape")
    parser.add_argument(
        "--shape", action="append", default=[], help="time only the shapes whose name has this"
    )
    parser.add_argument("--explain", action="store_true", help="print the query plans instead")
    parser.add_argument(
        "--statements", action="store_true", help="print each statement's CPU time instead"
    )
    args = parser.parse_args()
    if not SOURCE.exists():
        sys.exit(f"{SOURCE} is missing: run `make catalog` first")
    load = os.getloadavg()[0]
    results: dict[str, dict] = {"load average at start": load}
    for copies in args.sqlite:
        engine = sqlite_catalog(copies)
        if args.explain:
            explain(engine)
            continue
        if args.statements:
            statement_costs(engine, args.repeat)
            continue
        progress(f"timing SQLite x{copies}")
        figures = time_shapes(engine, args.repeat, args.shape)
        results[f"sqlite x{copies}"] = figures
        print_table(f"SQLite, demo catalog x{copies}", figures, cpu=True)
    for copies in [] if args.statements else args.postgres:  # SQLite only, see statement_costs
        engine = postgres_catalog(copies)
        if engine is None:
            continue
        if args.explain:
            explain(engine)
            continue
        progress(f"timing PostgreSQL x{copies}")
        figures = time_shapes(engine, args.repeat, args.shape)
        results[f"postgresql x{copies}"] = figures
        print_table(f"PostgreSQL, demo catalog x{copies}", figures, cpu=False)
    if args.explain or args.statements:
        return
    print(f"\nLoad average (1 min) at the start: {load:.1f} on {os.cpu_count()} cores; "
          f"at the end: {os.getloadavg()[0]:.1f}")  # fmt: skip
    reports = PROJECT_ROOT / "reports"
    reports.mkdir(exist_ok=True)
    (reports / "bench-search.json").write_text(json.dumps(results, indent=2))
    print(f"Written to {reports / 'bench-search.json'}")


if __name__ == "__main__":
    main()
