"""How a statement finds the products that fit a query, as SQL: from the size's keys, the
colour indexes, or each product's own variants; read off a product's lowest price where that
decides; and windows along the price index. The tests of a product and of a variant themselves:
`product_conditions`, `variant_conditions`; the same test of variants already read:
`variant_facts`; counting the fitting products up to COUNT_CAP: `counting`. The query plans each
was chosen for are in the comments beside it (docs/performance.md, section 3)."""

from __future__ import annotations

from sqlalchemy import func, literal, select, union_all
from sqlalchemy.orm import Session

from commerce.models import Product, Variant, VariantSizeKey
from commerce.search.query import ProductQuery, colour_choices
from commerce.search.sizes_of_kind import kind_has_size
from commerce.search.variant_conditions import _colour_keys, _variant_conditions


def _not_among(handles: tuple[str, ...]) -> list:
    """The test that a product is none of `handles` ("show me others"); none when there are
    none: SQLAlchemy builds an empty NOT IN as a subquery, which cost more to build and key than
    many of the statements it went into (docs/performance.md, section 3.3)."""
    return [Product.handle.not_in(handles)] if handles else []


_IN_STATEMENT = object()  # a window's far end, read by the statement that reads the window


def _window_end(session: Session, far, farthest) -> tuple:
    """Where a window along ix_variant_price ends: (the bound for the statement that reads it,
    the far end or _IN_STATEMENT). On SQLite the statement computes `far` itself, once, as the
    bound of its walk (a statement less); PostgreSQL is given it as a value, read first: with
    a subquery for a bound its planner cannot tell how far the walk goes, and scans every
    variant instead (190 ms against 22 at 1M variants, docs/performance.md, section 3.3). No
    far end (fewer variants than the window): every one, up to `farthest` (max or min)."""
    if session.get_bind().dialect.name == "sqlite":
        up_to = func.coalesce(far, select(farthest).scalar_subquery())
        return up_to, _IN_STATEMENT
    far_end = session.scalar(select(far))
    if far_end is None:
        return select(farthest).scalar_subquery(), None
    return literal(far_end, Variant.price.type), far_end


def _any_variant_fits(session: Session, query: ProductQuery, in_stock_only: bool) -> bool:
    """Whether any variant at all meets the query's variant filters (size, colour, price...).

    A search that can find nothing ("wedding, size 15, under $20": no variant costs under $20;
    "dresses in size 13": no dress is made in 13, `kind_has_size`) learns it here from one walk
    along the most selective variant index, instead of checking every product of its kind (or
    the whole catalog) in turn. Plans: bench/bench_search.py --explain."""
    if query.size:
        found = _fitting_variants(query, in_stock_only)
        if query.category:  # "dresses in 13": no dress is, though other things are (section 3.9)
            found = found.where(kind_has_size(query.category, query.size.lower(), in_stock_only))
    else:
        conditions = _variant_conditions(query, in_stock_only)
        if len(conditions) <= int(in_stock_only):  # no variant filter: nothing to learn here
            return True
        found = select(Variant.id).where(*conditions)
    return session.scalar(found.limit(1)) is not None


def _fitting_variants(query: ProductQuery, in_stock_only: bool):
    """The ids of the variants that meet the query's variant filters, found from the size's keys
    when it has a size (then the colour and price are tested on them as they come), otherwise
    as `_variant_conditions` leads. From the keys as a join, not `variant.id IN (the size's
    variants)`, which SQLite reads in full before the first row ("in stock in size 13?": the
    first of 3,060 keys answers; 0.5 -> 0.05 ms, docs/performance.md, section 3.3):
        SEARCH variant_size_key USING COVERING INDEX ix_variant_size_key_key (key=?)
        SEARCH variant USING INTEGER PRIMARY KEY (rowid=?)"""
    if not query.size:
        return select(Variant.id).where(*_variant_conditions(query, in_stock_only))
    rest = _variant_conditions(query.without("size"), in_stock_only, colour_index=False)
    return (
        select(Variant.id)
        .select_from(VariantSizeKey)
        .join(Variant, Variant.id == VariantSizeKey.variant_id)
        .where(VariantSizeKey.key == query.size.lower(), *rest)
    )


def _has_variant(query: ProductQuery, in_stock_only: bool = True):
    """The product has a variant (in stock, unless told otherwise) that fits the query's variant
    filters: a probe of the product's own variants (ix_variant_product_stock covers every column
    it reads), so a page in the shop's order stops after the products it shows."""
    conditions = _variant_conditions(query, in_stock_only)
    return select(Variant.id).where(Variant.product_id == Product.id, *conditions).exists()


# The variant filters that can make a product's lowest fitting price differ from its lowest
# price in stock (a budget's upper end cannot: it keeps that price or leaves the product out).
RAISING_FIELDS = ("colour", "not_colours", "size", "on_sale", "price_min")


def _lowest_price_decides(query: ProductQuery) -> bool:
    """Whether a product's lowest price in stock (`Product.min_price_in_stock`) is its lowest
    in-stock variant that fits the query: no variant filter but a budget's upper end."""
    return not any(getattr(query, name) for name in RAISING_FIELDS)


def _size_price_decides(query: ProductQuery) -> bool:
    """Whether a product's lowest price in stock in the query's size (`ProductSizePrice`) is its
    lowest in-stock variant that fits the query: a size, and no other variant filter but a
    budget's upper end."""
    return bool(query.size) and not any(
        getattr(query, name) for name in RAISING_FIELDS if name != "size"
    )


def _fits_by_lowest_price(query: ProductQuery):
    """For a query whose fit `_lowest_price_decides`: the product has a variant in stock that
    fits it, read off the product's lowest price in stock, no variant read."""
    lowest = Product.min_price_in_stock
    return lowest.is_not(None) if query.price_max is None else lowest <= query.price_max


def _variants_first(query: ProductQuery) -> bool:
    """Whether the fitting products are best found from their fitting variants (through the
    size keys or the colour indexes) rather than by probing each product of the query's kind,
    name, brand or occasion: a size is a few percent of the variants, unless a name, brand or
    occasion already picks fewer products; a colour, when nothing else picks the products."""
    picked = query.product or query.brand or query.occasions
    return bool(query.size and not picked) or bool(query.colour and not (picked or query.category))


def _fitting(query: ProductQuery, in_stock_only: bool = True):
    """The product has a variant that fits the query (in stock, unless told otherwise), found as
    `_variants_first` says: from the variants of the size or colour (ix_variant_colour_key and
    ix_variant_colour_family hold the stock and the product), or by probing each product's
    own variants (`_has_variant`)."""
    if not _variants_first(query):
        return _has_variant(query, in_stock_only)
    if query.size:  # the size's variants, tested for the rest as they are found
        found = _variant_conditions(query, in_stock_only, size_index_first=True)
        return Product.id.in_(select(Variant.product_id).where(*found))
    rest = _variant_conditions(query.without("colour"), in_stock_only)
    colours = _colour_keys(colour_choices(query.colour))
    # One branch per colour index: an OR of the two would read every variant row it finds.
    return Product.id.in_(
        union_all(
            select(Variant.product_id).where(Variant.colour_key.in_(colours), *rest),
            select(Variant.product_id).where(Variant.colour_family.in_(colours), *rest),
        )
    )
