"""The size that fits better, for something ordered that doesn't fit: the next size up (or down)
of the same product and whether it is in stock in the colour ordered, and, for shoes that are too
tight, the shop's shoes for a wide foot in the size ordered (docs/nlu/stranger-test-75.md, A10).
Facts only; the wording is actions/order_change_replies.py's."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from commerce.models import Order, Variant
from commerce.search import ProductQuery, category_types, find_products
from commerce.sizes import key_of_label

# The catalog's feature for shoes that suit a wide foot (catalog/lexicon.yml, `features`).
WIDE_FIT = "wide fit"
# Wide-fit shoes named at most.
_WIDE_FITS_NAMED = 2


@dataclass(frozen=True)
class FitSwap:
    """One line of an order that doesn't fit: the size next to the one ordered, the way asked
    (`bigger`), whether it is in stock in the colour ordered; for shoes too tight, the shoes for
    a wide foot in the size ordered (`wide_fits`: titles; `wide_asked`: whether looked for)."""

    title: str
    size: str  # the size ordered, as the catalog labels it ("US 9 / EU 40")
    colour: str | None
    bigger: bool
    next_size: str | None  # None: none made beyond the size ordered
    next_in_stock: bool
    wide_asked: bool
    wide_fits: tuple[str, ...]
    gender: str | None


def fit_swaps(session: Session, order: Order, bigger: bool) -> list[FitSwap]:
    """For each line of `order` with a size: the next size `bigger` (else smaller) of its product
    and its stock in the colour ordered; shoes too tight also get the catalog's wide-fit shoes."""
    swaps: list[FitSwap] = []
    for line in order.lines:
        ordered = session.get(Variant, line.variant_id) if line.variant_id else None
        if ordered is None or not line.size:
            continue
        product = ordered.product
        variants = sorted(product.variants, key=lambda v: (v.position, v.id))
        sizes = list(dict.fromkeys(v.size for v in variants if v.size))
        if line.size not in sizes:
            continue
        at = sizes.index(line.size) + (1 if bigger else -1)
        next_size = sizes[at] if 0 <= at < len(sizes) else None
        in_stock = any(
            v.size == next_size and v.colour == line.colour and v.stock > 0 for v in variants
        )
        shoes = (product.product_type or "").lower() in category_types("shoes")
        wide_asked = bigger and shoes
        wide = _wide_fits(session, product.handle, line.size, product.gender) if wide_asked else ()
        swaps.append(
            FitSwap(line.title, line.size, line.colour, bigger, next_size, in_stock,
                    wide_asked, wide, product.gender)
        )  # fmt: skip
    return swaps


def _wide_fits(session: Session, handle: str, size: str, gender: str | None) -> tuple[str, ...]:
    """The titles of the shoes for a wide foot in stock in `size`, for the same department."""
    query = ProductQuery(
        category="shoes",
        features=(WIDE_FIT,),
        size=key_of_label(size),
        gender=gender if gender in ("male", "female") else None,
    )
    found = find_products(session, query, limit=_WIDE_FITS_NAMED + 1, exclude_handles=[handle])
    return tuple(match.title for match in found.matches[:_WIDE_FITS_NAMED])
