"""The products nearest to a query they do not fit (sort="closest", as `find_alternatives` shows
them): which of its filters each gives up, ranked by `alternative_distance` (`distance`), found
from the first few products of each set of filters given up and from the in-stock variants just
beyond the budget (`closest_candidates`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import combinations

from sqlalchemy import and_, case, select
from sqlalchemy.orm import Session

from commerce.heel_heights import heels_over, heights_said
from commerce.lexicon import load_lexicon
from commerce.models import Product
from commerce.search.closest_candidates import VARIANT_FILTERS, _first_fitting, _NearestPrices
from commerce.search.counting import _capped_count, _capped_total
from commerce.search.dialect_columns import _AnyCase
from commerce.search.distance import (
    GIVEN_UP_LAST,
    RELAXATION_ORDER,
    _price_gap,
    alternative_distance,
)
from commerce.search.fits import other_fits_first
from commerce.search.fitting import _fitting_variants, _not_among
from commerce.search.product_conditions import _product_conditions
from commerce.search.query import ProductQuery, category_types
from commerce.search.results import MATCH_COLUMNS, SearchResult, to_match
from commerce.search.variant_conditions import _variant_conditions
from commerce.search.variant_facts import _size_keys, load_variant_facts, variant_fits


def find_closest(
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
    if query.heel_max_cm is not None:  # a heel limit is never given up, like the kind
        excluded += heels_over(session, query.heel_max_cm)
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
    return heights_said(session, replace(result, query=query))  # (the query, to page on)


@dataclass(frozen=True)
class _ClosestOfKind:
    """One try of `find_closest` (the kind's own products), to read any page of."""

    session: Session
    query: ProductQuery
    filters: list[str]
    excluded: tuple[str, ...]
    nothing_fits: bool

    def page(self, offset: int, limit: int) -> SearchResult:
        return _closest_giving_up(
            self.session, self.query, self.filters, offset, limit, self.excluded, self.nothing_fits
        )


# Filters just asked for that the kind itself comes before: over budget, the kind asked for is
# nearer than another kind within it.
_KIND_FIRST = frozenset({"price"})


def _wider_keeping_first(
    of_kind: _ClosestOfKind, wider: str, offset: int, limit: int, found: SearchResult
) -> SearchResult:
    """The page `found` of the kind's alternatives, or, when even its nearest gives up a filter
    the shopper has just asked for (the query's `keep`), the products of the wider kind that
    keep every one of those first, then the kind's own alternatives in their order: after
    "heels, not too high, 7.5" and "any in gold or silver", a gold flat in 7.5 before heels in
    other colours. The same test on every page, so "Show more" goes on in the same order.
    A budget is no reason to leave the kind: "under 120 pls" after boots shows the nearest boots
    over it, never sneakers under it (stranger test 53, docs/nlu/stranger-test-53.md, problem 7)."""
    query = of_kind.query
    keep = [name for name in of_kind.filters if name in query.keep and name not in _KIND_FIRST]
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
    """`find_closest`, giving up only the filters named in `active` (in RELAXATION_ORDER).

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
    # Cheap ones asked for ("not too expensive"): the cheapest of many as close, not the first.
    wanted = max(offset + limit, _CHEAP_FIRST_POOL) if query.cheap_first else offset + limit
    # "Not slim fit": regular fit first, then relaxed, then the rest (commerce/search/fits.py).
    fits_first = other_fits_first(query.not_features, _AnyCase)
    giving_up = sorted(
        (given_up for count in range(len(active) + 1) for given_up in combinations(active, count)),
        key=lambda given_up: (
            alternative_distance(Decimal(0), given_up, query.keep, query.loose)[0],
            "price" in given_up,
            alternative_distance(Decimal(0), given_up, query.keep, query.loose)[2:],
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
        if len(candidates) >= wanted and not fits_first:
            break  # (with a fit ruled out, a farther set may hold a preferred fit: read them all)
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
    tests = [case((and_(*_product_conditions(singles[name], own_tags=True)), 1), else_=0)
             for name in by_product]  # fmt: skip
    rows = []
    if candidates:
        rows = session.execute(
            select(*MATCH_COLUMNS, *tests, *fits_first)
            .where(Product.id.in_(candidates))
            .order_by(Product.position)
        ).all()
    ids = [row.id for row in rows]
    variants = load_variant_facts(session, ids, _size_keys(query))
    product_fits = {name: set() if name in by_product else set(ids) for name in active}
    for row in rows:
        tested = row[len(MATCH_COLUMNS) : len(MATCH_COLUMNS) + len(tests)]
        for name, fits in zip(by_product, tested, strict=True):
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
            key = alternative_distance(
                _price_gap(variant.price, query), gave_up, query.keep, query.loose
            )
            if best is None or key < best[0]:
                best = (key, gave_up, variant.price if query.cheap_first else 0)
        if best is not None:
            fit_rank = sum(row[len(MATCH_COLUMNS) + len(tests) :])
            ranked.append((best[0], best[1], row, fit_rank, best[2]))
    # Stable: ties keep the catalog order (or the cheapest first, when cheap ones were asked).
    # The fit's tier right after the filters just asked for.
    ranked.sort(key=lambda item: (item[0][0], item[3], *item[0][1:], item[4]))
    matches = [
        replace(
            to_match(
                row, variants[row.id], query.without(*gave_up).updated(sort=None, keep=()), True
            ),
            gave_up=gave_up,
        )
        for _, gave_up, row, _, _ in ranked[offset : offset + limit]
    ]
    return SearchResult(query, matches, total, offset, total_capped=capped)


# How many of the equally close products are read to find the cheapest of them.
_CHEAP_FIRST_POOL = 120


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
