"""Database engine and sessions: the one place that connects to the store's database."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from commerce import alerts, handoff  # noqa: F401  (their tables are on Base.metadata only once imported)
from commerce.config import load_settings
from commerce.models import Base

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"  # Alembic's scripts
BASELINE_REVISION = "0001_baseline"  # the store as it was before migrations existed
_MIGRATION_LOCK = 7_362_641  # a PostgreSQL advisory lock: one process migrates at a time


def get_engine(database_url: str | None = None) -> Engine:
    """The engine for `database_url`, by default the configured store (one engine per URL).

    On first use the store's schema is brought to the newest migration (`create_schema`).
    """
    return _engine_for(database_url or load_settings().database_url)


@lru_cache(maxsize=8)
def _engine_for(database_url: str) -> Engine:
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, future=True, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _tune_sqlite)
        event.listen(engine, "begin", _begin_sqlite)
    else:
        engine = create_engine(url, future=True, pool_pre_ping=True)
    # A store made by an earlier version is upgraded in place, keeping its rows.
    create_schema(engine)
    return engine


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


@contextmanager
def session_scope(engine: Engine | None = None, writes: bool = False) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error.

    Pass `writes=True` for work that changes stock or orders: on SQLite it then holds the write
    lock from its first statement (elsewhere row locks and conditional updates do the job).
    """
    engine = engine or get_engine()
    if writes:
        engine = engine.execution_options(sqlite_begin="IMMEDIATE")
    session = sessionmaker(bind=engine, future=True, expire_on_commit=False)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
