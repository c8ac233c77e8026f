"""One product at a time: details, what is in stock, a size or colour check, similar products."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from commerce.models import Product, Variant
from commerce.search import ProductQuery, SearchResult, find_products


@dataclass(frozen=True)
class ProductDetails:
    handle: str
    title: str
    brand: str
    product_type: str
    description: str
    price_from: Decimal
    price_to: Decimal
    compare_at_price: Decimal | None
    image_url: str | None
    stock_by_colour: dict[str, tuple[str, ...]]  # colour -> sizes in stock ("" when no colour)
    sold_out_colours: tuple[str, ...]  # colours with no size left
    sizes_offered: tuple[str, ...]  # every size the product is made in

    @property
    def in_stock(self) -> bool:
        return bool(self.stock_by_colour)  # a colour is listed only when something is left in it


@dataclass(frozen=True)
class VariantCheck:
    """The answer to "is it available in 9 / in brown?" for one product."""

    product: ProductDetails
    size: str | None  # the size key asked for
    colour: str | None
    offered: bool  # the product is made in that size/colour at all
    in_stock: tuple[Variant, ...]  # fitting variants with stock
    other_colours_in_size: tuple[str, ...]  # when the colour is out, colours left in that size


def _load(session: Session, handle: str) -> Product | None:
    return session.scalar(
        select(Product)
        .where(Product.handle == handle, Product.is_active.is_(True))
        .options(selectinload(Product.variants).selectinload(Variant.size_keys))
    )


def product_details(session: Session, handle: str) -> ProductDetails | None:
    product = _load(session, handle)
    return _details(product) if product else None


def _details(product: Product) -> ProductDetails:
    prices = [variant.price for variant in product.variants]
    sale = [variant.compare_at_price for variant in product.variants if variant.compare_at_price]
    stock_by_colour: dict[str, list[str]] = {}
    all_colours: list[str] = []
    for variant in product.variants:
        colour = variant.colour or ""
        if colour not in all_colours:
            all_colours.append(colour)
        if variant.stock > 0:
            stock_by_colour.setdefault(colour, [])
            if variant.size:
                stock_by_colour[colour].append(variant.size)
    return ProductDetails(
        handle=product.handle,
        title=product.title,
        brand=product.brand,
        product_type=product.product_type,
        description=product.description,
        price_from=min(prices),
        price_to=max(prices),
        compare_at_price=max(sale) if sale else None,
        image_url=product.image_url,
        stock_by_colour={colour: tuple(sizes) for colour, sizes in stock_by_colour.items()},
        sold_out_colours=tuple(c for c in all_colours if c and c not in stock_by_colour),
        sizes_offered=tuple(dict.fromkeys(v.size for v in product.variants if v.size)),
    )


def check_variant(
    session: Session, handle: str, size: str | None = None, colour: str | None = None
) -> VariantCheck | None:
    """Whether `handle` is in stock in a size key and/or colour (None when there's no product)."""
    product = _load(session, handle)
    if product is None:
        return None
    colour_key = colour.lower() if colour else None

    def fits(variant: Variant, with_colour: bool = True) -> bool:
        if size and size.lower() not in {row.key for row in variant.size_keys}:
            return False
        if with_colour and colour_key:
            return colour_key in (variant.colour_key, variant.colour_family)
        return True

    offered = [variant for variant in product.variants if fits(variant)]
    in_stock = tuple(variant for variant in offered if variant.stock > 0)
    other_colours = tuple(
        dict.fromkeys(
            variant.colour
            for variant in product.variants
            if variant.stock > 0 and variant.colour and fits(variant, with_colour=False)
        )
    )
    return VariantCheck(
        product=_details(product),
        size=size,
        colour=colour,
        offered=bool(offered),
        in_stock=in_stock,
        other_colours_in_size=other_colours if colour_key and not in_stock else (),
    )


def similar_products(
    session: Session,
    handle: str,
    size: str | None = None,
    colour: str | None = None,
    limit: int = 3,
) -> SearchResult:
    """In-stock products of the same kind (and size/colour, if given), the product itself excluded."""
    product = _load(session, handle)
    if product is None:
        return SearchResult(ProductQuery(), [], 0)
    query = ProductQuery(
        category=product.product_type or None,
        size=size,
        colour=colour,
        gender=product.gender if product.gender in ("male", "female") else None,
    )
    return find_products(session, query, limit=limit, exclude_handles=(handle,))


def find_product_by_name(session: Session, name: str) -> str | None:
    """The handle of the product a shopper named ("the windsor", "Ashby Cap-Toe Oxford")."""
    wanted = name.strip().lower()
    if not wanted:
        return None
    exact = session.scalar(
        select(Product.handle).where(
            func.lower(Product.title) == wanted, Product.is_active.is_(True)
        )
    )
    if exact:
        return exact
    words = [word for word in re.findall(r"[\w'-]+", wanted) if word not in {"the", "a", "one"}]
    if not words:
        return None
    candidates = select(Product.handle, Product.title).where(Product.is_active.is_(True))
    for word in words:
        candidates = candidates.where(func.lower(Product.title).contains(word, autoescape=True))
    rows = session.execute(candidates.order_by(Product.position).limit(2)).all()
    # A name that fits two products is not a choice; the shopper has to say more.
    return rows[0].handle if len(rows) == 1 else None
