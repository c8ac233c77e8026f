"""How a search of a kind in a size, and the sizes of a kind, reach the store (docs/performance.md,
sections 3.3, 3.8 and 3.9): what the kinds' sizes (`KindSize`) answer without reading a product,
and how a kind in a size it comes in is counted. Helpers and the shared demo store as in
test_search_plans.py; what the search finds is checked in test_search.py and test_kind_sizes.py."""

from __future__ import annotations

import pytest

from commerce import search
from commerce.db import session_scope
from commerce.search import ProductQuery, find_alternatives, find_products, on_offer

from .test_search_plans import plan, run, statements_of


@pytest.mark.parametrize("in_stock_only", [True, False], ids=["in stock", "at all"])
def test_a_kind_never_made_in_a_size_is_known_from_the_kind_s_sizes(demo_engine, in_stock_only):
    # "Dresses in size 13": no dress comes in 13, but shoes do. One statement, whose first test
    # is one lookup in the kinds' sizes, and no dress or variant of a dress read (at 1M variants
    # on PostgreSQL the two counts it saves were 11 and 76 ms: each of 5,491 dresses probed).
    query = ProductQuery(category="dresses", size="13")
    with statements_of(demo_engine) as seen:
        found = run(demo_engine, find_products, query, in_stock_only=in_stock_only)

    assert found.total == 0 and not found.matches
    assert len(seen) == 1
    read = plan(demo_engine, *seen[0])
    assert "ix_kind_size_key (key=?)" in read and "SEARCH product" not in read, read


@pytest.mark.parametrize("size", ["m", "10"])
def test_a_kind_in_a_size_is_counted_from_the_size_keys_of_its_products(demo_engine, size):
    # "Dresses in M": each dress looks its size up in the size index, which holds the product
    # (docs/performance.md, section 3.3), instead of every variant in M being read for its
    # product. (It was "dresses in 13", which the kind's sizes now answer before any count.)
    query = ProductQuery(category="dresses", size=size)
    with statements_of(demo_engine) as seen:
        in_stock = run(demo_engine, find_products, query)
        at_all = run(demo_engine, find_products, query, in_stock_only=False)

    assert 0 < in_stock.total <= at_all.total
    counts = [entry for entry in seen if entry[0].startswith("SELECT count(*)")]
    assert len(counts) == 2
    # In stock, with no other variant filter: each dress's lowest price in stock in the size (no
    # row when none is in stock), no variant read (docs/performance.md, section 3.8).
    counted = plan(demo_engine, *counts[0])
    assert "product_size_price" in counted and "variant" not in counted, counted
    # At all (for "sold out in that size"): the size keys, which hold every variant.
    counted = plan(demo_engine, *counts[1])
    assert "ix_variant_size_key_key (key=? AND product_id=?)" in counted
    # the dresses first (either index that starts from their Type), then each one's keys
    kinds = ("ix_product_type_lower ", "ix_product_type_lowest_price ")
    first = min(counted.index(name) for name in kinds if name in counted)
    assert first < counted.index("ix_variant_size_key_key")
    # Whether anything at all is in the size stops at the first variant found.
    probes = [entry for entry in seen
              if entry[0].startswith("SELECT variant.id \nFROM variant_size_key")]  # fmt: skip
    assert probes and all("LIMIT" in statement for statement, _ in probes)
    for entry in probes:
        assert (
            plan(demo_engine, *entry)
            .splitlines()[0]
            .startswith(
                "SEARCH variant_size_key USING COVERING INDEX ix_variant_size_key_key (key=?)"
            )
        )


@pytest.mark.parametrize("kind", ["dresses", "shoes", "suits", "ties", "clothing"])
def test_the_sizes_of_a_kind_alone_are_read_off_the_kind_s_sizes(demo_engine, kind):
    # "Dresses in size 13" gives up the size and lists the dresses' sizes in stock: a few rows
    # of the kinds' sizes, not every dress's variants (75,000 at 1M variants on PostgreSQL, 38
    # ms), and the same sizes in the same order as those variants say, in stock and at all.
    with session_scope(demo_engine) as session:
        with statements_of(demo_engine) as seen:
            sizes = search.available_sizes(session, ProductQuery(category=kind))
            made = search.available_sizes(session, ProductQuery(category=kind), in_stock_only=False)
        assert all("variant" not in statement for statement, _ in seen)
        assert [statement for statement, _ in seen if "FROM kind_size" in statement]
        with pytest.MonkeyPatch.context() as patched:
            patched.setattr(on_offer, "kind_sizes_statement", lambda *args: None)
            assert sizes == search.available_sizes(session, ProductQuery(category=kind))
            assert made == search.available_sizes(
                session, ProductQuery(category=kind), in_stock_only=False
            )
    assert set(sizes) <= set(made)


def test_the_sizes_of_a_kind_for_one_gender_are_read_off_an_index(demo_engine):
    # With more than the kind asked (here a gender), from the index of each product's sizes
    # with their stock, price and position, not the variant rows (section 3.3).
    query = ProductQuery(category="dresses", gender="female")
    with session_scope(demo_engine) as session, statements_of(demo_engine) as seen:
        sizes = search.available_sizes(session, query)

    assert sizes
    grouped = next(entry for entry in seen if "GROUP BY variant.size" in entry[0])
    assert "COVERING INDEX ix_variant_product_sizes" in plan(demo_engine, *grouped)


def test_alternatives_to_a_kind_never_made_in_a_size_name_its_sizes_in_stock(demo_engine):
    query = ProductQuery(category="dresses", size="13")
    with session_scope(demo_engine) as session:
        alternatives = find_alternatives(session, query)
        assert alternatives.dropped == ("size",) and alternatives.sold_out is None
        assert alternatives.available_sizes == ("US 2", "US 4", "US 6", "US 8", "US 10", "US 12",
                                                "US 14", "XS", "S", "M", "L", "XL")  # fmt: skip
