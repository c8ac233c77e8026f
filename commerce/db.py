"""Database engine and sessions: the one place that connects to the store's database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from commerce import handoff  # noqa: F401  (its table is on Base.metadata only once imported)
from commerce.config import load_settings
from commerce.models import Base


def get_engine(database_url: str | None = None) -> Engine:
    """The engine for `database_url`, by default the configured store (one engine per URL).

    Missing tables are created on first use.
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
    # Tables added by a newer version (orders, carts...) appear in an older store; nothing else
    # is touched, so a store made by any earlier version keeps working.
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


def create_schema(engine: Engine) -> None:
    """Create the tables that do not exist yet."""
    Base.metadata.create_all(engine)


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
