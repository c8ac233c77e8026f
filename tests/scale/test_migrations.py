"""The store's schema migrations (migrations/, Alembic): a shop whose store was made before them
upgrades in place and keeps its orders and customers; and the migrations say exactly what
commerce/models.py says, so whoever changes a table must add a migration.

fixtures/store_before_migrations.*.sql were dumped from stores made by main's own code as of
e4de8fc (catalog import, an order, a remembered customer, a cart line, a feedback row)."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, select

from commerce.db import MIGRATIONS, create_schema, get_engine, session_scope
from commerce.models import Base, Customer, Order, Variant

FIXTURES = Path(__file__).parent / "fixtures"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def revision_of(url: str) -> str | None:
    engine = create_engine(url, future=True)
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    engine.dispose()
    return current


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def old_store(request, tmp_path) -> str:
    """A store exactly as main made it before migrations, with an order and a customer; its URL."""
    dump = (FIXTURES / f"store_before_migrations.{request.param}.sql").read_text()
    if request.param == "sqlite":
        path = tmp_path / "shop.db"
        with sqlite3.connect(path) as connection:
            connection.executescript(dump)
        return f"sqlite:///{path}"
    url = request.getfixturevalue("postgres_db")
    engine = create_engine(url, future=True)
    raw = engine.raw_connection()
    try:
        raw.cursor().execute(dump)
        raw.commit()
    finally:
        raw.close()
        engine.dispose()
    return url


def test_a_store_made_before_migrations_upgrades_and_keeps_its_orders_and_customers(old_store):
    assert revision_of(old_store) is None

    engine = get_engine(old_store)  # what every part of the shop does first

    assert revision_of(old_store) == head_revision()
    with session_scope(engine) as session:
        order = session.scalars(select(Order).where(Order.number == "HL-AAA111")).one()
        assert (order.owner, order.name, order.status) == ("ann", "Ann Lee", "awaiting_payment")
        assert order.total == Decimal("300.24") and order.subtotal == Decimal("278.00")
        assert [(line.quantity, line.unit_price) for line in order.lines] == [
            (2, Decimal("139.00"))
        ]
        customer = session.get(Customer, "ann")
        assert (customer.email, customer.address) == (
            "ann@example.com",
            "12 Harbour Lane, 02110 Boston",
        )
        assert session.scalar(select(Variant).where(Variant.id == order.lines[0].variant_id))
    # Every table and column of today's models is there.
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    create_schema(engine)  # again: nothing to do, nothing lost
    with session_scope(engine) as session:
        assert session.scalar(select(Order.number)) == "HL-AAA111"


def test_opening_the_store_keeps_alembic_quiet_and_the_shop_not(old_store, caplog):
    """Rasa shows INFO on the terminal (`make shell`): Alembic's "Context impl SQLiteImpl." and
    "Will assume non-transactional DDL." are not for the shopper; the shop's own INFO still is."""
    alembic_level = logging.getLogger("alembic").level
    caplog.set_level(logging.INFO)  # as Rasa sets up the terminal's logging

    engine = get_engine(old_store)  # marks the baseline and upgrades: steps Alembic logs
    create_schema(engine)  # up to date: Alembic still opens its context, and says so
    logging.getLogger("commerce.db").info("the shop's own news")

    assert [r.getMessage() for r in caplog.records if r.name.startswith("alembic")] == []
    assert "the shop's own news" in caplog.messages
    assert logging.getLogger("alembic").level == alembic_level  # set back afterwards


def test_the_shop_starting_up_shows_no_alembic_line(tmp_path):
    # As under `make shell`: Rasa sends INFO to the terminal first, then imports the shop's
    # modules, which open (and here upgrade) the store.
    path = tmp_path / "shop.db"
    with sqlite3.connect(path) as connection:
        connection.executescript((FIXTURES / "store_before_migrations.sqlite.sql").read_text())
    script = (
        "import logging, sys; logging.basicConfig(level=logging.INFO); "
        "from commerce.db import get_engine; get_engine(sys.argv[1]); "
        "logging.getLogger('commerce').info('the shop is open')"
    )
    started = subprocess.run(
        [sys.executable, "-c", script, f"sqlite:///{path}"],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    shown = started.stderr.splitlines()
    assert "INFO:commerce:the shop is open" in shown
    assert [line for line in shown if line.startswith("INFO:alembic")] == []
    assert revision_of(f"sqlite:///{path}") == head_revision()


def test_the_alembic_command_line_still_says_what_it_runs(tmp_path, monkeypatch, caplog):
    # What `alembic -c migrations/alembic.ini upgrade head` runs (migrations/README.md).
    monkeypatch.setenv("SHOP_DATABASE_URL", f"sqlite:///{tmp_path / 'migrated.db'}")
    caplog.set_level(logging.INFO)

    command.upgrade(Config(str(MIGRATIONS / "alembic.ini")), "head")

    said = [r.getMessage() for r in caplog.records if r.name == "alembic.runtime.migration"]
    assert any(message.startswith("Running upgrade") for message in said), said


def test_a_new_store_is_made_whole_and_marked_up_to_date(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.db'}"
    engine = get_engine(url)
    assert revision_of(url) == head_revision()
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())


def _schema_differences(url: str) -> list:
    """Migrate an empty database from nothing to head; what it lacks or has beyond the models."""
    engine = create_engine(url, future=True)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    with engine.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
        )
    engine.dispose()
    return differences


def test_the_migrations_build_exactly_the_models_on_sqlite(tmp_path):
    differences = _schema_differences(f"sqlite:///{tmp_path / 'migrated.db'}")
    assert differences == [], (
        "commerce/models.py is ahead of migrations/: add a migration (see migrations/README.md) "
        "for:\n" + "\n".join(map(_readable, differences))
    )


@pytest.mark.postgres
def test_the_migrations_build_exactly_the_models_on_postgres(postgres_db):
    differences = _schema_differences(postgres_db)
    assert differences == [], "\n".join(map(_readable, differences))


def _readable(difference) -> str:
    """One line per difference: what alembic would do, and to which table, column or index."""
    if isinstance(difference, list):  # a column's changes come as a list of tuples
        return "; ".join(map(_readable, difference))
    kind, *rest = difference
    names = [getattr(item, "name", item) for item in rest if item is not None]
    return f"{kind} " + " ".join(str(name) for name in names[:2])


def test_two_processes_upgrading_at_once_do_not_trip_over_each_other(tmp_path):
    # The action server and Rasa's NLU both open the store when they start.
    path = tmp_path / "shop.db"
    with sqlite3.connect(path) as connection:
        connection.executescript((FIXTURES / "store_before_migrations.sqlite.sql").read_text())
    script = "from commerce.db import get_engine; import sys; get_engine(sys.argv[1])"
    processes = [
        subprocess.Popen([sys.executable, "-c", script, f"sqlite:///{path}"]) for _ in range(2)
    ]
    assert [process.wait(timeout=120) for process in processes] == [0, 0]
    assert revision_of(f"sqlite:///{path}") == head_revision()
    with sqlite3.connect(path) as connection:
        assert connection.execute("select count(*) from shop_order").fetchone() == (1,)
