"""What matching needs to know of a product's variants (`VariantFacts`), read in two queries
for a page of products (`load_variant_facts`), and the same test as the SQL's of a variant
already read (`variant_fits`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from commerce.models import Variant, VariantSizeKey
from commerce.search.query import ProductQuery, colour_choices
from commerce.search.variant_conditions import _colour_keys


@dataclass(frozen=True)
class VariantFacts:
    """What matching needs to know of a variant, read as a plain row (ORM objects cost more)."""

    id: int
    size: str | None
    colour: str | None
    colour_key: str | None
    colour_family: str | None
    price: Decimal
    compare_at_price: Decimal | None
    stock: int
    size_keys: frozenset[str]


def load_variant_facts(
    session: Session, product_ids: list[int], size_keys: Iterable[str] | None = None
) -> dict[int, list[VariantFacts]]:
    """Product id -> its variants in catalog order, with their size keys; two queries in all.

    With `size_keys`, only those keys are read (a variant's `size_keys` then holds the ones it
    has): enough to match a query's size, and a search shows results sooner without reading
    every size key of every variant on the page (none at all when the query has no size)."""
    if not product_ids:  # an empty IN list would read the whole variant table
        return {}
    keys: dict[int, set[str]] = defaultdict(set)
    wanted = None if size_keys is None else sorted(size_keys)
    if wanted is None:
        key_rows = session.execute(
            select(VariantSizeKey.variant_id, VariantSizeKey.key)
            .join(Variant, Variant.id == VariantSizeKey.variant_id)
            .where(Variant.product_id.in_(product_ids))
        )
        for variant_id, key in key_rows:
            keys[variant_id].add(key)
    # The keys asked for come with the variants, one column each: a probe of the variant's own
    # keys (their primary key), one statement instead of two (docs/performance.md, section 3.3).
    has_key = [
        select(VariantSizeKey.variant_id)
        .where(VariantSizeKey.variant_id == Variant.id, VariantSizeKey.key == key)
        .exists()
        for key in wanted or ()
    ]
    facts: dict[int, list[VariantFacts]] = defaultdict(list)
    rows = session.execute(
        select(
            Variant.id,
            Variant.product_id,
            Variant.size,
            Variant.colour,
            Variant.colour_key,
            Variant.colour_family,
            Variant.price,
            Variant.compare_at_price,
            Variant.stock,
            *has_key,
        )  # fmt: skip
        .where(Variant.product_id.in_(product_ids))
        .order_by(Variant.product_id, Variant.position)
    )
    # Read by position: a result row's attributes by name cost more than SQLite's answer (a
    # page's 117 variants: 0.47 -> 0.12 ms; docs/performance.md, section 3.3).
    no_keys: frozenset[str] = frozenset()
    for variant_id, product_id, size, colour, colour_key, family, price, was, stock, *has in rows:
        if has:
            keys[variant_id].update(key for key, there in zip(wanted, has, strict=True) if there)
        found = keys.get(variant_id)
        facts[product_id].append(
            VariantFacts(variant_id, size, colour, colour_key, family, price, was, stock,
                         frozenset(found) if found else no_keys)
        )  # fmt: skip
    return facts


def _size_keys(query: ProductQuery) -> tuple[str, ...]:
    """The size keys `variant_fits` reads for this query (and queries with fewer filters)."""
    return (query.size.lower(),) if query.size else ()


def colour_as_asked(variant: VariantFacts, asked: str, searched: str | None = None) -> bool:
    """Whether `variant` may be said to be in the colour `asked` ("That's in Olive, as you
    asked"). A colour asked of the product itself takes its shades ("does it come in green?":
    "Yes, in Olive", the answer named it); the colour searched by (`searched`: "blue dresses",
    which finds navy ones too, as `variant_fits`) only itself: navy is no blue "as you asked"
    (stranger test 59)."""
    if asked != searched:
        return variant_fits(variant, ProductQuery(colour=asked), False)
    return variant.colour_key in _colour_keys(colour_choices(asked))


def variant_fits(variant: VariantFacts, query: ProductQuery, in_stock_only: bool) -> bool:
    """The same test as `_variant_conditions`, for variants already loaded."""
    if in_stock_only and variant.stock <= 0:
        return False
    if query.colour and not set(_colour_keys(colour_choices(query.colour))) & {
        variant.colour_key,
        variant.colour_family,
    }:
        return False
    if query.not_colours and set(_colour_keys(query.not_colours)) & {
        variant.colour_key,
        variant.colour_family,
    }:
        return False
    if query.size and query.size.lower() not in variant.size_keys:
        return False
    if query.on_sale and not (variant.compare_at_price or 0) > variant.price:
        return False
    if query.price_min is not None and variant.price < query.price_min:
        return False
    return query.price_max is None or variant.price <= query.price_max
