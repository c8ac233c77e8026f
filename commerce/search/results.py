"""What a search gives back: one line per product (`ProductMatch`, built from a product row and its
variants by `to_match`), a page of them (`SearchResult`), and what a best sellers ranking rests
on (`SalesRanking`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from commerce.models import Product
from commerce.search.query import ProductQuery
from commerce.search.variant_facts import VariantFacts, variant_fits


@dataclass(frozen=True)
class ProductMatch:
    """One product in a result list, with what matched the query."""

    handle: str
    title: str
    brand: str
    product_type: str
    price_from: Decimal
    price_to: Decimal
    compare_at_price: Decimal | None
    colours: tuple[str, ...]  # colours in stock that fit the query's other filters
    sizes: tuple[str, ...]  # sizes in stock that fit the query
    image_url: str | None
    in_stock: bool
    # For alternatives: the query's filters this product does not meet ("size", "price", ...).
    gave_up: tuple[str, ...] = field(default=(), compare=False)
    # A heel's height in cm where the catalog gives it, for a search with a heel limit (None else).
    heel_cm: float | None = field(default=None, compare=False)


@dataclass(frozen=True)
class SalesRanking:
    """What a "best sellers" ranking rests on: units sold in the last `window_days` days."""

    window_days: int
    shop_units: int  # units sold by the whole shop in the window (0: nothing to rank by)
    units: dict[str, int]  # handle -> units sold in the window, for the products shown


@dataclass(frozen=True)
class SearchResult:
    query: ProductQuery
    matches: list[ProductMatch]
    total: int  # how many products fit; with `total_capped`, more than this many
    offset: int = 0
    sales: SalesRanking | None = None  # only for sort="popular"
    # The count stopped at `total` (COUNT_CAP, or the end of the page asked for): more fit.
    total_capped: bool = False

    @property
    def has_more(self) -> bool:
        return self.total_capped or self.offset + len(self.matches) < self.total


# What a result line needs of a product, read as a plain row.
MATCH_COLUMNS = (
    Product.id, Product.handle, Product.title, Product.brand, Product.product_type,
    Product.image_url,
)  # fmt: skip


def to_match(
    product, variants: list[VariantFacts], query: ProductQuery, in_stock_only: bool
) -> ProductMatch:
    """The result line of a product (a row with MATCH_COLUMNS) from its variants: the prices,
    colours and sizes of those that fit the query (in stock, with `in_stock_only`)."""
    fitting = [v for v in variants if variant_fits(v, query, in_stock_only)]
    prices = [v.price for v in fitting]
    sale_prices = [v.compare_at_price for v in fitting if v.compare_at_price]
    # Sizes that fit everything but the size filter: what the shopper could pick next.
    size_free = query.without("size")
    sizes = [v.size for v in variants if v.size and variant_fits(v, size_free, True)]
    colour_free = query.without("colour")
    colours = [v.colour for v in variants if v.colour and variant_fits(v, colour_free, True)]
    # The colours asked for first: "dark trousers" lists "(Navy, Beige)", never "(Beige, Navy)".
    asked = {v.colour for v in fitting}
    colours = sorted(dict.fromkeys(colours), key=lambda colour: colour not in asked)
    return ProductMatch(
        handle=product.handle,
        title=product.title,
        brand=product.brand,
        product_type=product.product_type,
        price_from=min(prices),
        price_to=max(prices),
        compare_at_price=max(sale_prices) if sale_prices else None,
        colours=tuple(dict.fromkeys(colours)),
        sizes=tuple(dict.fromkeys(sizes)),
        image_url=product.image_url,
        in_stock=any(v.stock > 0 for v in fitting),
    )
