"""Migration 0009 (migrations/versions/0009_kind_sizes.py): a store made by the schema before it
(0008) gets the sizes each kind comes in and has in stock, filled in from its variants, and a
shopper is told the same sizes and finds the same products in a size as before. (That the
migrations build exactly what commerce/models.py and commerce/kind_sizes.py say is checked for
every revision in test_migrations.py.)"""

from __future__ import annotations

import pytest

from commerce.db import get_engine, session_scope
from commerce.search import ProductQuery, available_sizes, find_products, on_offer
from tests.core.test_kind_sizes import kind_sizes_as_the_variants_say
from tests.scale.migration_steps import upgrade_store
from tests.scale.test_size_price_migration import store_at_0007


@pytest.fixture
def old_store(blank_store_url) -> str:
    """Three blazers (each with a size sold out) and a dress sold out in every size, at 0008."""
    store_at_0007(blank_store_url)
    upgrade_store(blank_store_url, "0008_size_lowest_prices")
    return blank_store_url


def test_a_store_at_0008_gets_each_kind_s_sizes(old_store):
    engine = get_engine(old_store)  # what every part of the shop does first

    with session_scope(engine) as session:
        kind_sizes_as_the_variants_say(session)
        # As the variants say, read without the kinds' sizes too.
        told = {(kind, stock): available_sizes(session, ProductQuery(category=kind),
                                               in_stock_only=stock)
                for kind in ("blazers", "dresses") for stock in (True, False)}  # fmt: skip
        with pytest.MonkeyPatch.context() as patched:
            patched.setattr(on_offer, "kind_sizes_statement", lambda *args: None)
            for (kind, stock), sizes in told.items():
                assert sizes == available_sizes(
                    session, ProductQuery(category=kind), in_stock_only=stock
                )
    assert told[("blazers", True)] == ("40R", "42R")
    assert told[("dresses", True)] == () and told[("dresses", False)] == ("S", "M")


def test_a_kind_in_a_size_finds_what_it_found_before(old_store):
    engine = get_engine(old_store)

    def found(kind: str, size: str, in_stock_only: bool = True) -> list[str]:
        query = ProductQuery(category=kind, size=size)
        with session_scope(engine) as session:
            result = find_products(session, query, limit=5, in_stock_only=in_stock_only)
        return [match.handle for match in result.matches]

    assert found("blazers", "40r") == ["quay-blazer", "moor-blazer"]
    assert found("dresses", "m") == []  # sold out in every size
    assert found("dresses", "m", in_stock_only=False) == ["poppy-dress"]
    assert found("dresses", "40r", in_stock_only=False) == []  # never made in 40R
