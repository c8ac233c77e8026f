"""How many products fit a query: counted to the end (`_count_fitting`), or stopped past
COUNT_CAP (`_count_capped`; its statement and value apart, for a caller that asks more in the
same statement: `_capped_count`, `_capped_total`). The query plans are in the comments beside
them (docs/performance.md, section 3)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commerce.models import Product, ProductSizePrice, Variant, VariantSizeKey
from commerce.search.fitting import (
    _fits_by_lowest_price,
    _fitting,
    _lowest_price_decides,
    _size_price_decides,
    _variants_first,
)
from commerce.search.query import ProductQuery
from commerce.search.variant_conditions import _variant_conditions

# A count of the fitting products stops past this many (or past the page asked for, if further):
# an exact count reads every fitting product, tens of thousands on a big catalog, to print one
# number. The replies then say "more than 200" (`SearchResult.total_capped`).
COUNT_CAP = 200


def _count_fitting(
    session: Session, chosen: list, query: ProductQuery, in_stock_only: bool = True
) -> int:
    """How many products meet `chosen` and have a variant that fits the query."""
    counted = (
        select(func.count()).select_from(Product).where(*chosen, _fitting(query, in_stock_only))
    )
    return session.scalar(counted) or 0


def _count_capped(
    session: Session,
    chosen: list,
    query: ProductQuery,
    in_stock_only: bool,
    offset: int,
    limit: int,
    lowest_price: bool = False,
) -> tuple[int, bool]:
    """`_count_fitting`, stopped past COUNT_CAP products, or past the page asked for if that
    ends further: (the count, False), or (where it stopped, True) when more fit. The products
    are found as `_fitting` finds them; from the variants of a size as those come (not all of
    them first, which a size's thousands of variants on a big catalog make slow), so that the
    count stops soon when many fit. With `lowest_price` (for a page read off the products'
    lowest prices in stock), by those where they decide."""
    counted, up_to = _capped_count(chosen, query, in_stock_only, offset, limit, lowest_price)
    return _capped_total(session.scalar(counted), up_to)


def _capped_count(
    chosen: list,
    query: ProductQuery,
    in_stock_only: bool,
    offset: int,
    limit: int,
    lowest_price: bool = False,
) -> tuple:
    """`_count_capped`'s statement and where it stops, (statement, up_to), for a caller that asks
    more in the same statement (`_closest_giving_up`: the count and which filters nothing meets,
    one statement instead of two; docs/performance.md, section 3.4). Its value goes to
    `_capped_total`."""
    up_to = max(COUNT_CAP, offset + limit)
    if _variants_first(query) and query.size:
        # The size's keys carry their product (ix_variant_size_key_key: key, product, variant),
        # so a variant's row is read only for a product the query picks. With a kind, each of
        # its products looks its size up there (a kind has fewer products than a size has
        # variants: "dresses in size 13", 570 dresses against 3,060 variants in 13 at x30, 2.7
        # -> 0.35 ms of SQLite, docs/performance.md, section 3.3):
        #   SEARCH product USING INDEX ix_product_type_lower (<expr>=?)  (and department)
        #   CORRELATED SCALAR SUBQUERY: SEARCH variant_size_key USING COVERING INDEX
        #     ix_variant_size_key_key (key=? AND product_id=?); SEARCH variant USING INTEGER
        #     PRIMARY KEY (rowid=?)
        # Without one ("everything in M"), from the size's keys, stopping at the cap:
        #   SEARCH variant_size_key USING COVERING INDEX ix_variant_size_key_key (key=?)
        #   SEARCH product USING INTEGER PRIMARY KEY; SEARCH variant USING INTEGER PRIMARY KEY
        key = query.size.lower()
        rest = _variant_conditions(query.without("size"), in_stock_only, colour_index=False)
        if query.category and in_stock_only and _size_price_decides(query):
            # In stock with no other variant filter: the product's lowest price in stock in the
            # size says it, no variant read. PostgreSQL x289 then hashes the 13,872 products in
            # stock in 13 against the 5,491 dresses (158 -> 32 ms under load, instead of each
            # dress's size keys and variants; docs/performance.md, section 3.8):
            #   Hash Join: Bitmap Heap Scan on product (BitmapOr of ix_product_type_lower and
            #   ix_product_department_lower), Index Only Scan using ix_product_size_price_key
            # SQLite x30: SEARCH product USING INDEX ix_product_type_lower (<expr>=?), then
            #   SEARCH product_size_price USING PRIMARY KEY (product_id=? AND key=?)
            in_size = select(ProductSizePrice.product_id).where(
                ProductSizePrice.key == key, ProductSizePrice.product_id == Product.id
            )
            if query.price_max is not None:
                in_size = in_size.where(ProductSizePrice.min_price_in_stock <= query.price_max)
            fitting = select(Product.id).where(*chosen, in_size.exists())
        elif query.category:
            in_size = (
                select(VariantSizeKey.variant_id)
                .join(Variant, Variant.id == VariantSizeKey.variant_id)
                .where(VariantSizeKey.key == key, VariantSizeKey.product_id == Product.id, *rest)
                .exists()
            )
            fitting = select(Product.id).where(*chosen, in_size)
        else:
            fitting = (
                select(VariantSizeKey.product_id)
                .join(Product, Product.id == VariantSizeKey.product_id)
                .join(Variant, Variant.id == VariantSizeKey.variant_id)
                .where(VariantSizeKey.key == key, *chosen, *rest)
                .distinct()
            )
    elif lowest_price and in_stock_only and _lowest_price_decides(query):
        # No variant filter but a budget's upper end: a product fits by its lowest price in
        # stock, no variant probed ("dresses, cheapest first" at 1M variants on PostgreSQL: a
        # probe of each dress's variants was 16 of the search's 17 ms under load;
        # docs/performance.md, section 3.6). Only where the page was read off the same column:
        # elsewhere the count reads the variants as the page does.
        fitting = select(Product.id).where(*chosen, _fits_by_lowest_price(query))
    else:
        fitting = select(Product.id).where(*chosen, _fitting(query, in_stock_only))
    return select(func.count()).select_from(fitting.limit(up_to + 1).subquery()), up_to


def _capped_total(counted: int | None, up_to: int) -> tuple[int, bool]:
    """The value of `_capped_count`'s statement as `_count_capped` gives it: (the count, False),
    or (where it stopped, True) when more fit."""
    return (up_to, True) if (counted or 0) > up_to else (counted or 0, False)
