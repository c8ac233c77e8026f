"""New arrivals: the products the catalog import added most recently (`first_imported_at`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from commerce.models import Product, as_utc
from commerce.search import ProductQuery, SearchResult, find_products

# "New arrivals": first imported within this many days.
NEW_ARRIVALS_WINDOW_DAYS = 30


@dataclass(frozen=True)
class Arrivals:
    """New arrivals of a kind (or the whole shop), newest first, with when each arrived."""

    result: SearchResult
    window_days: int
    arrived: dict[str, datetime | None]  # handle -> first imported (None: not recorded)

    @property
    def newest(self) -> datetime | None:
        dates = [moment for moment in self.arrived.values() if moment is not None]
        return max(dates) if dates else None

    @property
    def any_recent(self) -> bool:
        newest = self.newest
        return newest is not None and newest >= _window_start(self.window_days)


def _window_start(days: int) -> datetime:
    return datetime.now(timezone.utc) - timedelta(days=days)


def new_arrivals(
    session: Session, query: ProductQuery, offset: int = 0, limit: int = 3
) -> Arrivals:
    """Products that fit `query`, the most recently first-imported first."""
    result = find_products(session, query.updated(sort="newest"), offset=offset, limit=limit)
    handles = [match.handle for match in result.matches]
    rows = session.execute(
        select(Product.handle, Product.first_imported_at).where(Product.handle.in_(handles))
    )
    arrived = {handle: as_utc(moment) if moment else None for handle, moment in rows}
    return Arrivals(result, NEW_ARRIVALS_WINDOW_DAYS, {h: arrived.get(h) for h in handles})
