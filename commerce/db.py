"""Database engine and sessions: the one place that connects to the store's database."""

from __future__ import annotations

import logging
import os
import threading
import weakref
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import Pool, QueuePool

from commerce import alerts, handoff, kind_sizes  # noqa: F401  (their tables are on Base.metadata only once imported)
from commerce.config import load_settings
from commerce.models import Base

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"  # Alembic's scripts
BASELINE_REVISION = "0001_baseline"  # the store as it was before migrations existed
_MIGRATION_LOCK = 7_362_641  # a PostgreSQL advisory lock: one process migrates at a time


def get_engine(database_url: str | None = None) -> Engine:
    """The engine for `database_url`, by default the configured store (one engine per URL).

    On first use the store's schema is brought to the newest migration (`create_schema`).
    """
    database_url = database_url or load_settings().database_url
    with _ENGINES_LOCK:
        engine = _ENGINES.get(database_url)
        if engine is not None:
            _ENGINES.move_to_end(database_url)
            return engine
        engine = _ENGINES[database_url] = _engine_for(database_url)
        while len(_ENGINES) > _ENGINES_KEPT:
            dropped = _ENGINES.popitem(last=False)[1]
            # Its pooled connections are closed now, not whenever the garbage collector reaches
            # the engine (a test session opens a store per test). It still works for whoever
            # holds it, on new connections. A database in memory would be lost: it stays.
            if isinstance(dropped.pool, QueuePool):
                dropped.dispose()
    return engine


_ENGINES: OrderedDict[str, Engine] = OrderedDict()  # by URL, the most recently asked for last
_ENGINES_KEPT = 8
_ENGINES_LOCK = threading.RLock()


def _engine_for(database_url: str) -> Engine:
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        in_memory = url.database in (None, "", ":memory:") or url.query.get("mode") == "memory"
        pooling = {}
        if not in_memory:
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
            # SQLAlchemy 1.4 opens a SQLite file anew for every session (NullPool): its pragmas,
            # schema and page cache each time, ~2 ms of CPU a search (docs/performance.md,
            # section 3.1). A pool lends each connection to one session at a time, whichever
            # thread it runs on (hence check_same_thread=False). In memory stays as SQLAlchemy
            # has it: one database per thread (SingletonThreadPool).
            pooling["poolclass"] = QueuePool
        engine = create_engine(
            url, future=True, connect_args={"check_same_thread": False}, **pooling
        )
        event.listen(engine, "connect", _tune_sqlite)
        event.listen(engine, "begin", _begin_sqlite)
        if not in_memory:
            _POOLED_SQLITE.add(engine)
    else:
        engine = create_engine(url, future=True, pool_pre_ping=True)
    # A store made by an earlier version is upgraded in place, keeping its rows.
    create_schema(engine)
    return engine


# Pooled SQLite engines, for a forked process to leave their connections alone (`_after_fork`).
_POOLED_SQLITE: weakref.WeakSet[Engine] = weakref.WeakSet()
# The parent's connections, held in a forked child so that they are never used or closed there.
_INHERITED: list[Pool] = []


def _after_fork() -> None:
    # SQLite forbids using (or closing) in a child a connection opened before fork: "All kinds
    # of locking problems will result" (sqlite.org/howtocorrupt.html, 2.6). The child starts
    # new pools and keeps the parent's (dropping them would close their connections).
    for engine in list(_POOLED_SQLITE):
        _INHERITED.append(engine.pool)
        engine.dispose(close=False)


os.register_at_fork(after_in_child=_after_fork)


def _tune_sqlite(dbapi_connection, _record) -> None:
    # pysqlite would BEGIN on its own, too late and always DEFERRED; `_begin_sqlite` does it instead
    # (SQLAlchemy's documented recipe, which also makes SAVEPOINT work).
    dbapi_connection.isolation_level = None
    # WAL lets the action server read while an import writes; foreign keys are off by default.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _begin_sqlite(connection) -> None:
    # A transaction that will write starts IMMEDIATE: it takes the write lock up front, so two
    # checkouts queue up instead of both reading the same stock and one failing half-way.
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    # Only those (stock, orders) wait at their commit for the write-ahead log to reach the disk;
    # others (a search noting a shopper's colours) do not: 4 ms a search here. A power cut may
    # lose such notes, never an order, whose flush takes every note before it along.
    synchronous = "FULL" if mode == "IMMEDIATE" else "NORMAL"
    if connection.info.get("sqlite_synchronous") != synchronous:  # kept by the connection
        connection.exec_driver_sql(f"PRAGMA synchronous={synchronous}")
        connection.info["sqlite_synchronous"] = synchronous
    connection.exec_driver_sql(f"BEGIN {mode}")


class _LoggerAtWarning:
    """`with` it, a logger (and its children) passes on only warnings and errors; after the last
    thread inside has left, it is set back to its own level."""

    def __init__(self, name: str) -> None:
        self._logger = logging.getLogger(name)
        self._lock = threading.Lock()
        self._inside = 0
        self._level = logging.NOTSET

    def __enter__(self) -> None:
        with self._lock:
            if self._inside == 0:
                self._level = self._logger.level
                self._logger.setLevel(logging.WARNING)
            self._inside += 1

    def __exit__(self, *_exc) -> None:
        with self._lock:
            self._inside -= 1
            if self._inside == 0:
                self._logger.setLevel(self._level)


# Alembic says at INFO what it does, on import ("setup plugin ...") and on every check ("Context
# impl SQLiteImpl.", "Will assume non-transactional DDL."), and Rasa shows INFO on the terminal:
# the shopper at `make shell` need not read it. So the shop imports and runs Alembic only inside
# this; the `alembic` command line (migrations/README.md) does not come through here, and the
# shop's own loggers keep their level.
_ALEMBIC_AT_WARNING = _LoggerAtWarning("alembic")


def create_schema(engine: Engine) -> None:
    """Bring the store's schema to the newest migration (migrations/), keeping every row.

    A new, empty database gets every table at once and is marked up to date; a store made before
    migrations existed (tables, but no `alembic_version`) is marked as the baseline and upgraded.
    """
    with _ALEMBIC_AT_WARNING:
        _migrate(engine)


def _migrate(engine: Engine) -> None:
    from alembic import command  # imported here, where its INFO lines are held back
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    with _migration_connection(engine) as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        if current == head:
            return
        config.attributes["connection"] = connection  # migrations/env.py runs on it
        if current is None:
            if not set(inspect(connection).get_table_names()) & set(Base.metadata.tables):
                Base.metadata.create_all(connection)
                command.stamp(config, "head")
                return
            command.stamp(config, BASELINE_REVISION)
        command.upgrade(config, "head")


@contextmanager
def _migration_connection(engine: Engine) -> Iterator[Connection]:
    """One transaction that only one process at a time holds, for checking and migrating."""
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # SQLite migrations copy a table to change it; with foreign keys on, dropping the old
            # copy would cascade to other tables. SQLite ignores this PRAGMA inside a transaction.
            connection.connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.execution_options(sqlite_begin="IMMEDIATE").begin():
                if connection.dialect.name == "postgresql":
                    connection.execute(
                        text("select pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK}
                    )
                yield connection
        finally:
            if sqlite:
                connection.connection.execute("PRAGMA foreign_keys=ON")


# One session class for every session: a `sessionmaker` per session built a new class each time,
# 0.4-0.6 ms of CPU (every action, and the Rasa server's hand-over check on every message).
_SESSION = sessionmaker(future=True, expire_on_commit=False)


@contextmanager
def session_scope(engine: Engine | None = None, writes: bool = False) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error.

    Pass `writes=True` for work that changes stock or orders: on SQLite it then holds the write
    lock from its first statement (elsewhere row locks and conditional updates do the job).
    """
    engine = engine or get_engine()
    if writes:
        engine = engine.execution_options(sqlite_begin="IMMEDIATE")
    session = _SESSION(bind=engine)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
