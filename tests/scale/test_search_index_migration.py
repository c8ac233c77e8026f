"""Migration 0004 (migrations/versions/0004_search_covering_indexes.py): a store at 0003 gets the
search indexes that hold what search reads, and keeps its catalog; a SQLite store that had
planner statistics gets them for the new indexes too. (That the migrations build exactly what
commerce/models.py says is checked for every revision in test_migrations.py.)"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect, text

from commerce.db import MIGRATIONS, get_engine, session_scope
from commerce.search import ProductQuery, find_products

SEARCH_INDEXES = {
    "ix_variant_product_stock": ["product_id", "stock", "price", "colour_key", "colour_family"],
    "ix_variant_price": ["price", "stock", "product_id"],
    "ix_variant_colour_key": ["colour_key", "stock", "product_id"],
    "ix_variant_colour_family": ["colour_family", "stock", "product_id"],
}


def store_at_0003(url: str) -> None:
    """A store built by the migrations up to 0003, with one product in stock in navy."""
    engine = create_engine(url, future=True)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003_search_indexes")
        now = datetime(2026, 11, 1, tzinfo=timezone.utc)
        connection.execute(
            text(
                "insert into product (id, handle, title, description, brand, product_type,"
                " department, gender, is_active, position, updated_at)"
                " values (1, 'harbour-blazer', 'Harbour Blazer', '', 'Brera', 'Blazers',"
                " 'Clothing', 'male', :yes, 0, :now)"
            ),
            {"yes": True, "now": now},
        )
        connection.execute(
            text(
                "insert into variant (id, product_id, sku, size, colour, colour_key,"
                " colour_family, price, stock, position)"
                " values (1, 1, 'HB-40R', '40R', 'Navy', 'navy', 'blue', 24900, 3, 0)"
            )
        )
        connection.execute(text("insert into variant_size_key values (1, '40r')"))
    engine.dispose()


@pytest.fixture
def old_store(blank_store_url) -> str:
    store_at_0003(blank_store_url)
    return blank_store_url


def test_a_store_at_0003_gets_the_search_indexes_and_keeps_its_catalog(old_store):
    engine = get_engine(old_store)  # what every part of the shop does first

    indexes = {
        index["name"]: index["column_names"] for index in inspect(engine).get_indexes("variant")
    }
    assert {name: indexes.get(name) for name in SEARCH_INDEXES} == SEARCH_INDEXES
    with session_scope(engine) as session:
        result = find_products(session, ProductQuery(colour="navy", size="40r"))
    assert [match.handle for match in result.matches] == ["harbour-blazer"]


def test_a_sqlite_store_with_planner_statistics_gets_them_for_the_new_indexes(tmp_path):
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    store_at_0003(url)
    engine = create_engine(url, future=True)
    with engine.begin() as connection:
        connection.execute(text("ANALYZE"))
    engine.dispose()

    engine = get_engine(url)

    with engine.connect() as connection:
        described = {
            row.idx: row.stat
            for row in connection.execute(text("select idx, stat from sqlite_stat1"))
        }
    # SQLite's statistics name each index and give one figure per column, plus the row count.
    assert len(described["ix_variant_colour_key"].split()) == 4
    assert len(described["ix_variant_product_stock"].split()) == 6


def test_a_sqlite_store_without_planner_statistics_is_left_without(tmp_path):
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    store_at_0003(url)

    engine = get_engine(url)

    assert "sqlite_stat1" not in inspect(engine).get_table_names()
