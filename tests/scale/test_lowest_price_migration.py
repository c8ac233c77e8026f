"""Migration 0006 (migrations/versions/0006_lowest_price_in_stock.py): a store made by the schema
before it (0005) gets each product's lowest price in stock, filled in from its variants (empty
for a product with nothing in stock), and the index "cheapest first" walks, and keeps its
catalog; search then lists the same products in the same order as before. (That the migrations
build exactly what commerce/models.py says is checked for every revision in
test_migrations.py.)"""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect, select, text

from commerce.db import MIGRATIONS, get_engine, session_scope
from commerce.models import Product
from commerce.search import ProductQuery, find_products

# (product id, handle, title, kind)
PRODUCTS = [
    (1, "harbour-blazer", "Harbour Blazer", "Blazers"),
    (2, "poppy-dress", "Poppy Dress", "Dresses"),
    (3, "quay-blazer", "Quay Blazer", "Blazers"),
    (4, "moor-blazer", "Moor Blazer", "Blazers"),
]
# (variant id, product id, size, price in cents, stock, its size keys)
VARIANTS = [
    (1, 1, "40R", 19900, 0, ["40r", "40"]),  # the cheapest blazer size, sold out
    (2, 1, "42R", 24900, 3, ["42r", "42"]),
    (3, 2, "S", 8900, 0, ["s"]),  # the dress: sold out in every size
    (4, 2, "M", 8900, 0, ["m"]),
    (5, 3, "40R", 22900, 2, ["40r", "40"]),
    (6, 3, "42R", 22900, 1, ["42r", "42"]),
    (7, 4, "40R", 27900, 4, ["40r", "40"]),
    (8, 4, "42R", 21900, 0, ["42r", "42"]),
]
LOWEST_IN_STOCK = {
    "harbour-blazer": Decimal("249.00"),
    "poppy-dress": None,
    "quay-blazer": Decimal("229.00"),
    "moor-blazer": Decimal("279.00"),
}


def store_at_0005(url: str) -> None:
    """A store built by the migrations up to 0005: three blazers (each with a size sold out) and
    a dress sold out in every size."""
    engine = create_engine(url, future=True)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005_size_keys_with_product")
        now = datetime(2026, 11, 1, tzinfo=timezone.utc)
        for product_id, handle, title, kind in PRODUCTS:
            connection.execute(
                text(
                    "insert into product (id, handle, title, description, brand, product_type,"
                    " department, gender, is_active, position, updated_at)"
                    " values (:id, :handle, :title, '', 'Brera', :kind, 'Clothing', NULL, :yes,"
                    " :id, :now)"
                ),
                {"id": product_id, "handle": handle, "title": title, "kind": kind, "yes": True,
                 "now": now},
            )  # fmt: skip
        for variant_id, product_id, size, cents, stock, keys in VARIANTS:
            connection.execute(
                text(
                    "insert into variant (id, product_id, sku, size, colour, colour_key,"
                    " colour_family, price, stock, position)"
                    " values (:id, :product, :sku, :size, 'Navy', 'navy', 'blue', :price, :stock,"
                    " :id)"
                ),
                {"id": variant_id, "product": product_id, "sku": f"SKU-{variant_id}",
                 "size": size, "price": cents, "stock": stock},
            )  # fmt: skip
            for key in keys:
                connection.execute(
                    text(
                        "insert into variant_size_key (variant_id, key, product_id)"
                        " values (:id, :key, :product)"
                    ),
                    {"id": variant_id, "key": key, "product": product_id},
                )
    engine.dispose()


@pytest.fixture
def old_store(blank_store_url) -> str:
    store_at_0005(blank_store_url)
    return blank_store_url


def test_a_store_at_0005_gets_each_product_s_lowest_price_in_stock(old_store):
    engine = get_engine(old_store)  # what every part of the shop does first

    with session_scope(engine) as session:
        lowest = dict(session.execute(select(Product.handle, Product.min_price_in_stock)).all())
    assert lowest == LOWEST_IN_STOCK
    columns = {column["name"]: column for column in inspect(engine).get_columns("product")}
    assert columns["min_price_in_stock"]["nullable"] is True
    indexes = {
        index["name"]: index["column_names"] for index in inspect(engine).get_indexes("product")
    }
    assert indexes["ix_product_min_price_in_stock"] == ["min_price_in_stock", "position"]


def test_cheapest_first_on_an_upgraded_store_lists_what_it_listed_before(old_store):
    engine = get_engine(old_store)

    def cheapest(**filters) -> list[tuple[str, str]]:
        query = ProductQuery(category="blazers", sort="price_asc", **filters)
        with session_scope(engine) as session:
            found = find_products(session, query, limit=10)
        return [(match.handle, str(match.price_from)) for match in found.matches]

    # Harbour's $199 size is sold out: it is listed at $249, after Quay.
    assert cheapest() == [
        ("quay-blazer", "229.00"),
        ("harbour-blazer", "249.00"),
        ("moor-blazer", "279.00"),
    ]
    assert cheapest(size="42") == [("quay-blazer", "229.00"), ("harbour-blazer", "249.00")]
    assert cheapest(size="40r") == [("quay-blazer", "229.00"), ("moor-blazer", "279.00")]
    assert cheapest(price_max=Decimal("250")) == [
        ("quay-blazer", "229.00"),
        ("harbour-blazer", "249.00"),
    ]
    with session_scope(engine) as session:
        dresses = find_products(session, ProductQuery(category="dresses", sort="price_asc"))
    assert dresses.total == 0 and dresses.matches == []
