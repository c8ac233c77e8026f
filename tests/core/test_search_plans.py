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
from commerce.search import (
    ProductQuery,
    closest,
    closest_candidates,
    counting,
    find_alternatives,
    find_products,
    finding,
)


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
    monkeypatch.setattr(finding, "WALK_ABOVE", 5)  # the demo catalog is small
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

    assert 0 < result.total <= finding.WALK_ABOVE
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
    first_fitting = closest._first_fitting

    def spy(session, query, *args, **kwargs):
        asked.append(query)
        return first_fitting(session, query, *args, **kwargs)

    monkeypatch.setattr(closest, "_first_fitting", spy)
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


def test_a_broad_count_stops_at_the_cap(demo_engine, monkeypatch):
    # "Navy": an exact count reads every navy product of a big catalog; it stops past the cap.
    monkeypatch.setattr(counting, "COUNT_CAP", 8)
    with statements_of(demo_engine) as seen:
        result = run(demo_engine, find_products, ProductQuery(colour="navy"))

    assert result.total_capped and result.total == 8
    count = next(entry for entry in seen if "count(*)" in entry[0])
    assert "LIMIT" in count[0] and 9 in count[1]


def test_alternatives_read_each_budget_s_nearest_prices_once(demo_engine):
    # "Wedding, white, size 15, under $20": every set of filters that gives up the budget looks
    # just above $20; where the 300 in-stock variants nearest it lie is read once, not once a
    # set. (White: the sets that keep a size and no colour now read no variant at all, section
    # 3.7, so without a colour no set would read the window this test is about.)
    query = ProductQuery(occasions=("wedding",), size="15", colour="white",
                         price_max=Decimal("20"))  # fmt: skip
    with statements_of(demo_engine) as seen:
        alternatives = run(demo_engine, find_alternatives, query)

    assert "price" in alternatives.dropped and alternatives.result.matches
    edges = [entry for entry in seen if "ORDER BY variant.price ASC" in entry[0]]
    assert len(edges) == 1


def test_the_sizes_in_stock_are_read_only_when_the_reply_names_them(demo_engine):
    # Black-tie suits in pink, 52L, under $50: the closest give up more than the size, so the
    # reply lists no sizes, and every variant of the kind is not read for them.
    query = ProductQuery(category="suits", colour="pink", size="52l", occasions=("black-tie",),
                         price_max=Decimal("50"))  # fmt: skip
    with session_scope(demo_engine) as session:
        with statements_of(demo_engine) as seen:
            alternatives = find_alternatives(session, query)
        assert "size" in alternatives.dropped and set(alternatives.dropped) != {"size"}
        assert not [statement for statement, _ in seen if "GROUP BY variant.size" in statement]

        with statements_of(demo_engine) as asked:
            sizes = alternatives.available_sizes  # a reply that names them reads them then
        assert [statement for statement, _ in asked if "GROUP BY variant.size" in statement]
        assert sizes == search.available_sizes(session, query.without("size"))


@pytest.mark.parametrize(
    "query",
    [
        ProductQuery(sort="price_asc"),
        ProductQuery(price_max=Decimal("60"), sort="price_asc"),
    ],
    ids=["everything", "everything under a budget"],
)
def test_cheapest_first_without_a_size_or_colour_walks_the_lowest_prices(demo_engine, query):
    # "Cheapest first": the products' lowest prices in stock hold the order, so the page is
    # read off ix_product_min_price_in_stock and the walk stops after it; no variant of any
    # product is grouped. (A kind starts from its own products: the test below.)
    everything = run(demo_engine, find_products, query.updated(sort=None), limit=1000)
    with statements_of(demo_engine) as seen:
        result = run(demo_engine, find_products, query, offset=2, limit=3)

    by_price = sorted(
        everything.matches, key=lambda match: match.price_from
    )  # (stable: shop order)
    assert result.matches == by_price[2:5]
    assert not [statement for statement, _ in seen if "GROUP BY" in statement]
    walk = next(entry for entry in seen if "ORDER BY product.min_price_in_stock" in entry[0])
    assert "LIMIT" in walk[0]
    assert "USING INDEX ix_product_min_price_in_stock" in plan(demo_engine, *walk)


@pytest.mark.parametrize(
    "query",
    [
        ProductQuery(category="dresses", sort="price_asc"),
        ProductQuery(category="shoes", price_max=Decimal("150"), sort="price_asc"),
        ProductQuery(category="handbags", sort="price_asc"),
    ],
    ids=["a kind", "a kind under a budget", "a kind narrower than its types"],
)
def test_cheapest_first_of_a_kind_starts_from_the_kind_s_own_lowest_prices(demo_engine, query):
    # "Dresses, cheapest first": the page is read off the index of each of the kind's Types and
    # departments by their lowest prices in stock, not by walking every product's lowest price
    # past the cheaper products of every other kind (docs/performance.md, section 3.6).
    everything = run(demo_engine, find_products, query.updated(sort=None), limit=1000)
    with statements_of(demo_engine) as seen:
        result = run(demo_engine, find_products, query, offset=2, limit=3)

    by_price = sorted(everything.matches, key=lambda match: match.price_from)  # (stable)
    assert result.matches == by_price[2:5]
    assert not [statement for statement, _ in seen if "GROUP BY" in statement]
    walk = next(entry for entry in seen if "ORDER BY product.min_price_in_stock" in entry[0])
    walked = plan(demo_engine, *walk)
    assert "USING INDEX ix_product_type_lowest_price" in walked
    assert "USING INDEX ix_product_department_lowest_price" in walked
    assert "ix_product_min_price_in_stock" not in walked
    assert "SCAN product" not in walked


@pytest.mark.parametrize(
    "query",
    [
        ProductQuery(category="shoes", size="9", sort="price_asc"),
        ProductQuery(colour="black", sort="price_asc"),
        ProductQuery(category="dresses", size="m", colour="red", sort="price_asc"),
    ],
    ids=["a kind in a size", "a colour", "a kind in a size and colour"],
)
def test_cheapest_first_in_a_size_or_colour_walks_the_lowest_prices_testing_each_product(
    demo_engine, query
):
    # "Shoes in size 9, cheapest first": a size or colour only raises a product's lowest price,
    # so the walk along the lowest prices in stock reads each product's own fitting variants
    # (ix_variant_product_stock, not every fitting variant grouped by product) and stops once
    # the next product's lowest price comes after the page.
    everything = run(demo_engine, find_products, query.updated(sort=None), limit=1000)
    with statements_of(demo_engine) as seen:
        first = run(demo_engine, find_products, query, limit=3)
        further = run(demo_engine, find_products, query, offset=3, limit=3)

    by_price = sorted(everything.matches, key=lambda match: match.price_from)
    assert first.matches + further.matches == by_price[:6]
    assert not [statement for statement, _ in seen if "GROUP BY" in statement]
    walk = next(entry for entry in seen if "ORDER BY product.min_price_in_stock" in entry[0])
    walked = plan(demo_engine, *walk)
    assert "product USING INDEX ix_product_min_price_in_stock" in walked.splitlines()[0]
    assert "COVERING INDEX ix_variant_product_stock" in walked


def test_alternatives_over_budget_in_a_size_start_from_its_variants(demo_engine, monkeypatch):
    # "Wedding, white, size 15, under $20", giving up the budget: the closest above it are
    # looked for among the few variants in size 15, not among the variants of every product for
    # weddings. (White: a set that keeps the size and no colour now reads the products' lowest
    # prices in the size instead, section 3.7 and the test below; with a colour it groups.)
    # NEAREST_PRICE_WINDOW: 5, so that every fitting one is read
    monkeypatch.setattr(closest_candidates, "NEAREST_PRICE_WINDOW", 5)
    query = ProductQuery(occasions=("wedding",), size="15", colour="white",
                         price_max=Decimal("20"))  # fmt: skip
    with statements_of(demo_engine) as seen:
        alternatives = run(demo_engine, find_alternatives, query)

    assert "price" in alternatives.dropped and alternatives.result.matches
    grouped = [entry for entry in seen if "GROUP BY variant.product_id" in entry[0]]
    in_size = [entry for entry in grouped if "variant_size_key" in entry[0]]
    assert in_size
    for entry in in_size:
        first = plan(demo_engine, *entry).splitlines()[0]
        assert "variant_size_key" in first or "INTEGER PRIMARY KEY" in first, first


@pytest.mark.parametrize("budget", ["20", "40"], ids=["nothing that cheap", "some that cheap"])
def test_alternatives_that_keep_no_size_or_colour_read_the_lowest_prices(
    demo_engine, monkeypatch, budget
):
    # "Wedding, size 15, under $20": the sets that give up the size keep no variant filter but
    # the budget, so a product fits them if its lowest price in stock does, and giving up the
    # budget too, its nearest price above it is that lowest price: read off the products'
    # lowest prices, not by grouping every variant of every product for weddings
    # (docs/performance.md, section 3.6). The sets that keep the size read the products'
    # lowest prices in that size (section 3.7: they grouped the size's variants before).
    # (Nothing in the shop is under $20; a wedding pocket square is $39.)
    # NEAREST_PRICE_WINDOW: 5, so that no window settles a set
    monkeypatch.setattr(closest_candidates, "NEAREST_PRICE_WINDOW", 5)
    query = ProductQuery(occasions=("wedding",), size="15", price_max=Decimal(budget))
    with statements_of(demo_engine) as seen:
        alternatives = run(demo_engine, find_alternatives, query)

    assert alternatives.result.matches
    grouped = [statement for statement, _ in seen if "GROUP BY variant.product_id" in statement]
    assert all("variant_size_key" in statement for statement in grouped)
    above = [entry for entry in seen if "product.min_price_in_stock >" in entry[0]]
    in_size = [statement for statement, _ in seen if "product_size_price" in statement]
    if budget == "20":  # every set gives up the budget: nothing grouped (section 3.7)
        assert above and in_size and not grouped
    for entry in above:
        assert "ORDER BY product.min_price_in_stock" in entry[0]
        first = plan(demo_engine, *entry).splitlines()[0]
        assert "USING INDEX ix_product_min_price_in_stock" in first, first
    within = [statement for statement, _ in seen if "product.min_price_in_stock <=" in statement]
    assert not [statement for statement in within if "FROM variant" in statement]
    if budget == "40":  # the wedding products under $40, giving up the size
        assert within


def test_alternatives_over_budget_in_a_size_alone_read_its_lowest_prices(demo_engine, monkeypatch):
    # "Wedding, size 15, under $20": the two sets that give up the budget and keep the size
    # (with the occasion, and without it) and no colour: a product's nearest price above the
    # budget in size 15 is its lowest in stock in that size (or it has one within the budget,
    # and fits the set that keeps it), so they read the products of size 15 by that price off
    # ix_product_size_price_key, not every variant in 15 grouped by product (90-150 ms each at
    # 1M variants on PostgreSQL; docs/performance.md, section 3.7).
    # NEAREST_PRICE_WINDOW: 5, so that no window settles a set
    monkeypatch.setattr(closest_candidates, "NEAREST_PRICE_WINDOW", 5)
    query = ProductQuery(occasions=("wedding",), size="15", price_max=Decimal("20"))
    with statements_of(demo_engine) as seen:
        alternatives = run(demo_engine, find_alternatives, query)

    assert "price" in alternatives.dropped and alternatives.result.matches
    assert not [statement for statement, _ in seen if "GROUP BY" in statement]
    assert not [statement for statement, _ in seen if "ORDER BY variant.price" in statement]
    in_size = [entry for entry in seen if "product_size_price.min_price_in_stock >" in entry[0]]
    assert len(in_size) == 2
    for entry in in_size:
        first = plan(demo_engine, *entry).splitlines()[0]
        assert "ix_product_size_price_key (key=? AND min_price_in_stock>?)" in first, first


def test_alternatives_test_their_few_candidates_tags_one_by_one(demo_engine):
    # Which candidates are for a wedding is asked of each one's own tags, not by first listing
    # every product tagged for weddings (13,294 at 1M variants on PostgreSQL, to test 9).
    query = ProductQuery(occasions=("wedding",), size="15", price_max=Decimal("20"))
    with statements_of(demo_engine) as seen:
        alternatives = run(demo_engine, find_alternatives, query)

    assert alternatives.result.matches
    candidates = next(
        entry for entry in seen if entry[0].startswith("SELECT product.id, product.handle")
    )
    read = plan(demo_engine, *candidates)
    assert "LIST SUBQUERY" not in read
    assert "product_tag" in read and "product_id=?" in read.split("product_tag", 1)[1]


def test_alternatives_over_budget_of_a_kind_start_from_its_products(demo_engine, monkeypatch):
    # "Black-tie suits in pink under $50", giving up the budget: the suits' own variants are read
    # through the covering index, not every pink variant of the shop and then its product.
    # NEAREST_PRICE_WINDOW: 5, so that every fitting one is read
    monkeypatch.setattr(closest_candidates, "NEAREST_PRICE_WINDOW", 5)
    query = ProductQuery(category="suits", colour="pink", occasions=("black-tie",),
                         price_max=Decimal("50"))  # fmt: skip
    with statements_of(demo_engine) as seen:
        alternatives = run(demo_engine, find_alternatives, query)

    assert alternatives.result.matches
    grouped = [entry for entry in seen if "GROUP BY variant.product_id" in entry[0]]
    assert grouped
    for entry in grouped:
        read = plan(demo_engine, *entry)
        assert "ix_variant_colour" not in read
        assert "COVERING INDEX ix_variant_product_stock" in read


def test_alternatives_over_budget_read_no_ties_after_the_nearest(demo_engine, monkeypatch):
    # "Black-tie suits in pink under $50", giving up the budget: each set's nearest products
    # come in price order and then the catalog order, ties included, from one statement; none
    # reads the products at the last price again afterwards.
    # NEAREST_PRICE_WINDOW: 5, so that the sets group their own
    monkeypatch.setattr(closest_candidates, "NEAREST_PRICE_WINDOW", 5)
    query = ProductQuery(category="suits", colour="pink", occasions=("black-tie",),
                         price_max=Decimal("50"))  # fmt: skip
    with statements_of(demo_engine) as seen:
        alternatives = run(demo_engine, find_alternatives, query)

    assert alternatives.result.matches
    grouped = [statement for statement, _ in seen if "GROUP BY variant.product_id" in statement]
    assert grouped and all("product.position" in statement.split("ORDER BY")[1]
                           for statement in grouped)  # fmt: skip
    assert not [statement for statement, _ in seen if "variant.price = " in statement]


@pytest.mark.parametrize(
    "query",
    [
        ProductQuery(occasions=("wedding",), size="15", price_max=Decimal("20")),
        ProductQuery(category="suits", colour="pink", size="52l", occasions=("black-tie",),
                     price_max=Decimal("50")),
        ProductQuery(category="dresses", size="13"),
    ],
)  # fmt: skip
def test_alternatives_count_and_test_each_filter_in_one_statement(demo_engine, query):
    # A search that finds nothing asks how many products fit what is never given up (the kind)
    # and which filters nothing in the shop meets on its own, in the same statement: one
    # statement less for every search that finds nothing (docs/performance.md, section 3.4).
    with statements_of(demo_engine) as seen:
        alternatives = run(demo_engine, find_alternatives, query)

    assert alternatives.result.matches
    asked = [statement for statement, _ in seen if statement.startswith("SELECT (SELECT count(*)")]
    assert len(asked) == 1 and "EXISTS" in asked[0]
    assert not [statement for statement, _ in seen
                if statement.startswith("SELECT EXISTS")]  # fmt: skip
    counted = plan(demo_engine, *next(entry for entry in seen if entry[0] == asked[0]))
    assert "SCAN variant " not in counted  # every probe an index lookup


@pytest.mark.parametrize("budget", ["50", "300"], ids=["nothing that cheap", "some that cheap"])
def test_alternatives_of_a_kind_over_budget_read_the_kind_s_own_lowest_prices(
    demo_engine, monkeypatch, budget
):
    # "Black-tie suits in pink, 52L, under $50": the sets that give up the colour, size and
    # budget keep the kind, so their nearest above the budget are read off the index of each of
    # the suits' Types and departments by their lowest prices in stock, not by walking every
    # product's lowest price past the cheaper products of every other kind (42,483 of them at
    # 1M variants on PostgreSQL, 143 ms; docs/performance.md, section 3.8).
    monkeypatch.setattr(closest_candidates, "NEAREST_PRICE_WINDOW", 5)
    query = ProductQuery(category="suits", colour="pink", size="52l", occasions=("black-tie",),
                         price_max=Decimal(budget))  # fmt: skip
    with statements_of(demo_engine) as seen:
        alternatives = run(demo_engine, find_alternatives, query)

    assert alternatives.result.matches
    assert all("Suit" in match.title for match in alternatives.result.matches)
    above = [entry for entry in seen if "product.min_price_in_stock >" in entry[0]]
    assert above
    for entry in above:
        walked = plan(demo_engine, *entry)
        assert "ix_product_min_price_in_stock" not in walked, walked
        assert "USING INDEX ix_product_type_lowest_price" in walked, walked


@pytest.mark.parametrize(
    "query",
    [
        ProductQuery(category="shoes", size="9"),
        ProductQuery(category="shoes", size="9", price_max=Decimal("150")),
        ProductQuery(category="dresses", size="m"),
        ProductQuery(category="suits", size="40r", price_max=Decimal("500")),
        ProductQuery(category="dresses", size="13"),
    ],
    ids=[
        "shoes in 9",
        "shoes in 9 under $150",
        "dresses in M",
        "suits in 40R under $500",
        "dresses in 13",
    ],  # fmt: skip
)
def test_a_kind_in_a_size_counted_by_its_lowest_prices_counts_what_is_listed(demo_engine, query):
    # The count of a kind in a size read off the products' lowest prices per size says as many
    # as the products listed ("I found 12 shoes in size 9": twelve to page through).
    with statements_of(demo_engine) as seen:
        first = run(demo_engine, find_products, query, limit=3)
    every = run(demo_engine, find_products, query, limit=1000)

    assert first.total == len(every.matches)
    assert all(match.price_from <= (query.price_max or match.price_from) for match in every.matches)
    if first.total > 3:  # counted apart from the page, off the lowest prices in the size
        assert [statement for statement, _ in seen if "product_size_price" in statement]
