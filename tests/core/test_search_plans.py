"""How search reaches the store on big catalogs (docs/performance.md, section 3): the statements
it runs and SQLite's plans for them, read with EXPLAIN QUERY PLAN. Wall time is for the
benchmark (bench/bench_search.py); these check the shape of the work, which the machine's load
does not change. What the search finds is checked in test_search.py and test_alternatives.py."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

import pytest
from sqlalchemy import event

from commerce import search
from commerce.db import session_scope
from commerce.search import ProductQuery, find_alternatives, find_products


@contextmanager
def statements_of(engine) -> Iterator[list[tuple[str, object]]]:
    """The SELECT statements run on `engine` inside the block, with their parameters."""
    seen: list[tuple[str, object]] = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", remember)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", remember)


def plan(engine, statement: str, parameters) -> str:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
    return "\n".join(row[-1] for row in rows)


def run(engine, search_for, *args, **kwargs):
    with session_scope(engine) as session:
        return search_for(session, *args, **kwargs)


def test_a_size_no_variant_comes_in_is_known_from_the_size_index_alone(demo_engine):
    # "Black-tie suits in pink, 52L, under $50": no variant anywhere is a 52L.
    query = ProductQuery(category="suits", colour="pink", size="52l", occasions=("black-tie",),
                         price_max=Decimal("50"))  # fmt: skip
    with statements_of(demo_engine) as seen:
        result = run(demo_engine, find_products, query)

    assert result.total == 0 and not result.matches
    assert len(seen) == 1  # one look at the variants of that size; no product is read
    only = plan(demo_engine, *seen[0])
    assert "ix_variant_size_key_key (key=?)" in only
    assert "product" not in only


def test_a_colour_is_counted_from_its_indexes_without_reading_variant_rows(demo_engine):
    with statements_of(demo_engine) as seen:
        result = run(demo_engine, find_products, ProductQuery(colour="navy"), limit=1)

    assert result.total > 1
    count = next(entry for entry in seen if "count(*)" in entry[0])
    counted = plan(demo_engine, *count)
    assert "COVERING INDEX ix_variant_colour_key" in counted
    assert "COVERING INDEX ix_variant_colour_family" in counted


def test_a_product_s_own_variants_are_probed_without_reading_their_rows(demo_engine):
    query = ProductQuery(category="dresses", colour="red", price_max=Decimal("500"))
    with statements_of(demo_engine) as seen:
        result = run(demo_engine, find_products, query, limit=1)

    assert result.total > 1
    count = next(entry for entry in seen if "count(*)" in entry[0])
    assert "COVERING INDEX ix_variant_product_stock (product_id=? AND stock>?)" in plan(
        demo_engine, *count
    )


def test_a_page_of_many_fitting_products_walks_the_catalog_order(demo_engine, monkeypatch):
    monkeypatch.setattr(search, "WALK_ABOVE", 5)  # the demo catalog is small
    with statements_of(demo_engine) as seen:
        result = run(demo_engine, find_products, ProductQuery(category="shoes"))

    assert result.total > 5 and len(result.matches) == 3
    page = next(entry for entry in seen if "ORDER BY product.position" in entry[0])
    walked = plan(demo_engine, *page)
    assert "SCAN product USING INDEX ix_product_position" in walked
    assert "TEMP B-TREE" not in walked  # nothing sorted: the first three found are the page


def test_a_page_of_few_fitting_products_finds_them_first(demo_engine):
    query = ProductQuery(category="oxfords", colour="black", size="10")
    with statements_of(demo_engine) as seen:
        result = run(demo_engine, find_products, query)

    assert 0 < result.total <= search.WALK_ABOVE
    page = next(entry for entry in seen if "ORDER BY product.position + " in entry[0])
    assert "ix_product_position" not in plan(demo_engine, *page)


def test_best_sellers_are_ranked_without_summing_sales_for_every_product(demo_engine):
    with statements_of(demo_engine) as seen:
        result = run(demo_engine, find_products, ProductQuery(sort="popular"))

    assert result.sales is not None and len(result.matches) == 3
    # The sales are summed once, by product; no statement over the products sums them again.
    summed = [statement for statement, _ in seen if "sum(order_line.quantity)" in statement]
    assert len(summed) == 1
    assert "FROM order_line" in summed[0] and "product.handle" not in summed[0]


def test_alternatives_do_not_look_for_what_keeps_a_filter_nothing_meets(demo_engine, monkeypatch):
    # Nothing in the shop costs under $20: every set of filters that keeps the budget finds
    # nothing, so none is asked for.
    asked = []
    first_fitting = search._first_fitting

    def spy(session, query, *args, **kwargs):
        asked.append(query)
        return first_fitting(session, query, *args, **kwargs)

    monkeypatch.setattr(search, "_first_fitting", spy)
    query = ProductQuery(occasions=("wedding",), size="15", price_max=Decimal("20"))

    alternatives = run(demo_engine, find_alternatives, query)

    assert "price" in alternatives.dropped and alternatives.result.matches
    assert asked and all(relaxed.price_max is None for relaxed in asked)


@pytest.mark.parametrize("size", ["52l", "99"])
def test_a_search_that_finds_nothing_does_not_read_the_catalog_twice(demo_engine, size):
    # No variant comes in that size: neither the search nor its sold-out check reads products.
    query = ProductQuery(category="suits", size=size)
    with statements_of(demo_engine) as seen:
        alternatives = run(demo_engine, find_alternatives, query)

    assert alternatives.sold_out is None
    size_first = [entry for entry in seen if "variant_size_key" in entry[0]][:1]
    assert size_first and "product" not in plan(demo_engine, *size_first[0])


@pytest.mark.parametrize(
    "query",
    [ProductQuery(product="windsor"), ProductQuery(features=("suede",))],
    ids=["a name", "a feature"],
)
def test_a_name_or_feature_reads_the_titles_once_and_as_they_are(demo_engine, query):
    # "The Windsor", "anything in suede": every product's title (and description) is read for
    # the word; once, for the count and the page together, and without lowercasing each one
    # (SQLite's LIKE already ignores case).
    with statements_of(demo_engine) as seen:
        result = run(demo_engine, find_products, query)
    everything = run(demo_engine, find_products, query, limit=1000)

    assert result.matches and result.total == len(everything.matches)
    reading = [statement for statement, _ in seen if "LIKE" in statement]
    assert len(reading) == 1
    assert "count(*) OVER ()" in reading[0]
    assert "lower(product.title)" not in reading[0]
    assert "lower(product.description)" not in reading[0]


def test_an_occasion_search_is_counted_by_the_statement_that_ranks_it(demo_engine):
    # The article's search: ranked by how many of the occasions a product has, so every fitting
    # product is read and sorted anyway; no second statement finds them again to count them.
    query = ProductQuery(category="dress shoes", colour="black", size="10",
                         occasions=("black-tie", "party"), price_max=Decimal("150"))  # fmt: skip
    with statements_of(demo_engine) as seen:
        result = run(demo_engine, find_products, query, limit=1)
    everything = run(demo_engine, find_products, query, limit=1000)

    assert result.total == len(everything.matches) > 1
    assert not [statement for statement, _ in seen if statement.startswith("SELECT count(*)")]
    assert [statement for statement, _ in seen if "count(*) OVER ()" in statement]
