"""Migration 0007 (migrations/versions/0007_kind_lowest_price.py): a store made by the schema
before it (0006) gets the indexes of each kind's products by their lowest price in stock, keeps
its catalog, and lists the same products cheapest first as before. (That the migrations build
exactly what commerce/models.py says is checked for every revision in test_migrations.py.)"""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import text

from commerce.db import get_engine, session_scope
from commerce.search import ProductQuery, find_products
from tests.scale.migration_steps import upgrade_store
from tests.scale.test_lowest_price_migration import store_at_0005


def store_at_0006(url: str) -> None:
    """Three blazers (each with a size sold out) and a dress sold out in every size, at 0006."""
    store_at_0005(url)
    upgrade_store(url, "0006_lowest_price_in_stock")


@pytest.fixture
def old_store(blank_store_url) -> str:
    store_at_0006(blank_store_url)
    return blank_store_url


def test_a_store_at_0006_gets_the_kinds_by_their_lowest_price(old_store):
    engine = get_engine(old_store)  # what every part of the shop does first

    # (SQLAlchemy does not reflect an index on an expression: each is read as the store says it.)
    for name, column in [
        ("ix_product_type_lowest_price", "product_type"),
        ("ix_product_department_lowest_price", "department"),
    ]:
        with engine.connect() as connection:
            if engine.dialect.name == "sqlite":
                asked = "select sql from sqlite_master where type = 'index' and name = :name"
            else:
                asked = "select indexdef from pg_indexes where indexname = :name"
            made = connection.scalar(text(asked), {"name": name})
        assert made is not None, name
        columns = made.split("(", 1)[1].replace('"', "").replace(" ", "").lower()
        columns = columns.replace("::text", "").replace("((", "(").replace("))", ")")  # PostgreSQL
        assert columns == f"lower({column}),min_price_in_stock,position)", made


def test_cheapest_first_on_an_upgraded_store_lists_what_it_listed_before(old_store):
    engine = get_engine(old_store)

    def cheapest(**filters) -> list[tuple[str, str]]:
        query = ProductQuery(sort="price_asc", **filters)
        with session_scope(engine) as session:
            found = find_products(session, query, limit=10)
        return [(match.handle, str(match.price_from)) for match in found.matches]

    # Harbour's $199 size is sold out: it is listed at $249, after Quay; the dress is sold out.
    listed = [("quay-blazer", "229.00"), ("harbour-blazer", "249.00"), ("moor-blazer", "279.00")]
    assert cheapest(category="blazers") == listed
    assert cheapest(category="clothing") == listed  # the department
    assert cheapest(category="blazers", price_max=Decimal("250")) == listed[:2]
    assert cheapest(category="dresses") == []
