"""The candidates of `find_closest`: the first products that fit one set of a query's filters, in
the shop's order or, giving up the budget, nearest price first (`_first_fitting`), read where
they can be from the in-stock variants just beyond the budget (`_NearestPrices`, one window per
bound for every set)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import and_, case, func, literal, select
from sqlalchemy.orm import Session

from commerce.models import Product, ProductSizePrice, Variant
from commerce.search.by_price import cheapest_of_kind_once
from commerce.search.distance import RELAXATION_ORDER
from commerce.search.fitting import (
    _IN_STATEMENT,
    _fits_by_lowest_price,
    _fitting,
    _has_variant,
    _lowest_price_decides,
    _not_among,
    _size_price_decides,
    _variants_first,
    _window_end,
)
from commerce.search.product_conditions import _product_conditions
from commerce.search.query import ProductQuery
from commerce.search.variant_conditions import _variant_conditions

# Alternatives over budget: how many in-stock variants nearest the bound (of any product) are
# read before ranking every fitting variant instead (`_NearestPrices`).
NEAREST_PRICE_WINDOW = 300

# The filters that are checked on each variant; the others are checked on the product.
VARIANT_FILTERS = ("size", "colour", "price", "on_sale")


def _first_fitting(
    session: Session,
    query: ProductQuery,
    price_of: ProductQuery | None,
    limit: int,
    excluded: tuple[str, ...],
    nearest: _NearestPrices | None = None,
) -> list[int]:
    """Ids of the first `limit` in-stock products that fit `query`, in the shop's order; with
    `price_of` (the query that `query` relaxes), those whose closest variant outside its price
    bounds is nearest to them, read from `nearest` (the variants just beyond those bounds) where
    they settle it."""
    fitting = [*_product_conditions(query), *_not_among(excluded)]
    # For the statements below that start from variants (the nearest prices, the size's), not
    # from the products of a kind or an occasion (a wedding's are many).
    from_variants = [
        *_product_conditions(query, kind_index=False, tag_index=False),
        *_not_among(excluded),
    ]
    decided = _lowest_price_decides(query)  # no size, colour or sale kept: no variant to read
    if price_of is None:
        picked = query.category or query.product or query.brand or query.occasions
        if decided:
            # A product fits if its lowest price in stock does (docs/performance.md, section
            # 3.6): "wedding under $20", giving up the size, reads no variant of any product.
            statement = select(Product.id).where(*fitting, _fits_by_lowest_price(query))
            order = (
                Product.position + 0 if picked or query.price_max is not None else Product.position
            )
        elif picked or _variants_first(query):
            # Found first, then sorted: a walk along the catalog order would pass over most of
            # a big catalog when few products fit (and for alternatives, few usually do).
            statement = select(Product.id).where(*fitting, _fitting(query))
            order = Product.position + 0
        else:
            statement = select(Product.id).where(*fitting, _has_variant(query))
            order = Product.position
        return list(session.scalars(statement.order_by(order).limit(limit)))
    if decided and price_of.price_min is None and price_of.price_max is not None:
        # Giving up the budget and keeping no size, colour or sale, a product's nearest variant
        # above the budget is its lowest in stock, or it has one within the budget and fits a
        # set that keeps the budget, nearer than this one. So this set's nearest are read off
        # ix_product_min_price_in_stock from the budget up, not by grouping every variant above
        # it ("wedding, size 15, under $20" at 1M variants: the wedding products' variants):
        # SQLite x30: SEARCH product USING INDEX ix_product_min_price_in_stock
        #   (min_price_in_stock>?)
        # PostgreSQL x289: Limit -> Nested Loop Semi Join: Index Scan using
        #   ix_product_min_price_in_stock on product, Index Only Scan using ix_product_tag_tag
        lowest = Product.min_price_in_stock
        walk = (
            select(Product.id)
            .where(*from_variants, lowest > price_of.price_max)
            .order_by(lowest, Product.position)
        )
        if query.category:
            # Keeping the kind, off each of its Types' and departments' own index by lowest
            # price (as `_cheapest_of_kind` pages cheapest first), not along every product's
            # lowest price past the cheaper products of every other kind ("black-tie suits in
            # pink, 52L, under $50" at 1M variants: 42,483 products, 143 ms -> docs/performance.md,
            # section 3.8). SQLite x30: SEARCH product USING INDEX ix_product_type_lowest_price
            #   (<expr>=? AND min_price_in_stock>?), the same for the department's index
            # PostgreSQL x289: Limit -> Sort -> Nested Loop: HashAggregate -> Append, per Type
            #   or department: Limit -> Index Scan using ix_product_type_lowest_price
            key = ("closest above", price_of.price_max, excluded)
            page = cheapest_of_kind_once(key, query, walk, 0, limit)
            return [row.id for row in session.execute(page)]
        return list(session.scalars(walk.limit(limit)))
    if _size_price_decides(query) and price_of.price_min is None and price_of.price_max is not None:
        # The same keeping a size (and no colour, "not colour", sale or lower bound), by the
        # product's lowest price in stock in that size: read off ix_product_size_price_key from
        # the budget up, not by grouping every variant of the size above the budget ("wedding,
        # size 15, under $20": both sets that keep the size; docs/performance.md, section 3.7).
        return _nearest_in_size(session, query.size, price_of.price_max, from_variants, limit)
    # Nearest first, for each bound given up: the fitting products among the in-stock variants
    # just beyond it (`_NearestPrices`), or, when those do not settle the first `limit`, every
    # fitting variant beyond it, grouped by product (from the size's variants when there is a
    # size). Either way every product among the `limit` nearest of this side is found with its
    # exact distance, which is all that the merge below needs.
    gaps: dict[int, Decimal] = {}
    sides = []
    if price_of.price_max is not None:
        sides.append((True, Variant.price > price_of.price_max, price_of.price_max))
    if price_of.price_min is not None:
        sides.append((False, Variant.price < price_of.price_min, price_of.price_min))
    settled = True  # every side's nearest products were all read in its window
    window_rows = []  # (product id, price, position) of each fitting variant in the windows
    positions: dict[int, int] = {}  # product id -> its place in the catalog order
    if nearest is None:
        active = [name for name in RELAXATION_ORDER if name in price_of.active_filters()]
        nearest = _NearestPrices(session, price_of, active, excluded)
    for above, outside, bound in sides:
        rows = nearest.beyond(above, outside, bound, query.active_filters(), limit)
        found = None
        if rows is not None:
            window_rows += rows
            found = {}
            for product_id, price, position in rows:
                gap = abs(price - bound)
                found[product_id] = min(gap, found.get(product_id, gap))
                positions[product_id] = position
        else:
            settled = False
            nearest_price = func.min(Variant.price) if above else func.max(Variant.price)
            grouped = [*fitting, *_variant_conditions(query, True, size_index_first=True)]
            if query.size:  # from the size's variants
                grouped = [*from_variants, *_variant_conditions(query, True, True)]
            elif not _variants_first(query):
                # From the products of the kind (or else of the occasion, brand, name), through
                # their variants' covering index, not from every variant of the colour.
                picking = _product_conditions(query, tag_index=not query.category)
                grouped = [*picking, *_not_among(excluded),
                           *_variant_conditions(query, True, colour_index=False)]  # fmt: skip
            # Nearest first, then in the catalog order: the first `limit` of this side exactly,
            # ties at the last distance included, with no statement after it to read those.
            rows = session.execute(
                select(Variant.product_id, nearest_price, Product.position)
                .join(Product, Product.id == Variant.product_id)
                .where(*grouped, outside)
                .group_by(Variant.product_id, Product.position)
                .order_by(nearest_price.asc() if above else nearest_price.desc(), Product.position)
                .limit(limit)
            ).all()
            found = {product_id: abs(price - bound) for product_id, price, _ in rows}
            positions.update((product_id, position) for product_id, _, position in rows)
        for product_id, gap in found.items():
            gaps[product_id] = min(gap, gaps.get(product_id, gap))
    if not gaps:
        return []
    if not settled:
        # Each side's first `limit` by distance and then the catalog order are in `gaps` (a
        # window holds every variant as near as its far end): the first `limit` of them all
        # are this set's (docs/performance.md, section 3.3: one statement less per side).
        return sorted(gaps, key=lambda product_id: (gaps[product_id], positions[product_id]))[
            :limit
        ]
    last = sorted(gaps.values())[:limit][-1]
    nearer = [product_id for product_id, gap in gaps.items() if gap < last]
    at_prices = {bound + last if above else bound - last for above, _, bound in sides}
    # The windows hold every fitting variant as near as `last`: the ties are read off them.
    tied_at = {(position, product_id) for product_id, price, position in window_rows
               if price in at_prices}  # fmt: skip
    return nearer + [product_id for _, product_id in sorted(tied_at)[:limit]]


def _nearest_in_size(
    session: Session, size: str, bound: Decimal, fitting: list, limit: int
) -> list[int]:
    """Ids of the first `limit` products that meet `fitting` and have a variant in stock in
    `size`, by their lowest price in stock in that size above `bound`, then the shop's order;
    those with one within `bound` are left out (they fit the set that keeps the budget).
        SQLite x30: SEARCH product_size_price USING COVERING INDEX ix_product_size_price_key
          (key=? AND min_price_in_stock>?)
        PostgreSQL x289 (0.09 ms; grouping the variants of size 15 over $20: 136-143 ms):
          Limit -> Nested Loop: Index Only Scan using ix_product_size_price_key (Index Cond:
          key = '15' AND min_price_in_stock > 2000, 3 rows), product_tag_pkey, product_pkey"""
    lowest = ProductSizePrice.min_price_in_stock
    statement = (
        select(Product.id)
        .join(ProductSizePrice, ProductSizePrice.product_id == Product.id)
        .where(ProductSizePrice.key == size.lower(), lowest > bound, *fitting)
        .order_by(lowest, ProductSizePrice.position)
        .limit(limit)
    )
    return list(session.scalars(statement))


class _NearestPrices:
    """The in-stock variants just beyond a query's price bounds, for the sets of its filters that
    give up the price (`find_closest`): read once per bound, with which of the other filters
    each variant meets, instead of once per set.

    Per bound, a window: every in-stock variant up to the NEAREST_PRICE_WINDOW-th beyond it (of
    any product), read off ix_variant_price alone, so it costs about the same whatever the
    query; every variant that near is in it, so the distances found are exact."""

    def __init__(
        self, session: Session, query: ProductQuery, active: list[str], excluded: tuple[str, ...]
    ) -> None:
        self.session = session
        hard = query.without(*active).updated(sort=None, keep=())
        # Started from the window's variants, not from the products of a kind or occasion.
        self.fixed = [
            *_product_conditions(hard, kind_index=False, tag_index=False),
            *_not_among(excluded),
            *_variant_conditions(hard, True, colour_index=False),
        ]
        self.names = [name for name in active if name != "price"]
        self.tests = []
        for name in self.names:  # each filter with the fixed ones: its test is theirs and its own
            single = query.without(*(other for other in active if other != name))
            if name in VARIANT_FILTERS:
                test = and_(*_variant_conditions(single, True, colour_index=False))
            else:
                test = and_(*_product_conditions(single, kind_index=False, tag_index=False))
            self.tests.append(case((test, 1 << len(self.tests)), else_=0))
        # One column, the filters each variant meets as bits, which each set of filters given up
        # tests against its own: one number per row, not a column per filter tested in Python
        # (five sets over wedding's 360 rows: 0.87 -> 0.12 ms of CPU; docs/performance.md,
        # section 3.4).
        self.met = sum(self.tests[1:], self.tests[0]) if self.tests else literal(0)
        self.windows: dict[tuple, tuple] = {}  # (above, bound) -> (far end, rows)

    def beyond(
        self, above: bool, outside, bound: Decimal, kept: Iterable[str], limit: int
    ) -> list[tuple[int, Decimal, int]] | None:
        """(Product id, price, product position) of every variant in the window beyond `bound`
        that fits the query keeping the filters `kept` (and giving up the price); None when
        fewer than `limit` products are among them and the window did not hold every variant
        beyond the bound."""
        if (above, bound) not in self.windows:
            self.windows[above, bound] = self._read(above, outside, bound)
        far_end, rows = self.windows[above, bound]
        # Each row carries the filters its variant meets as bits (`self.met`), tested at once.
        asked = sum(1 << self.names.index(name) for name in kept if name in self.names)
        fitting = [row[:3] for row in rows if row[3] & asked == asked]
        if far_end is None:  # the window held every in-stock variant beyond the bound
            return fitting
        enough = len({product_id for product_id, _, _ in fitting}) >= limit
        return fitting if enough else None

    def _read(self, above: bool, outside, bound: Decimal) -> tuple:
        nearest_first = Variant.price.asc() if above else Variant.price.desc()
        far = (
            select(Variant.price)
            .where(Variant.stock > 0, outside)
            .order_by(nearest_first)
            .offset(NEAREST_PRICE_WINDOW - 1)
            .limit(1)
            .scalar_subquery()
        )
        # Up to the far end and every variant at its price (every one beyond the bound when
        # fewer are in stock), in one statement with the far end on each row, walking
        # ix_variant_price alone (docs/performance.md, section 3.3:
        # the window 2.1 -> 1.2 ms for "black-tie suits in pink over $50", a statement less).
        farthest = func.max(Variant.price) if above else func.min(Variant.price)
        up_to, far_end = _window_end(self.session, far, farthest)
        read_far = far if far_end is _IN_STATEMENT else literal(None)
        rows = self.session.execute(
            select(Variant.product_id, Variant.price, Product.position, self.met, read_far)
            .join(Product, Product.id == Variant.product_id)
            .where(*self.fixed, Variant.stock > 0, outside)
            .where(Variant.price <= up_to if above else Variant.price >= up_to)
        ).all()
        if far_end is _IN_STATEMENT:
            if not rows:  # where the window ends is not known: as if it held too few (the
                return bound, []  # sets read their own nearest), not a statement more
            far_end = rows[0][-1]
        return far_end, [tuple(row)[:-1] for row in rows]
