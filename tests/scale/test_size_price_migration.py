"""Migration 0008 (migrations/versions/0008_size_lowest_prices.py): a store made by the schema
before it (0007) gets each product's lowest price in stock per size key, filled in from its
variants, keeps its catalog, and offers the same nearest products above a budget in a
size as before. (That the migrations build exactly what commerce/models.py says is checked for
every revision in test_migrations.py.)"""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from commerce.db import get_engine, session_scope
from commerce.models import Product, ProductSizePrice
from commerce.search import ProductQuery, find_alternatives
from tests.scale.migration_steps import upgrade_store
from tests.scale.test_kind_lowest_price_migration import store_at_0006

# (handle, size key) -> (lowest price in stock, the product's place) of the store
# `store_at_0005` makes: Harbour's 40R ($199) and Moor's 42R ($219) are sold out, and so is the
# dress in every size (no rows for those).
SIZE_PRICES = {
    ("harbour-blazer", "42r"): ("249.00", 1),
    ("harbour-blazer", "42"): ("249.00", 1),
    ("quay-blazer", "40r"): ("229.00", 3),
    ("quay-blazer", "40"): ("229.00", 3),
    ("quay-blazer", "42r"): ("229.00", 3),
    ("quay-blazer", "42"): ("229.00", 3),
    ("moor-blazer", "40r"): ("279.00", 4),
    ("moor-blazer", "40"): ("279.00", 4),
}


def store_at_0007(url: str) -> None:
    """Three blazers (each with a size sold out) and a dress sold out in every size, at 0007."""
    store_at_0006(url)
    upgrade_store(url, "0007_kind_lowest_price")


@pytest.fixture
def old_store(blank_store_url) -> str:
    store_at_0007(blank_store_url)
    return blank_store_url


def test_a_store_at_0007_gets_each_product_s_lowest_prices_per_size(old_store):
    engine = get_engine(old_store)  # what every part of the shop does first

    with session_scope(engine) as session:
        rows = session.execute(
            select(Product.handle, ProductSizePrice.key, ProductSizePrice.min_price_in_stock,
                   ProductSizePrice.position)
            .join(Product, Product.id == ProductSizePrice.product_id)
        ).all()  # fmt: skip
    found = {(handle, key): (str(low), position) for handle, key, low, position in rows}
    assert found == SIZE_PRICES


def test_the_nearest_above_a_budget_in_a_size_are_those_offered_before(old_store):
    engine = get_engine(old_store)

    def nearest(size: str) -> list[tuple[str, str, tuple[str, ...]]]:
        query = ProductQuery(category="blazers", size=size, price_max=Decimal("100"))
        with session_scope(engine) as session:
            found = find_alternatives(session, query, limit=3).result.matches
        return [(match.handle, str(match.price_from), match.gave_up) for match in found]

    # Moor's 42R is sold out: in 42 it is offered last, in its 40R, giving up the size too.
    assert nearest("42") == [
        ("quay-blazer", "229.00", ("price",)),
        ("harbour-blazer", "249.00", ("price",)),
        ("moor-blazer", "279.00", ("size", "price")),
    ]
    # Harbour's 40R is sold out: in 40R it is offered at its 42R's $249, nearer the budget
    # than Moor's 40R at $279 (the price gap comes before how much is given up).
    assert nearest("40r") == [
        ("quay-blazer", "229.00", ("price",)),
        ("harbour-blazer", "249.00", ("size", "price")),
        ("moor-blazer", "279.00", ("price",)),
    ]
