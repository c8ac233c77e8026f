"""`find_products` sorted by price: cheapest first in stock by walking the products' lowest prices
in stock (`_cheapest_first`; of one kind, off the kind's own indexes: `_cheapest_of_kind`), and
otherwise the fitting variants grouped by product (docs/performance.md, sections 3.5 and 3.6)."""

from __future__ import annotations

import heapq

from sqlalchemy import func, literal, select, tuple_, union
from sqlalchemy.orm import Session

from commerce.lexicon import load_lexicon
from commerce.models import Product, Variant
from commerce.search.counting import _count_capped, _count_fitting
from commerce.search.fitting import _lowest_price_decides
from commerce.search.product_conditions import PRODUCT_FIELDS, _category_names, _product_conditions
from commerce.search.query import ProductQuery
from commerce.search.results import MATCH_COLUMNS, SearchResult, to_match
from commerce.search.variant_conditions import _variant_conditions
from commerce.search.variant_facts import _size_keys, load_variant_facts


def _find_by_price(
    session: Session,
    query: ProductQuery,
    offset: int,
    limit: int,
    in_stock_only: bool,
    chosen: list,
    extra: list,
) -> SearchResult:
    """`find_products` sorted by price (`chosen`: the query's product tests and `extra`, the
    caller's own): cheapest first in stock by walking the products' lowest prices in stock
    (`_cheapest_first`), counted as a broad search is (`_count_capped`); otherwise the fitting
    variants grouped by product, counted in the same pass."""
    if query.sort == "price_asc" and in_stock_only and limit:
        page = _cheapest_first(session, extra, query, offset, limit)
        total, capped = _count_capped(
            session, chosen, query, in_stock_only, offset, limit, lowest_price=True
        )
        variants = load_variant_facts(session, [row.id for row in page], _size_keys(query))
        matches = [to_match(row, variants[row.id], query, in_stock_only) for row in page]
        return SearchResult(query, matches, total, offset, total_capped=capped)
    price_from = func.min(Variant.price).label("price_from")
    matching = (
        select(*MATCH_COLUMNS, price_from, func.count().over().label("total"))
        .join(Variant, Variant.product_id == Product.id)
        .where(*chosen, *_variant_conditions(query, in_stock_only, size_index_first=True))
        .group_by(Product.id, Product.position)
    )
    ascending = query.sort == "price_asc"
    matching = matching.order_by(
        price_from.asc() if ascending else price_from.desc(), Product.position
    )
    page = session.execute(matching.offset(offset).limit(limit)).all() if limit else []
    if page:
        total = page[0].total
    elif not offset and limit:  # an empty first page: nothing fits
        total = 0
    else:  # past the last page the window count has no row to ride on
        total = _count_fitting(session, chosen, query, in_stock_only)
    variants = load_variant_facts(session, [row.id for row in page], _size_keys(query))
    matches = [to_match(row, variants[row.id], query, in_stock_only) for row in page]
    return SearchResult(query=query, matches=matches, total=total, offset=offset)


def _cheapest_first(
    session: Session, extra: list, query: ProductQuery, offset: int, limit: int
) -> list:
    """The rows of one page of the in-stock products that meet `extra` and fit the query,
    cheapest first (by their lowest fitting price, then the shop's order), read along
    ix_product_min_price_in_stock (`Product.min_price_in_stock`, kept by every change of a
    variant's stock or price) instead of grouping every fitting variant by product ("shoes in
    size 9": 20,519 products at 1M variants).

    Without a variant filter that raises a product's price, its lowest price in stock is its
    lowest fitting one: the walk stops after the page. With one (a size, a colour...), each
    product walked has its own fitting variants' lowest price read (ix_variant_product_stock),
    which is never below its lowest in stock; so once the next product's lowest price in stock
    (and its place in the shop's order, for a tie) comes after the page's last product, no
    product further along can enter the page. The kind and occasion are tested on each product
    walked (`_NotIndexed`, SQLite's planner has no statistics to choose by)."""
    lowest = Product.min_price_in_stock
    walk = select(*MATCH_COLUMNS).where(
        *_product_conditions(query, kind_index=False, tag_index=False), *extra, lowest.is_not(None)
    )
    if query.price_max is not None:
        walk = walk.where(lowest <= query.price_max)
    walk = walk.order_by(lowest, Product.position)
    if _lowest_price_decides(query):
        if query.category:
            page = (
                cheapest_of_kind_once(("page", query.price_max), query, walk, offset, limit)
                if not extra  # (not with the caller's own tests)
                else _cheapest_of_kind(walk, query.category, offset, limit)
            )
            return session.execute(page).all()
        # SQLite x30, "cheapest first" (no kind):
        #   SEARCH product USING INDEX ix_product_min_price_in_stock (min_price_in_stock>?)
        # PostgreSQL x289: Limit -> Index Scan using ix_product_min_price_in_stock on product
        return session.execute(walk.offset(offset).limit(limit)).all()
    fitting_lowest = (
        select(func.min(Variant.price))
        .where(Variant.product_id == Product.id, *_variant_conditions(query, True))
        .scalar_subquery()
    )
    # Read in batches that each go on from the last product read (the id settles a tie of
    # price and place), so that the walk ends about where the page does. Batches, not one
    # statement read as it goes: PostgreSQL costs a walk of every product of the kind at
    # millions and compiles it (JIT) first, 446 of the 464 ms of "shoes in size 9" at 1M.
    # SQLite x30, "shoes in size 9, cheapest first":
    #   SEARCH product USING INDEX ix_product_min_price_in_stock (min_price_in_stock>?)
    #   CORRELATED SCALAR SUBQUERY: SEARCH variant USING COVERING INDEX
    #     ix_variant_product_stock (product_id=? AND stock>?)
    #   CORRELATED SCALAR SUBQUERY: SEARCH variant_size_key USING COVERING INDEX
    #     sqlite_autoindex_variant_size_key_1 (variant_id=? AND key=?)
    # PostgreSQL x289: Limit -> Incremental Sort (by id) -> Index Scan using
    #   ix_product_min_price_in_stock on product; SubPlan: Aggregate -> Nested Loop: Index Scan
    #   using ix_variant_product_stock on variant, Index Only Scan using variant_size_key_pkey
    statement = walk.add_columns(
        lowest.label("lowest"), Product.position, fitting_lowest.label("fitting_lowest")
    ).order_by(Product.id)
    wanted = offset + limit
    page_ends: list[tuple] = []  # the `wanted` smallest (price, place) found, negated: a heap
    found = []
    batch, after = max(wanted + 2, WALK_FIRST_BATCH), None
    while True:
        rows = session.execute(
            (statement if after is None else statement.where(after)).limit(batch)
        ).all()
        for row in rows:
            if len(page_ends) == wanted and (row.lowest, row.position) > _negated(page_ends[0]):
                return sorted(found, key=_price_and_place)[offset:wanted]  # all after the page
            if row.fitting_lowest is None:
                continue
            found.append(row)
            key = (-row.fitting_lowest, -row.position)
            if len(page_ends) < wanted:
                heapq.heappush(page_ends, key)
            elif key > page_ends[0]:
                heapq.heapreplace(page_ends, key)
        if len(rows) < batch:
            return sorted(found, key=_price_and_place)[offset:wanted]
        last = rows[-1]
        after = tuple_(lowest, Product.position, Product.id) > tuple_(
            literal(last.lowest, lowest.type), literal(last.position), literal(last.id)
        )
        batch = min(4 * batch, WALK_MOST_BATCH)


_BUILT_KIND_PAGES: dict[tuple, tuple] = {}


def cheapest_of_kind_once(key: tuple, query: ProductQuery, walk, offset: int, limit: int):
    """`_cheapest_of_kind`'s statement for `walk` over the query's kind, built once per `key`
    (what `walk` depends on besides the query's product filters) and query, as
    `_product_conditions` are: its 8-odd branches cost ~4 ms of Python to build."""
    lexicon = load_lexicon()
    key = (id(lexicon), *key, offset, limit, *(getattr(query, name) for name in PRODUCT_FIELDS))
    built = _BUILT_KIND_PAGES.get(key)
    if built is None or built[0] is not lexicon:  # (the lexicon kept, so its id is not reused)
        if len(_BUILT_KIND_PAGES) >= 1024:
            _BUILT_KIND_PAGES.clear()
        built = (lexicon, _cheapest_of_kind(walk, query.category, offset, limit))
        _BUILT_KIND_PAGES[key] = built
    return built[1]


def _cheapest_of_kind(walk, term: str, offset: int, limit: int):
    """The statement of `_cheapest_first`'s page of a kind where a product's lowest price in
    stock is its lowest fitting one: the first offset + limit products of each of the kind's
    Types and departments, each read off its own index of the kind's products by their lowest
    price in stock (ix_product_type_lowest_price, ix_product_department_lowest_price), then
    merged. The page is among them: each of its products is among the first of its own Type
    (or department). The walk of every product's lowest price passed the cheaper products of
    every other kind first ("dresses" at 1M variants: 11,855 of them; docs/performance.md,
    section 3.6)."""
    wanted = offset + limit
    # Each branch reads three columns (each column of each branch costs Python time to build).
    walk = walk.with_only_columns(
        Product.id, Product.min_price_in_stock.label("lowest"), Product.position
    )
    firsts = [
        select(walk.where(func.lower(column) == name).limit(wanted).subquery())
        for column in (Product.product_type, Product.department)
        for name in sorted(_category_names(term))
    ]
    # UNION: a product of a Type and a department both named for the kind is read twice.
    merged = union(*firsts).subquery()
    # SQLite x30, "dresses, cheapest first", for each Type or department named for the kind:
    #   SEARCH product USING INDEX ix_product_type_lowest_price
    #     (<expr>=? AND min_price_in_stock>?)
    #   SEARCH product USING INDEX ix_product_department_lowest_price (<expr>=? AND ...)
    # PostgreSQL x289 (0.35 ms; the walk of every product's lowest price: 94 ms): Limit -> Sort
    #   -> Nested Loop: HashAggregate -> Append, per Type or department: Limit -> Index Scan
    #   using ix_product_type_lowest_price on product (Index Cond: lower(product_type) =
    #   'dresses' AND min_price_in_stock IS NOT NULL); then product_pkey for the page's columns
    page = (
        select(*MATCH_COLUMNS)
        .join(merged, merged.c.id == Product.id)
        .order_by(merged.c.lowest, merged.c.position)
        .offset(offset)
        .limit(limit)
    )
    return page


# The filtered cheapest-first walk reads this many products first, then four times as many in
# each batch up to the most, which keeps PostgreSQL's estimate of a batch under the cost at
# which it compiles the statement (jit_above_cost, 100,000: about 700 products of a kind).
WALK_FIRST_BATCH = 8
WALK_MOST_BATCH = 512


def _price_and_place(row) -> tuple:
    return (row.fitting_lowest, row.position)


def _negated(key: tuple) -> tuple:
    return tuple(-part for part in key)
