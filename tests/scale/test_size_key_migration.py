"""Migration 0005 (migrations/versions/0005_size_keys_with_product.py): a store made by the schema
before it (0004) gets each size key's product filled in from its variant, the size index with the
product on it and the index of each product's sizes, and keeps its catalog; search then finds the
same products as before, and a kind that does not come in a size finds nothing. (That the
migrations build exactly what commerce/models.py says is checked for every revision in
test_migrations.py.)"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect, select, text

from commerce.db import MIGRATIONS, get_engine, session_scope
from commerce.models import VariantSizeKey
from commerce.search import ProductQuery, available_sizes, find_alternatives, find_products

# (variant id, product id, size, colour, stock, its size keys)
VARIANTS = [
    (1, 1, "40R", "Navy", 3, ["40r", "40"]),
    (2, 1, "42R", "Navy", 0, ["42r", "42"]),
    (3, 2, "S", "Red", 2, ["s"]),
    (4, 2, "M", "Red", 5, ["m"]),
]


def store_at_0004(url: str) -> None:
    """A store built by the migrations up to 0004: a navy blazer in 40R (and 42R, sold out) and a
    red dress in S and M."""
    engine = create_engine(url, future=True)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004_search_covering_indexes")
        now = datetime(2026, 11, 1, tzinfo=timezone.utc)
        for product_id, handle, title, kind in [
            (1, "harbour-blazer", "Harbour Blazer", "Blazers"),
            (2, "poppy-dress", "Poppy Dress", "Dresses"),
        ]:
            connection.execute(
                text(
                    "insert into product (id, handle, title, description, brand, product_type,"
                    " department, gender, is_active, position, updated_at)"
                    " values (:id, :handle, :title, '', 'Brera', :kind, 'Clothing', NULL, :yes,"
                    " :id, :now)"
                ),
                {
                    "id": product_id,
                    "handle": handle,
                    "title": title,
                    "kind": kind,
                    "yes": True,
                    "now": now,
                },  # fmt: skip
            )
        for variant_id, product_id, size, colour, stock, keys in VARIANTS:
            connection.execute(
                text(
                    "insert into variant (id, product_id, sku, size, colour, colour_key,"
                    " colour_family, price, stock, position)"
                    " values (:id, :product, :sku, :size, :colour, :key, :key, 24900, :stock, :id)"
                ),
                {
                    "id": variant_id,
                    "product": product_id,
                    "sku": f"SKU-{variant_id}",
                    "size": size,
                    "colour": colour,
                    "key": colour.lower(),
                    "stock": stock,
                },  # fmt: skip
            )
            for key in keys:
                connection.execute(
                    text("insert into variant_size_key (variant_id, key) values (:id, :key)"),
                    {"id": variant_id, "key": key},
                )
    engine.dispose()


@pytest.fixture
def old_store(blank_store_url) -> str:
    store_at_0004(blank_store_url)
    return blank_store_url


def test_a_store_at_0004_gets_each_size_key_s_product_and_keeps_its_catalog(old_store):
    engine = get_engine(old_store)  # what every part of the shop does first

    with session_scope(engine) as session:
        keys = session.execute(
            select(VariantSizeKey.variant_id, VariantSizeKey.key, VariantSizeKey.product_id)
        ).all()
    expected = {(variant, key, product) for variant, product, *_, ks in VARIANTS for key in ks}
    assert set(keys) == expected
    columns = {column["name"]: column for column in inspect(engine).get_columns("variant_size_key")}
    assert columns["product_id"]["nullable"] is False
    indexes = {
        index["name"]: index["column_names"] for index in inspect(engine).get_indexes("variant")
    }
    assert indexes["ix_variant_product_sizes"] == [
        "product_id",
        "size",
        "stock",
        "price",
        "position",
    ]
    size_indexes = {
        index["name"]: index["column_names"]
        for index in inspect(engine).get_indexes("variant_size_key")
    }
    assert size_indexes["ix_variant_size_key_key"] == ["key", "product_id", "variant_id"]


def test_search_on_an_upgraded_store_finds_what_it_found_before(old_store):
    engine = get_engine(old_store)

    with session_scope(engine) as session:
        blazer_40 = find_products(session, ProductQuery(category="blazers", size="40"))
        blazer_42 = find_products(session, ProductQuery(category="blazers", size="42r"))
        sold_out = find_products(
            session, ProductQuery(category="blazers", size="42r"), in_stock_only=False
        )
        dress_13 = find_alternatives(session, ProductQuery(category="dresses", size="13"))
        sizes = available_sizes(session, ProductQuery(category="dresses"))
        in_m = find_products(session, ProductQuery(size="m"))

    assert [match.handle for match in blazer_40.matches] == ["harbour-blazer"]
    assert blazer_40.matches[0].sizes == ("40R",)
    assert blazer_42.total == 0 and sold_out.total == 1
    assert dress_13.dropped == ("size",) and dress_13.sold_out is None
    assert [match.handle for match in dress_13.result.matches] == ["poppy-dress"]
    assert sizes == ("S", "M")
    assert [match.handle for match in in_m.matches] == ["poppy-dress"]


def test_a_variant_given_size_keys_later_gets_its_product_on_them(old_store):
    # Whatever writes a variant's size keys (the catalog import does) fills in the product: the
    # keys are synced from the variant, like any foreign key.
    from commerce.models import Variant

    engine = get_engine(old_store)
    with session_scope(engine) as session:
        variant = session.get(Variant, 3)
        variant.size_keys = [*variant.size_keys, VariantSizeKey(key="small")]
        session.commit()

    with session_scope(engine) as session:
        added = session.scalars(select(VariantSizeKey).where(VariantSizeKey.key == "small")).one()
        assert (added.variant_id, added.product_id) == (3, 2)
        found = find_products(session, ProductQuery(category="dresses", size="small"))
    assert [match.handle for match in found.matches] == ["poppy-dress"]
