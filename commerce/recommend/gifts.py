"""Presents for someone whose size the shopper doesn't know: the kinds that come in no sizes."""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from commerce.models import Product, Variant


def kinds_without_sizes(session: Session, gender: str | None, limit: int = 4) -> list[str]:
    """The kinds of product (lowercase Types) in stock for `gender` (unisex ones too) that come in
    no size at all (bags, ties, cufflinks), the kinds with the most such products first: a
    present that fits whoever it is for. Empty when the shop sells none."""
    sized = (
        select(Variant.id)
        .where(Variant.product_id == Product.id, Variant.size.is_not(None), Variant.size != "")
        .exists()
    )
    in_stock = select(Variant.id).where(Variant.product_id == Product.id, Variant.in_stock).exists()
    conditions = [Product.is_active.is_(True), Product.product_type != "", ~sized, in_stock]
    if gender in ("male", "female"):
        conditions.append(or_(Product.gender.in_((gender, "unisex")), Product.gender.is_(None)))
    kind = func.lower(Product.product_type)
    rows = session.execute(
        select(kind)
        .where(*conditions)
        .group_by(kind)
        .order_by(func.count(Product.id).desc(), kind)
        .limit(limit)
    )
    return [name for (name,) in rows]
