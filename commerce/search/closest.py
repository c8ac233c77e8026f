"""The products nearest to a query they do not fit (sort="closest", as `find_alternatives` shows
them): which of its filters each gives up, ranked by `alternative_distance`, found from the first
few products of each set of filters given up and from the in-stock variants just beyond the
budget (`_NearestPrices`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import combinations

from sqlalchemy import and_, case, func, literal, select
from sqlalchemy.orm import Session

from commerce.lexicon import load_lexicon
from commerce.models import Product, Variant
from commerce.search.fitting import (
    _IN_STATEMENT,
    _capped_count,
    _capped_total,
    _fits_by_lowest_price,
    _fitting,
    _fitting_variants,
    _has_variant,
    _lowest_price_decides,
    _not_among,
    _product_conditions,
    _size_keys,
    _variant_conditions,
    _variants_first,
    _window_end,
    load_variant_facts,
    variant_fits,
)
from commerce.search.query import ProductQuery, category_types
from commerce.search.results import _MATCH_COLUMNS, SearchResult, _to_match

# Alternatives over budget: how many in-stock variants nearest the bound (of any product) are
# read before ranking every fitting variant instead (`_NearestPrices`).
NEAREST_PRICE_WINDOW = 300

# Which filter goes first when two alternatives are otherwise equally close: the shopper's size
# and colour matter less than the budget, which matters less than the kind of product. Filters not
# named here (the category, "not brown") are never given up while anything else is left.
RELAXATION_ORDER = (
    "size", "colour", "price", "on_sale", "occasions", "brand", "gender", "product",
)  # fmt: skip
# Given up only when nothing that keeps them is left: a man asking for black shoes in 11 is better
# served by two men's pairs than by a third that is "not for men"; "gowns for men" still shows gowns.
GIVEN_UP_LAST = ("gender",)


def alternative_distance(
    price_gap: Decimal, gave_up: Iterable[str], keep: Iterable[str] = ()
) -> tuple:
    """How far a product is from a query it does not fit; smaller is closer. In order:

    1. how many of the filters the shopper has just asked for (`keep`) it gives up: after "in
       brown instead", a brown pair a little over budget is nearer than a black one within it;
    2. the price distance: how far its closest variant's price lies outside the asked-for bounds
       (above `price_max` or below `price_min`; 0 within them);
    3. how many of the query's other filters it gives up;
    4. which ones, by RELAXATION_ORDER (giving up the size is nearer than giving up the brand).
    Ties keep the shop's own order.
    """
    gave_up = tuple(gave_up)
    return (
        len(set(gave_up) & set(keep)),
        price_gap,
        len(gave_up),
        sum(1 << RELAXATION_ORDER.index(name) for name in gave_up),
    )


def _price_gap(price: Decimal, query: ProductQuery) -> Decimal:
    if query.price_max is not None and price > query.price_max:
        return price - query.price_max
    if query.price_min is not None and price < query.price_min:
        return query.price_min - price
    return Decimal(0)


def _find_closest(
    session: Session,
    query: ProductQuery,
    offset: int,
    limit: int,
    exclude_handles: Iterable[str] = (),
    nothing_fits: bool = False,
) -> SearchResult:
    """Every in-stock product that fits the query's fixed filters (its category, "not brown"),
    nearest first by `alternative_distance`; each match says which filters it gives up. The
    filters of GIVEN_UP_LAST are fixed too while any product keeps them (the same test on every
    page, so "Show more" goes on in the same order).
    """
    active = [name for name in RELAXATION_ORDER if name in query.active_filters()]
    keeping = [name for name in active if name not in GIVEN_UP_LAST]
    excluded = tuple(exclude_handles)
    # Products of an opposite occasion (lexicon `opposite_occasions`) likewise: a velvet dress
    # tagged winter is no alternative to a summer dress while any other is left.
    tries = []
    wider = _wider_kind(query)
    for filters in [keeping, active] if keeping != active else [active]:
        if unlike := _opposite_occasions(query):
            unlike_query = query.updated(not_occasions=(*query.not_occasions, *unlike))
            tries.append((unlike_query, filters, nothing_fits))
        tries.append((query, filters, nothing_fits))
        # Then the wider kind, for the shopper's gender still: "smart shoes for women" (all the
        # dress shoes are men's) finds women's flats before a men's loafer "not for women". Some
        # may fit all the rest of the query, which `nothing_fits` says only of the kind itself.
        if filters is keeping and wider:
            tries.append((query.updated(category=wider), filters, False))
    # The last try, the whole query giving up any of `active`, answers even if it finds nothing.
    for tried, filters, none_fit in tries:
        result = _closest_giving_up(session, tried, filters, offset, limit, excluded, none_fit)
        if result.total:
            break
    if wider and filters is tries[0][1] and tried.category != wider:
        of_kind = _ClosestOfKind(session, tried, filters, excluded, none_fit)
        result = _wider_keeping_first(of_kind, wider, offset, limit, result)
    return replace(result, query=query)  # (the shopper's query, to page on)


@dataclass(frozen=True)
class _ClosestOfKind:
    """One try of `_find_closest` (the kind's own products), to read any page of."""

    session: Session
    query: ProductQuery
    filters: list[str]
    excluded: tuple[str, ...]
    nothing_fits: bool

    def page(self, offset: int, limit: int) -> SearchResult:
        return _closest_giving_up(
            self.session, self.query, self.filters, offset, limit, self.excluded, self.nothing_fits
        )


def _wider_keeping_first(
    of_kind: _ClosestOfKind, wider: str, offset: int, limit: int, found: SearchResult
) -> SearchResult:
    """The page `found` of the kind's alternatives, or, when even its nearest gives up a filter
    the shopper has just asked for (the query's `keep`), the products of the wider kind that
    keep every one of those first, then the kind's own alternatives in their order: after
    "heels, not too high, 7.5" and "any in gold or silver", a gold flat in 7.5 before heels in
    other colours. The same test on every page, so "Show more" goes on in the same order."""
    query = of_kind.query
    keep = [name for name in of_kind.filters if name in query.keep]
    if not keep:
        return found
    nearest = found if offset == 0 else of_kind.page(0, 1)
    if not nearest.matches or not set(nearest.matches[0].gave_up) & set(keep):
        return found
    # The wider kind's products with the kept filters fixed, giving up only the others: none of
    # them is of the kind itself, since none of its products keeps them all.
    keeping = _closest_giving_up(
        of_kind.session,
        query.updated(category=wider, keep=()),
        [name for name in of_kind.filters if name not in keep],
        0,
        offset + limit,
        of_kind.excluded,
        False,
    )
    if not keeping.matches:
        return found
    count = len(keeping.matches)  # all of them, unless a whole page or more
    shown = keeping.matches[offset : offset + limit]
    rest = []
    if len(shown) < limit:  # then the kind's own, from where the wider kind's end
        start = max(0, offset - count)
        left = limit - len(shown)
        rest = (
            found.matches[:left]
            if start == 0 and offset == 0
            else of_kind.page(start, left).matches
        )
    return replace(
        found,
        matches=[*shown, *rest],
        total=found.total + count,
        offset=offset,
        total_capped=found.total_capped or count == offset + limit,
    )


def _wider_kind(query: ProductQuery) -> str | None:
    """The wider kind (lexicon `wider_kinds`) of the kind the query names, if it has one."""
    if query.category is None:
        return None
    lexicon = load_lexicon()
    kind = query.category.strip().lower()
    return lexicon.wider_kinds.get(lexicon.category_synonyms.get(kind, kind))


def of_a_wider_kind(product_type: str, query: ProductQuery) -> bool:
    """Whether a product of this type, among a query's alternatives, is of the wider kind only
    (a flat among the alternatives to heels): a shopper is told it is not of the kind asked."""
    wider = _wider_kind(query)
    kind = product_type.strip().lower()
    return (
        bool(wider) and kind in category_types(wider) and kind not in category_types(query.category)
    )


def _opposite_occasions(query: ProductQuery) -> tuple[str, ...]:
    """The occasions whose products are no alternative for the query's ("winter" for "summer")."""
    opposite = load_lexicon().opposite_occasions
    asked = {tag.lower() for tag in query.occasions}
    unlike = {other for tag in asked for other in opposite.get(tag, ())} - asked
    return tuple(sorted(unlike))


def _closest_giving_up(
    session: Session,
    query: ProductQuery,
    active: list[str],
    offset: int,
    limit: int,
    excluded: tuple[str, ...],
    nothing_fits: bool,
) -> SearchResult:
    """`_find_closest`, giving up only the filters named in `active` (in RELAXATION_ORDER).

    Only the page's candidates are ranked, not every product of the kind (a whole catalog when the
    query names no kind): for each set of filters that could be given up, the first
    offset + limit products that fit the rest, nearest price first when the price is among them
    (`_first_fitting`). That is enough: a product P on the page, whose closest variant gives up
    the set G, is among the first offset + limit of G's list, because every product before it
    there has a variant giving up a subset of G at no greater price distance, so ranks before P
    overall too (ties in the shop's order, as in G's list).

    A set that keeps a filter nothing in the shop meets on its own (a size no variant comes in,
    a budget under every price) finds nothing and is not asked (`_unmet_filters`); nor is the
    whole query when the caller knows that nothing fits it (`nothing_fits`).
    """
    hard = query.without(*active).updated(sort=None, keep=())
    # How many fit the fixed filters, asked with `_unmet_filters` (one statement for both).
    counted = _capped_count(
        [*_product_conditions(hard), *_not_among(excluded)], hard, True, offset, limit
    )
    # The sets of filters to give up, nearest first: a set without the price is exactly as far as
    # `alternative_distance` says (its price distance is 0); the sets with it come after those of
    # the same `keep` count, in an order their price distances decide. Once offset + limit
    # products are found and the next set is farther than all of them, nothing later can come
    # before them.
    wanted = offset + limit
    giving_up = sorted(
        (given_up for count in range(len(active) + 1) for given_up in combinations(active, count)),
        key=lambda given_up: (
            alternative_distance(Decimal(0), given_up, query.keep)[0],
            "price" in given_up,
            alternative_distance(Decimal(0), given_up, query.keep)[2:],
        ),
    )
    unmet, (total, capped) = _unmet_filters(session, query, active, counted)
    if nothing_fits:
        unmet.add("")  # stands for the whole query: the empty set of given-up filters keeps it
    candidates: set[int] = set()
    # The variants just beyond the budget, read when a set that gives it up first asks.
    nearest = _NearestPrices(session, query, active, excluded) if "price" in active else None
    for index, given_up in enumerate(giving_up):
        relaxed = query.without(*given_up).updated(sort=None, keep=())
        price = query if "price" in given_up else None
        kept = {name for name in active if name not in given_up} | ({""} if not given_up else set())
        if not unmet & kept:
            candidates.update(_first_fitting(session, relaxed, price, wanted, excluded, nearest))
        following = giving_up[index + 1] if index + 1 < len(giving_up) else None
        # Sets with the price are decided together: their order is the products' own.
        if following is not None and price is not None and "price" in following:
            continue
        if len(candidates) >= wanted:
            break
    # Each filter on its own: the products it lets through, and the test for their variants.
    singles = {
        name: query.without(*(other for other in active if other != name)).updated(
            sort=None, keep=()
        )
        for name in active
    }
    # Every candidate meets the fixed filters, so a variant filter lets every one through; the
    # product filters are read with the candidates, for all of them at once.
    by_product = [name for name in active if name not in VARIANT_FILTERS]
    tests = [case((and_(*_product_conditions(singles[name])), 1), else_=0) for name in by_product]
    rows = []
    if candidates:
        rows = session.execute(
            select(*_MATCH_COLUMNS, *tests)
            .where(Product.id.in_(candidates))
            .order_by(Product.position)
        ).all()
    ids = [row.id for row in rows]
    variants = load_variant_facts(session, ids, _size_keys(query))
    product_fits = {name: set() if name in by_product else set(ids) for name in active}
    for row in rows:
        for name, fits in zip(by_product, row[len(_MATCH_COLUMNS) :], strict=True):
            if fits:
                product_fits[name].add(row.id)
    ranked = []
    for row in rows:
        best = None
        for variant in variants[row.id]:
            if not variant_fits(variant, hard, True):
                continue
            gave_up = tuple(
                name
                for name in active
                if row.id not in product_fits[name]
                or not variant_fits(variant, singles[name], True)
            )
            key = alternative_distance(_price_gap(variant.price, query), gave_up, query.keep)
            if best is None or key < best[0]:
                best = (key, gave_up)
        if best is not None:
            ranked.append((best[0], best[1], row))
    ranked.sort(key=lambda item: item[0])  # stable: ties keep the catalog order
    matches = [
        replace(
            _to_match(
                row, variants[row.id], query.without(*gave_up).updated(sort=None, keep=()), True
            ),
            gave_up=gave_up,
        )
        for _, gave_up, row in ranked[offset : offset + limit]
    ]
    return SearchResult(query, matches, total, offset, total_capped=capped)


# The filters that are checked on each variant; the others are checked on the product.
VARIANT_FILTERS = ("size", "colour", "price", "on_sale")


def _unmet_filters(
    session: Session, query: ProductQuery, active: list[str], counted: tuple
) -> tuple[set[str], tuple[int, bool]]:
    """The filters among `active` that nothing meets even on its own, with only the query's fixed
    filters beside it: no variant in stock of that size, colour, price or sale (whatever its
    product), or no product of that occasion, brand, gender or name (whatever its stock). One
    index lookup each, all in one statement; a set of filters keeping one of them finds
    nothing. The same statement reads `counted` (`_capped_count`: how many fit the fixed
    filters), given back as `_count_capped` gives it: a statement less for every search that
    finds nothing (docs/performance.md, section 3.4)."""
    statement, up_to = counted
    probes = {}
    for name in active:
        alone = query.without(*(other for other in active if other != name)).updated(
            sort=None, keep=()
        )
        if name in VARIANT_FILTERS:  # as `_any_variant_fits` asks
            conditions = _variant_conditions(alone, True, size_index_first=True)
            if len(conditions) > 1:  # more than the stock: a variant filter to look up
                probes[name] = _fitting_variants(alone, True).exists()
        else:
            probes[name] = select(Product.id).where(*_product_conditions(alone)).exists()
    total, *found = session.execute(select(statement.scalar_subquery(), *probes.values())).one()
    unmet = {name for name, there in zip(probes, found, strict=True) if not there}
    return unmet, _capped_total(total, up_to)


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
        statement = (
            select(Product.id)
            .where(*from_variants, lowest > price_of.price_max)
            .order_by(lowest, Product.position)
            .limit(limit)
        )
        return list(session.scalars(statement))
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


class _NearestPrices:
    """The in-stock variants just beyond a query's price bounds, for the sets of its filters that
    give up the price (`_find_closest`): read once per bound, with which of the other filters
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
