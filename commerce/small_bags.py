"""Which bags are small: a clutch, an evening bag, a crossbody, a wristlet or a pouch, by the
title's words; a tote, a backpack, a briefcase or a weekender is not (stranger test 88 B3)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from commerce.models import Product

SMALL_BAG_TITLES = ("clutch", "evening bag", "crossbody", "cross-body", "wristlet", "pouch", "mini")


def small_bags(session: Session, handles: Iterable[str]) -> set[str]:
    """Those of `handles` that are small bags by their title."""
    handles = list(handles)
    rows = session.execute(select(Product.handle, Product.title).where(Product.handle.in_(handles)))
    return {
        handle
        for handle, title in rows
        if any(word in (title or "").lower() for word in SMALL_BAG_TITLES)
    }
