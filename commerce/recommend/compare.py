"""Products side by side: price, colours and sizes in stock, materials, details, occasions."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from commerce.lexicon import load_lexicon
from commerce.models import Product, ProductTag
from commerce.product_facts import MATERIALS
from commerce.products import ProductDetails, product_details
from commerce.recommend.outfit_scoring import occasion_tags

# At most this many products are compared side by side.
MAX_COMPARED = 3


@dataclass(frozen=True)
class ProductSide:
    """One product of a comparison: its card, and what its catalog text and tags say it is."""

    details: ProductDetails
    materials: tuple[str, ...]  # "patent leather", "leather", "wool"
    features: tuple[str, ...]  # other details the lexicon knows: "cap toe", "shawl lapel"
    occasions: tuple[str, ...]  # occasion and style tags: "black-tie", "formal"


@dataclass(frozen=True)
class Comparison:
    sides: tuple[ProductSide, ...]

    @property
    def cheapest(self) -> ProductSide | None:
        """The side whose lowest price is below every other's (None on a tie)."""
        return _extreme(self.sides, lambda side: side.details.price_from)

    @property
    def dearest(self) -> ProductSide | None:
        return _extreme(self.sides, lambda side: -side.details.price_from)

    @property
    def price_gap(self) -> Decimal:
        prices = [side.details.price_from for side in self.sides]
        return max(prices) - min(prices) if prices else Decimal(0)


def _extreme(sides: tuple[ProductSide, ...], key) -> ProductSide | None:
    ranked = sorted(sides, key=key)
    if len(ranked) < 2 or key(ranked[0]) == key(ranked[1]):
        return None
    return ranked[0]


def compare_products(session: Session, handles: Iterable[str]) -> Comparison:
    """The products side by side (at most MAX_COMPARED; unknown handles and repeats left out)."""
    sides = []
    for handle in list(dict.fromkeys(handles))[:MAX_COMPARED]:
        details = product_details(session, handle)
        if details is not None:
            sides.append(_side(session, details))
    return Comparison(tuple(sides))


def _side(session: Session, details: ProductDetails) -> ProductSide:
    tags = set(
        session.scalars(
            select(ProductTag.tag)
            .join(Product, Product.id == ProductTag.product_id)
            .where(Product.handle == details.handle)
        )
    )
    text = f"{details.title} {details.description} {' '.join(sorted(tags))}".lower()
    lexicon = load_lexicon()
    # A one-word synonym can mislead ("slim" in "a slim leather sole" is no slim fit): the
    # feature's own name, or a phrase of several words, says it.
    said = [
        name
        for name, words in lexicon.feature_words.items()
        if any(
            re.search(rf"\b{re.escape(word)}\b", text)
            for word in words
            if word == name or " " in word or "-" in word
        )
    ]
    materials = [name for name in said if set(name.split()) & set(MATERIALS)]
    materials += [tag for tag in sorted(tags & set(MATERIALS)) if not _covered(tag, materials)]
    features = [name for name in said if name not in materials]
    occasions = sorted(tags & occasion_tags())
    return ProductSide(details, tuple(materials), tuple(features), tuple(occasions))


def _covered(tag: str, names: list[str]) -> bool:
    """ "patent" is already said by "patent leather"."""
    return any(tag in name.split() for name in names)
