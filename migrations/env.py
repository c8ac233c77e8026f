"""How Alembic reaches the store: the connection commerce/db.py hands it, or else (the `alembic`
command line) the configured store, SHOP_DATABASE_URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import commerce.db  # noqa: F401  (imports every module whose tables are on Base.metadata)
from commerce.config import load_settings
from commerce.models import Base, Money

config = context.config


def render_item(type_: str, obj, autogen_context):
    """Write the store's Money columns as the integers of cents they are stored as."""
    if type_ == "type" and isinstance(obj, Money):
        return "sa.Integer()"
    return False


def run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite changes most of a table by copying it ("batch" mode); elsewhere ALTER as usual.
        render_as_batch=connection.dialect.name == "sqlite",
        render_item=render_item,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    engine = create_engine(load_settings().database_url, future=True)
    with engine.connect() as connection:
        run(connection)
    engine.dispose()
