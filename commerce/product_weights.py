"""How heavy the catalog says its products are: each variant's grams (Shopify's "Variant Grams",
kept by the import), so that "which of those is the lightest?" is answered from the weights of
those on screen, each the weight of one variant said with its size ("407 g a pair in US 7 / EU
37.5"), in the shopper's size where a product is made in it; a product the catalog gives no
weight for has none, never a guess. Where no weights are given, the catalog's own words on
weight ("Water-repellent suede on a lightweight crepe sole.") are quoted instead (stranger test
94, docs/nlu/stranger-test-94.md, B4)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from commerce.models import Product, Variant
from commerce.profiles import kind_of_type
from commerce.sizes import size_query_key

# Words of a description sentence that speak of weight.
_WEIGHT_WORDS = re.compile(
    r"\b(?:light(?:weight)?|feather[- ]?(?:light|weight)|ultra[- ]?light|heavy(?:weight)?)\b"
    # never a light colour ("light blue linen")
    r"(?![\s-]+(?:blue|grey|gray|green|pink|brown|beige|tan|navy|colou?r|shade|tone)s?\b)",
    re.IGNORECASE,
)
_TAGS = re.compile(r"<[^>]+>")


def weight_sentences(session: Session, handles: list[str]) -> dict[str, tuple[str, str]]:
    """For each of `handles` whose description speaks of weight: its title and that sentence,
    word for word, in the order of `handles`."""
    products = {
        product.handle: product
        for product in session.scalars(select(Product).where(Product.handle.in_(handles)))
    }
    found: dict[str, tuple[str, str]] = {}
    for handle in handles:
        product = products.get(handle)
        if product is None:
            continue
        text = re.sub(r"\s+", " ", _TAGS.sub(" ", product.description or "")).strip()
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if _WEIGHT_WORDS.search(sentence):
                found[handle] = (product.title, sentence.strip())
                break
    return found


@dataclass(frozen=True)
class ProductWeight:
    """A product's weight as the catalog gives it: the grams of one of its variants, of the size
    `size` (as the catalog writes it); `grams` None when the catalog weighs none of them."""

    handle: str
    title: str
    grams: int | None
    size: str | None
    per_pair: bool  # shoes: the variant weighed is a pair


@dataclass(frozen=True)
class WeightsCompared:
    """The weights of several products, weighed first ("lightest": lightest first), then those
    the catalog gives no weight for."""

    extreme: str  # "lightest" or "heaviest"
    weighed: tuple[ProductWeight, ...]
    unweighed: tuple[ProductWeight, ...]

    @property
    def ends(self) -> tuple[ProductWeight, ...]:
        """Those weighed at the end asked for (several when they weigh the same)."""
        return tuple(w for w in self.weighed if w.grams == self.weighed[0].grams)


def product_weights(
    session: Session, handles: list[str], sizes: Iterable[str] = (), extreme: str = "lightest"
) -> list[ProductWeight]:
    """The weight of each of `handles` (in that order; unknown handles left out): of its variant
    in the first of `sizes` it has weighed, else of its lightest (or, for "heaviest", heaviest)
    variant weighed, so that no product is said lighter for a size it was not weighed in."""
    keys = [key for key in (size_query_key(size) for size in sizes) if key]
    products = {
        product.handle: product
        for product in session.scalars(
            select(Product)
            .where(Product.handle.in_(handles))
            .options(selectinload(Product.variants).selectinload(Variant.size_keys))
        )
    }
    pick = min if extreme == "lightest" else max
    found = []
    for handle in dict.fromkeys(handles):
        if (product := products.get(handle)) is None:
            continue
        weighed = [variant for variant in product.variants if variant.grams]
        in_size = next(
            (fits for key in keys
             if (fits := [v for v in weighed if key in {row.key for row in v.size_keys}])),
            weighed,
        )  # fmt: skip
        chosen = pick(in_size, key=lambda variant: variant.grams) if in_size else None
        found.append(
            ProductWeight(
                handle=handle,
                title=product.title,
                grams=chosen.grams if chosen else None,
                size=chosen.size if chosen else None,
                per_pair=kind_of_type(product.product_type or "") == "shoes",
            )
        )
    return found


def weights_compared(
    session: Session, handles: list[str], extreme: str, sizes: Iterable[str] = ()
) -> WeightsCompared:
    """The weights of `handles` for "which is the lightest (heaviest)?", the end asked first."""
    weights = product_weights(session, handles, sizes, extreme)
    weighed = sorted(
        (w for w in weights if w.grams is not None),
        key=lambda w: w.grams if extreme == "lightest" else -w.grams,
    )
    unweighed = tuple(w for w in weights if w.grams is None)
    return WeightsCompared(extreme, tuple(weighed), unweighed)
