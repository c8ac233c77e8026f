"""Finding products: `find_products` in each order (the shop's, best sellers, newest, by occasion
or the shopper's tastes), counted and paged. By price: `by_price`; the kinds the shop sells and
the sizes in stock: `on_offer`."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, timezone

from sqlalchemy import case, func, not_, or_, select
from sqlalchemy.orm import Session

from commerce.heel_heights import heels_over, heights_said
from commerce.lexicon import load_lexicon
from commerce.models import Order, OrderLine, Product, ProductTag, Variant
from commerce.search.by_price import _find_by_price
from commerce.search.closest import find_closest
from commerce.search.counting import _count_capped, _count_fitting
from commerce.search.dialect_columns import _AnyCase
from commerce.search.fits import other_fits_first
from commerce.search.fitting import _any_variant_fits, _fitting, _has_variant, _not_among
from commerce.search.product_conditions import _of_kinds, _product_conditions
from commerce.search.query import ProductQuery, category_types
from commerce.search.quiet import quiet_terms
from commerce.search.results import MATCH_COLUMNS, SalesRanking, SearchResult, to_match
from commerce.search.variant_conditions import in_stock_in_colours
from commerce.search.variant_facts import _size_keys, load_variant_facts

# sort="popular" (query.SORTS): the best sellers of this many days.
POPULAR_WINDOW_DAYS = 30
# Orders that did not end in a sale do not make a product popular.
NOT_SOLD_STATUSES = ("cancelled", "returned")


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
        score.append(case((in_stock_in_colours(query.prefer_colours), 1), else_=0))
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
    (lexicon `ranked_last`: "comfortable" heels), or the kinds no one wears for the occasions
    asked for together ("casual|weekend": tailoring for camping); none when nothing such is
    asked for."""
    lexicon = load_lexicon()
    occasions = {occasion.lower() for occasion in query.occasions}
    blends = [key for key in lexicon.ranked_last if "|" in key and set(key.split("|")) <= occasions]
    last = [case((test, 1), else_=0) for test in _ranked_last_tests([*query.features, *blends])]
    # "Something plain", a funeral: what the catalog calls patterned or shiny last.
    return [*last, *quiet_terms(query.quiet)]


def _ranked_last_tests(keys: Iterable[str]) -> list:
    """For each lexicon `ranked_last` key among `keys`, the test that a product is of its kinds
    or its title or description says one of its words."""
    lexicon = load_lexicon()
    tests = []
    for key in keys:
        kinds, words = lexicon.ranked_last.get(key.lower(), ((), ()))
        said = [
            _AnyCase(column).contains(word, autoescape=True)
            for word in words
            for column in (Product.title, Product.description)
        ]
        of_kinds = (
            [_of_kinds(set().union(*(category_types(kind) for kind in kinds)))] if kinds else []
        )
        if said or of_kinds:
            tests.append(or_(*of_kinds, *said))
    return tests


def _no_pick_for_features(query: ProductQuery) -> list:
    """The tests that leave out what a feature asked for is claimed of in words only (lexicon
    `ranked_last`: a heel "comfortable" for its padded insole), for a search that names no kind
    ("something comfortable, size 11, brown"): nobody on their feet all day wants a heel, and
    nothing said asks for one (stranger test 60: a man's comfortable brown shoes in 11 listed a
    suede ankle-strap). None when a kind is named ("comfy shoes" lists heels last, `_ranked_last`)
    or a feature is of those kinds ("a comfortable kitten heel")."""
    if query.category or query.product:
        return []
    lexicon = load_lexicon()
    features = [feature.lower() for feature in query.features]
    kinds = {kind for f in features for kind in lexicon.ranked_last.get(f, ((), ()))[0]}
    if {lexicon.feature_kind.get(feature) for feature in features} & kinds:
        return []
    # (a product with no description says none of the words: never left out for it)
    return [not_(func.coalesce(test, False)) for test in _ranked_last_tests(features)]


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
        return find_closest(session, query, offset, limit, exclude_handles)
    # "Satin heels for the wedding" from a bridesmaid: no bridal pump while anything else fits;
    # "something comfortable": no heel while anything else fits (`_no_pick_for_features`).
    not_bridal = _not_for_the_bride(query) if for_a_guest and only_handles is None else []
    no_pick = _no_pick_for_features(query) if only_handles is None else []
    for leave_out in [[*no_pick, *not_bridal], *([not_bridal] if no_pick and not_bridal else [])]:
        if not leave_out:
            continue
        found = _find_products(
            session, query, offset, limit, in_stock_only, exclude_handles, None, leave_out
        )
        if found.total:
            return heights_said(session, found)
    return heights_said(
        session,
        _find_products(session, query, offset, limit, in_stock_only, exclude_handles, only_handles),
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
    if query.heel_max_cm is not None:  # "nothing higher than a couple of inches"
        extra += _not_among(heels_over(session, query.heel_max_cm))
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
    # "Not slim fit": regular fit first, then relaxed, then the rest (commerce/search/fits.py).
    first = [*other_fits_first(query.not_features, _AnyCase), *_ranked_last(query), *first]
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
    matches = [to_match(row, variants[row.id], query, in_stock_only) for row in page]
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
        select(*MATCH_COLUMNS, func.count().over().label("total"))
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
        statement = select(*MATCH_COLUMNS).where(
            *_product_conditions(query, kind_index=False),
            *extra,
            _has_variant(query, in_stock_only),
        )
        statement = statement.order_by(Product.position)
    else:
        # Few fit (or the order is computed): find them as the count does, then sort them;
        # `position + 0` keeps the database from walking the whole catalog order instead.
        statement = select(*MATCH_COLUMNS).where(
            *_product_conditions(query), *extra, _fitting(query, in_stock_only)
        )
        statement = statement.order_by(*first, Product.position + 0)
    return session.execute(statement.offset(offset).limit(limit)).all()


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
                select(*MATCH_COLUMNS, Product.position).where(
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
    matches = [to_match(row, variants[row.id], query, in_stock_only) for row in page]
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
