"""How far a product is from a query it does not fit (`alternative_distance`): which filters
go first (RELAXATION_ORDER), which last (GIVEN_UP_LAST), and a price's distance from the budget."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from commerce.search.query import ProductQuery

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
    price_gap: Decimal, gave_up: Iterable[str], keep: Iterable[str] = (), loose: Iterable[str] = ()
) -> tuple:
    """How far a product is from a query it does not fit; smaller is closer. In order:

    1. how many of the filters the shopper has just asked for (`keep`) it gives up: after "in
       brown instead", a brown pair a little over budget is nearer than a black one within it;
    2. the price distance: how far its closest variant's price lies outside the asked-for bounds
       (above `price_max` or below `price_min`; 0 within them);
    3. how many of the query's other filters it gives up, those said loosely (`loose`: "or
       maybe a wedding") counted only after the firm ones: a green dress not for a wedding is
       nearer than a wedding dress that is not green;
    4. which ones, by RELAXATION_ORDER (giving up the size is nearer than giving up the brand),
       a loose one before any other.
    Ties keep the shop's own order.
    """
    gave_up = tuple(gave_up)
    firm = [name for name in gave_up if name not in set(loose)]
    return (
        len(set(gave_up) & set(keep)),
        price_gap,
        len(firm),
        len(gave_up),
        sum(1 << RELAXATION_ORDER.index(name) for name in firm),
    )


def _price_gap(price: Decimal, query: ProductQuery) -> Decimal:
    if query.price_max is not None and price > query.price_max:
        return price - query.price_max
    if query.price_min is not None and price < query.price_min:
        return query.price_min - price
    return Decimal(0)
