"""Finding products: `find_products` in each order (the shop's, by price, best sellers, newest,
by occasion or the shopper's tastes), counted and paged; and what the shop has on offer: the kinds
it sells and the sizes in stock."""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone

from sqlalchemy import and_, case, func, literal, or_, select, tuple_, union
from sqlalchemy.orm import Session

from commerce.lexicon import load_lexicon
from commerce.models import Order, OrderLine, Product, ProductTag, Variant
from commerce.search.closest import _find_closest
from commerce.search.fitting import (
    PRODUCT_FIELDS,
    _any_variant_fits,
    _AnyCase,
    _category_names,
    _colour_key,
    _count_capped,
    _count_fitting,
    _fitting,
    _has_variant,
    _lowest_price_decides,
    _not_among,
    _NotIndexed,
    _of_kinds,
    _product_conditions,
    _size_keys,
    _variant_conditions,
    load_variant_facts,
)
from commerce.search.query import ProductQuery, category_types, nearest_kinds
from commerce.search.results import _MATCH_COLUMNS, SalesRanking, SearchResult, _to_match

# sort="popular" (query.SORTS): the best sellers of this many days.
POPULAR_WINDOW_DAYS = 30
# Orders that did not end in a sale do not make a product popular.
NOT_SOLD_STATUSES = ("cancelled", "returned")


def sells_kind(session: Session, term: str) -> bool:
    """Whether any product on offer is of the kind a shopper's word names."""
    kinds = category_types(term)
    found = session.scalar(
        select(Product.id)
        .where(Product.is_active.is_(True))
        .where(
            or_(
                func.lower(Product.product_type).in_(kinds),
                func.lower(Product.department).in_(kinds),
            )
        )
        .limit(1)
    )
    return found is not None


def nearest_kind_on_sale(session: Session, term: str) -> str | None:
    """The nearest kind the catalog sells to one it does not (`nearest_kinds`, in the lexicon's
    order): "gloves" -> scarves or hats, whichever is sold; None when none of them is, so that an
    unrelated kind (ties) is never offered in their place."""
    return next((kind for kind in nearest_kinds(term) if sells_kind(session, kind)), None)


def sold_kinds(session: Session) -> list[str]:
    """The departments the shop sells, for "we don't sell that; we have ..."."""
    rows = session.execute(
        select(Product.department)
        .where(Product.is_active.is_(True), Product.department.is_not(None))
        .where(Product.department != "")
        .distinct()
        .order_by(Product.department)
    )
    return [department.lower() for (department,) in rows]


def kinds_for(session: Session, gender: str | None, limit: int = 6) -> list[str]:
    """The kinds of product (lowercase Types) in stock for a gender (unisex ones too), the kinds
    with the most products first: what to offer a shopper buying "for her" who names no kind."""
    query = ProductQuery(gender=gender)
    rows = session.execute(
        select(func.lower(Product.product_type), func.count(Product.id))
        .where(*_product_conditions(query), _has_variant(query))
        .where(Product.product_type.is_not(None), Product.product_type != "")
        .group_by(func.lower(Product.product_type))
        .order_by(func.count(Product.id).desc(), func.lower(Product.product_type))
        .limit(limit)
    )
    return [kind for kind, _ in rows]


def _occasion_matches(query: ProductQuery):
    """How many of the asked-for occasion tags a product has (for ranking)."""
    tags = [tag.lower() for tag in query.occasions]
    return (
        select(func.count())
        .where(ProductTag.product_id == Product.id, ProductTag.tag.in_(tags))
        .scalar_subquery()
    )


def _preferred_first(query: ProductQuery) -> list:
    """ORDER BY terms that put products matching more of the shopper's tastes first (none
    without tastes): one point for an in-stock variant in a preferred colour, one per tag."""
    score = []
    if query.prefer_colours:
        colours = [_colour_key(colour) for colour in query.prefer_colours]
        in_colour = (
            select(Variant.id)
            .where(Variant.product_id == Product.id, Variant.stock > 0)
            .where(or_(Variant.colour_key.in_(colours), Variant.colour_family.in_(colours)))
            .exists()
        )
        score.append(case((in_colour, 1), else_=0))
    if query.prefer_tags:
        tags = [tag.lower() for tag in query.prefer_tags]
        score.append(
            select(func.count())
            .where(ProductTag.product_id == Product.id, ProductTag.tag.in_(tags))
            .scalar_subquery()
        )
    return [sum(score[1:], score[0]).desc()] if score else []


def _ranked_last(query: ProductQuery) -> list:
    """ORDER BY terms that put last the products a feature asked for comes with in words only
    (lexicon `ranked_last`: "comfortable" heels); none when no such feature is asked for."""
    lexicon = load_lexicon()
    last = []
    for feature in query.features:
        kinds, words = lexicon.ranked_last.get(feature.lower(), ((), ()))
        said = [
            _AnyCase(column).contains(word, autoescape=True)
            for word in words
            for column in (Product.title, Product.description)
        ]
        of_kinds = (
            [_of_kinds(set().union(*(category_types(kind) for kind in kinds)))] if kinds else []
        )
        if said or of_kinds:
            last.append(case((or_(*of_kinds, *said), 1), else_=0))
    return last


def find_products(
    session: Session,
    query: ProductQuery,
    offset: int = 0,
    limit: int = 3,
    in_stock_only: bool = True,
    exclude_handles: Iterable[str] = (),
    only_handles: Iterable[str] | None = None,
    for_a_guest: bool = False,
) -> SearchResult:
    """Products with at least one variant that fits every filter of `query` (and, when
    `only_handles` is given, among those products only: "the black one" of those on screen).

    With sort="popular" the best sellers of the last POPULAR_WINDOW_DAYS come first and the result
    says how many units each sold (`SearchResult.sales`); with sort="closest" every in-stock
    product of the query's category is ranked by `alternative_distance` instead. `for_a_guest`:
    a wedding search that does not ask for bridal wear finds products made for the bride only
    when nothing else fits (what a shopper is shown, not what the catalog has).
    """
    if query.sort == "closest":
        return _find_closest(session, query, offset, limit, exclude_handles)
    # "Satin heels for the wedding" from a bridesmaid: no bridal pump while anything else fits.
    if for_a_guest and only_handles is None and (not_bridal := _not_for_the_bride(query)):
        found = _find_products(
            session, query, offset, limit, in_stock_only, exclude_handles, None, not_bridal
        )
        if found.total:
            return found
    return _find_products(
        session, query, offset, limit, in_stock_only, exclude_handles, only_handles
    )


def _not_for_the_bride(query: ProductQuery) -> list:
    """The test that a product is not made for the bride (its title says a word of the lexicon
    feature `bridal`: the "Giselle Bridal Pump"), for a search for a wedding that does not ask
    for bridal wear nor name a product: a guest or a bridesmaid is not the bride. None for any
    other search."""
    words = load_lexicon().feature_words.get("bridal", ())
    if (
        not words
        or "wedding" not in query.occasions
        or query.product
        or "bridal" in (feature.lower() for feature in query.features)
    ):
        return []
    return [~or_(*(_AnyCase(Product.title).contains(word, autoescape=True) for word in words))]


def _find_products(
    session: Session,
    query: ProductQuery,
    offset: int,
    limit: int,
    in_stock_only: bool,
    exclude_handles: Iterable[str],
    only_handles: Iterable[str] | None,
    leave_out: Iterable = (),
) -> SearchResult:
    """`find_products` in any order but "closest", also leaving out the products that fail one of
    the tests in `leave_out`."""
    # On a big catalog (docs/performance.md, section 3; plans: bench/bench_search.py --explain):
    # a query no variant can meet (a size nobody makes, a budget under every price) ends after
    # one index lookup (`_any_variant_fits`); otherwise the fitting products are counted first,
    # from the variants of the size or colour or by probing each product's own variants through
    # indexes that hold what is read (`_fitting`), and the count decides how the page is found
    # (`_page`): many, by walking the catalog order; few, by finding them and sorting them.
    extra = [*_not_among(tuple(exclude_handles)), *leave_out]
    if only_handles is not None:
        extra.append(Product.handle.in_(tuple(only_handles)))
    chosen = [*_product_conditions(query), *extra]
    if not _any_variant_fits(session, query, in_stock_only):
        sales = _sales_ranking(_units_in_window(session), []) if query.sort == "popular" else None
        return SearchResult(query=query, matches=[], total=0, offset=offset, sales=sales)
    if query.sort in ("price_asc", "price_desc"):
        return _find_by_price(session, query, offset, limit, in_stock_only, chosen, extra)
    if query.sort == "popular":
        return _find_popular(session, query, offset, limit, in_stock_only, extra)
    if query.sort == "newest":
        first = [Product.first_imported_at.is_(None), Product.first_imported_at.desc()]
    elif query.occasions:
        first = [_occasion_matches(query).desc(), *_preferred_first(query)]
    else:
        first = _preferred_first(query)
    first = [*_ranked_last(query), *first]
    # Ranked, or picked by words found only by reading every product (a name, a feature, which
    # few products have): one statement finds, counts and sorts them, instead of a count and then
    # a page that finds them all again. A broad kind or a colour is paged by `_page`'s walk.
    capped = False  # a ranked statement counts every product it reads
    if first or query.product or query.features:
        page, total = _ranked_page(session, chosen, query, in_stock_only, first, offset, limit)
    else:
        total, capped = _count_capped(session, chosen, query, in_stock_only, offset, limit)
        page = _page(session, extra, query, in_stock_only, first, offset, limit, total, capped)
    variants = load_variant_facts(session, [row.id for row in page], _size_keys(query))
    matches = [_to_match(row, variants[row.id], query, in_stock_only) for row in page]
    return SearchResult(query, matches, total, offset, total_capped=capped)


def _ranked_page(
    session: Session,
    chosen: list,
    query: ProductQuery,
    in_stock_only: bool,
    first: list,
    offset: int,
    limit: int,
) -> tuple[list, int]:
    """One page of the products that meet `chosen` and fit the query, ordered by `first` (the
    occasions matched, the newest, the shopper's tastes), then the shop's order; and how many
    fit. The sort reads every fitting product anyway, so the same statement counts them (a
    window count) instead of a count that finds them all once more (`_count_fitting`)."""
    statement = (
        select(*_MATCH_COLUMNS, func.count().over().label("total"))
        .where(*chosen, _fitting(query, in_stock_only))
        .order_by(*first, Product.position + 0)
    )
    page = session.execute(statement.offset(offset).limit(limit)).all() if limit else []
    if page:
        return page, page[0].total
    if not offset and limit:  # an empty first page: nothing fits
        return [], 0
    # Past the last page (or no page asked for) the window count has no row to ride on.
    return [], _count_fitting(session, chosen, query, in_stock_only)


# A page in the shop's order of more fitting products than this walks the catalog order
# (ix_product_position) and stops after the page; of fewer, they are found first and sorted.
WALK_ABOVE = 100


def _page(
    session: Session,
    extra: list,
    query: ProductQuery,
    in_stock_only: bool,
    first: list,
    offset: int,
    limit: int,
    total: int,
    capped: bool = False,
) -> list:
    """The rows of one page of the `total` products that fit the query (and meet `extra`; more
    than `total` when `capped`), ordered by `first`, then the shop's order."""
    if not limit or (offset >= total and not capped):
        return []
    if not first and (capped or total > WALK_ABOVE):
        # Many fit: along the catalog order, probing each product's own variants, the page is
        # found after about offset + limit products (more where fewer fit). SQLite would
        # rather read and sort every product of the kind, so it is kept off the kind indexes.
        statement = select(*_MATCH_COLUMNS).where(
            *_product_conditions(query, kind_index=False),
            *extra,
            _has_variant(query, in_stock_only),
        )
        statement = statement.order_by(Product.position)
    else:
        # Few fit (or the order is computed): find them as the count does, then sort them;
        # `position + 0` keeps the database from walking the whole catalog order instead.
        statement = select(*_MATCH_COLUMNS).where(
            *_product_conditions(query), *extra, _fitting(query, in_stock_only)
        )
        statement = statement.order_by(*first, Product.position + 0)
    return session.execute(statement.offset(offset).limit(limit)).all()


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
        matches = [_to_match(row, variants[row.id], query, in_stock_only) for row in page]
        return SearchResult(query, matches, total, offset, total_capped=capped)
    price_from = func.min(Variant.price).label("price_from")
    matching = (
        select(*_MATCH_COLUMNS, price_from, func.count().over().label("total"))
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
    matches = [_to_match(row, variants[row.id], query, in_stock_only) for row in page]
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
    walk = select(*_MATCH_COLUMNS).where(
        *_product_conditions(query, kind_index=False, tag_index=False), *extra, lowest.is_not(None)
    )
    if query.price_max is not None:
        walk = walk.where(lowest <= query.price_max)
    walk = walk.order_by(lowest, Product.position)
    if _lowest_price_decides(query):
        if query.category:
            # The statement is built once per query and page (its 8-odd branches cost ~4 ms of
            # Python to build), as `_product_conditions` are; not with the caller's own tests.
            key = (id(load_lexicon()), offset, limit, query.price_max,
                   *(getattr(query, name) for name in PRODUCT_FIELDS))  # fmt: skip
            built = _BUILT_KIND_PAGES.get(key) if not extra else None
            if built is None or built[0] is not load_lexicon():
                built = (load_lexicon(), _cheapest_of_kind(walk, query.category, offset, limit))
                if not extra:
                    if len(_BUILT_KIND_PAGES) >= 1024:
                        _BUILT_KIND_PAGES.clear()
                    _BUILT_KIND_PAGES[key] = built
            return session.execute(built[1]).all()
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
        select(*_MATCH_COLUMNS)
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


def _sales_window_start() -> datetime:
    return datetime.now(timezone.utc) - timedelta(days=POPULAR_WINDOW_DAYS)


def _units_in_window(session: Session) -> dict[int, int]:
    """Product id -> units sold in the window, for the products with such a sale."""
    rows = session.execute(
        select(Variant.product_id, func.sum(OrderLine.quantity))
        .select_from(OrderLine)
        .join(Variant, Variant.id == OrderLine.variant_id)
        .join(Order, Order.id == OrderLine.order_id)
        .where(Order.placed_at >= _sales_window_start(), Order.status.not_in(NOT_SOLD_STATUSES))
        .group_by(Variant.product_id)
    )
    return {product_id: int(units) for product_id, units in rows}


def _sales_ranking(units: dict[int, int], page: list) -> SalesRanking:
    return SalesRanking(
        window_days=POPULAR_WINDOW_DAYS,
        shop_units=sum(units.values()),
        units={row.handle: units.get(row.id, 0) for row in page},
    )


# Past this many products sold in the window, best sellers are ranked by the database.
MAX_SOLD_RANKED_HERE = 2000


def _find_popular(
    session: Session,
    query: ProductQuery,
    offset: int,
    limit: int,
    in_stock_only: bool,
    extra: list,
) -> SearchResult:
    """`find_products` with sort="popular": most units sold in the window first, then the shop's
    order. The products sold in the window (few, next to a big catalog) are ranked here; the
    unsold ones follow in catalog order, read straight off the position index, instead of a sum
    of sales computed for every product of the catalog."""
    units = _units_in_window(session)
    sold = [product_id for product_id, count in units.items() if count > 0]
    chosen = [*_product_conditions(query), *extra]
    total, capped = _count_capped(session, chosen, query, in_stock_only, offset, limit)
    if len(sold) > MAX_SOLD_RANKED_HERE:
        first = [_units_sold().desc()]
        page = _page(session, extra, query, in_stock_only, first, offset, limit, total, capped)
    else:
        ranked = []
        if sold and total:
            ranked = session.execute(
                select(*_MATCH_COLUMNS, Product.position).where(
                    *chosen, Product.id.in_(sold), _has_variant(query, in_stock_only)
                )
            ).all()
            ranked.sort(key=lambda row: (-units[row.id], row.position))
        page = ranked[offset : offset + limit]
        if len(page) < limit:
            unsold = [*extra, Product.id.not_in(sold)] if sold else extra
            page += _page(
                session, unsold, query, in_stock_only, [],
                max(0, offset - len(ranked)), limit - len(page), total - len(ranked), capped,
            )  # fmt: skip
    variants = load_variant_facts(session, [row.id for row in page], _size_keys(query))
    matches = [_to_match(row, variants[row.id], query, in_stock_only) for row in page]
    return SearchResult(
        query=query,
        matches=matches,
        total=total,
        offset=offset,
        sales=_sales_ranking(units, page),
        total_capped=capped,
    )


def _units_sold():
    """Units of a product sold in the window (for ranking; 0 when none)."""
    return (
        select(func.coalesce(func.sum(OrderLine.quantity), 0))
        .select_from(OrderLine)
        .join(Variant, Variant.id == OrderLine.variant_id)
        .join(Order, Order.id == OrderLine.order_id)
        .where(Variant.product_id == Product.id)
        .where(Order.placed_at >= _sales_window_start(), Order.status.not_in(NOT_SOLD_STATUSES))
        .scalar_subquery()
    )


def available_sizes(session: Session, query: ProductQuery, limit: int = 200) -> tuple[str, ...]:
    """In-stock size labels of the products that fit `query`, in the catalog's order."""
    if not _any_variant_fits(session, query, True):  # e.g. a budget under every price
        return ()
    # One row per size (a big catalog has thousands of fitting variants), cheapest first, so
    # that labels the sort below cannot tell apart keep that order. Read off the index that
    # holds each product's sizes with their stock, price and position, not the variant rows:
    # the stock is tested there (`_NotIndexed`: SQLite would otherwise look it up in
    # ix_variant_product_stock and read every row for its size). "Dresses": 7,800 variants in
    # stock at x30, 4.8 -> 2.7 ms (docs/performance.md, section 3.3):
    #   SEARCH variant USING COVERING INDEX ix_variant_product_sizes (product_id=? AND size>?)
    rows = session.execute(
        select(Variant.size)
        .join(Product, Product.id == Variant.product_id)
        .where(Variant.size.is_not(None), _NotIndexed(Variant.stock) > 0)
        .where(and_(*_product_conditions(query), *_variant_conditions(query, False)))
        .group_by(Variant.size)
        .order_by(func.min(Variant.price), func.min(Variant.position))
    )
    sizes = [row.size for row in rows]
    return tuple(sorted(sizes, key=_size_sort_key)[:limit])


def _size_sort_key(label: str) -> tuple:
    number = re.search(r"\d+(?:\.\d+)?", label)
    letters = ["xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl"]
    if number:
        return (0, label.split()[0].lower() if label[0].isalpha() else "", float(number.group(0)))
    return (1, "", letters.index(label.lower()) if label.lower() in letters else 99)
