"""One product at a time: details, what is in stock, a size or colour check, similar products."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commerce.models import Product
from commerce.search import (
    ProductQuery,
    SearchResult,
    VariantFacts,
    find_products,
    load_variant_facts,
    variant_fits,
)


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
    # colour -> every size it is made in, stock or not ("" when no colour)
    sizes_by_colour: dict[str, tuple[str, ...]] = field(default_factory=dict)

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
    in_stock: tuple[VariantFacts, ...]  # fitting variants with stock
    other_colours_in_size: tuple[str, ...]  # when the colour is out, colours left in that size
    # Whether the product is made in the size asked (in any colour) and in the colour asked (in
    # any size): when it isn't `offered`, which of the two it lacks (M is made, sage is not).
    size_made: bool = True
    colour_made: bool = True


def _load(session: Session, handle: str) -> tuple[Product, list[VariantFacts]] | None:
    product = session.scalar(
        select(Product).where(Product.handle == handle, Product.is_active.is_(True))
    )
    if product is None:
        return None
    return product, load_variant_facts(session, [product.id])[product.id]


def product_details(session: Session, handle: str) -> ProductDetails | None:
    loaded = _load(session, handle)
    return _details(*loaded) if loaded else None


def _details(product: Product, variants: list[VariantFacts]) -> ProductDetails:
    prices = [variant.price for variant in variants]
    sale = [variant.compare_at_price for variant in variants if variant.compare_at_price]
    stock_by_colour: dict[str, list[str]] = {}
    all_colours: list[str] = []
    made: dict[str, list[str]] = {}
    for variant in variants:
        colour = variant.colour or ""
        if colour not in all_colours:
            all_colours.append(colour)
        if variant.size:
            made.setdefault(colour, []).append(variant.size)
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
        sizes_offered=tuple(dict.fromkeys(v.size for v in variants if v.size)),
        sizes_by_colour={colour: tuple(dict.fromkeys(sizes)) for colour, sizes in made.items()},
    )


def check_variant(
    session: Session,
    handle: str,
    size: str | None = None,
    colour: str | None = None,
    not_colours: tuple[str, ...] = (),
) -> VariantCheck | None:
    """Whether `handle` is in stock in a size key and/or colour, leaving out the colours in
    `not_colours` ("not brown"); None when there's no product."""
    loaded = _load(session, handle)
    if loaded is None:
        return None
    product, variants = loaded
    wanted = ProductQuery(size=size, colour=colour, not_colours=tuple(not_colours))
    offered = [variant for variant in variants if variant_fits(variant, wanted, False)]
    # "Brown" means the brown one when the product has one, not every colour of the brown
    # family (tan, cognac); the family counts only when no colour is called that.
    exact = [v for v in offered if colour and (v.colour_key or "") == colour.strip().lower()]
    offered = exact or offered
    in_stock = tuple(variant for variant in offered if variant.stock > 0)
    other_colours: tuple[str, ...] = ()
    if colour and not in_stock:
        any_colour = wanted.without("colour")
        other_colours = tuple(
            dict.fromkeys(
                v.colour for v in variants if v.colour and variant_fits(v, any_colour, True)
            )
        )
    return VariantCheck(
        product=_details(product, variants),
        size=size,
        colour=colour,
        offered=bool(offered),
        in_stock=in_stock,
        other_colours_in_size=other_colours,
        size_made=bool(offered) or _any_fits(variants, wanted.without("colour")),
        colour_made=bool(offered) or _any_fits(variants, wanted.without("size")),
    )


def _any_fits(variants: list[VariantFacts], wanted: ProductQuery) -> bool:
    """Whether any variant, in stock or not, fits `wanted`."""
    return any(variant_fits(variant, wanted, False) for variant in variants)


def similar_products(
    session: Session,
    handle: str,
    size: str | None = None,
    colour: str | None = None,
    limit: int = 3,
    price_max: Decimal | None = None,
) -> SearchResult:
    """In-stock products of the same kind (and size/colour, if given, within a budget, if any),
    the product itself excluded."""
    product = session.scalar(select(Product).where(Product.handle == handle))
    if product is None:
        return SearchResult(ProductQuery(), [], 0)
    query = ProductQuery(
        category=(product.product_type or "").lower() or None,
        size=size,
        colour=colour,
        gender=product.gender if product.gender in ("male", "female") else None,
        price_max=price_max,
    )
    return find_products(session, query, limit=limit, exclude_handles=(handle,))


def genders_of(session: Session, handles: list[str]) -> set[str]:
    """Whom the products are made for, as the catalog says it ("male", "female"); unisex
    products and those it says nothing of add nothing."""
    if not handles:
        return set()
    genders = session.scalars(select(Product.gender).where(Product.handle.in_(handles)))
    return {gender for gender in genders if gender in ("male", "female")}


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
