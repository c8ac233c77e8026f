"""People who bought this also bought: co-purchase counts from the orders, with a floor."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from commerce.models import Order, OrderLine, Product, Variant
from commerce.search import NOT_SOLD_STATUSES, ProductMatch, ProductQuery, find_products

# "People who bought this also bought" names a product only when at least this many orders had
# both: one shopper's basket is not a rule.
CO_PURCHASE_FLOOR = 2


@dataclass(frozen=True)
class CoPurchases:
    """ "People who bought this also bought": products with at least `floor` orders in common."""

    title: str
    orders: int  # orders (not cancelled or returned) with the product in them
    floor: int
    items: tuple[tuple[ProductMatch, int], ...]  # (in-stock product, orders with both)


def co_purchase_counts(
    session: Session, handle: str, floor: int = CO_PURCHASE_FLOOR
) -> tuple[int, dict[str, int]]:
    """(orders with the product, {other product's handle: orders with both}) from every order that
    was not cancelled or returned; only pairs in at least `floor` orders."""
    product_id = session.scalar(select(Product.id).where(Product.handle == handle))
    if product_id is None:
        return 0, {}
    with_it = (
        select(OrderLine.order_id)
        .join(Variant, Variant.id == OrderLine.variant_id)
        .join(Order, Order.id == OrderLine.order_id)
        .where(Variant.product_id == product_id, Order.status.not_in(NOT_SOLD_STATUSES))
        .distinct()
    )
    orders = session.scalar(select(func.count()).select_from(with_it.subquery())) or 0
    together = func.count(distinct(OrderLine.order_id))
    rows = session.execute(
        select(Product.handle, together)
        .select_from(OrderLine)
        .join(Variant, Variant.id == OrderLine.variant_id)
        .join(Product, Product.id == Variant.product_id)
        .where(OrderLine.order_id.in_(with_it), Variant.product_id != product_id)
        .group_by(Product.handle)
        .having(together >= floor)
    )
    return orders, {other: int(count) for other, count in rows}


def bought_together(
    session: Session, handle: str, limit: int = 3, floor: int = CO_PURCHASE_FLOOR
) -> CoPurchases | None:
    """What shoppers who ordered `handle` also ordered, most orders in common first, in stock
    only (None when there is no such product)."""
    title = session.scalar(select(Product.title).where(Product.handle == handle))
    if title is None:
        return None
    orders, counts = co_purchase_counts(session, handle, floor)
    if not counts:
        return CoPurchases(title, orders, floor, ())
    in_stock = find_products(session, ProductQuery(), limit=len(counts), only_handles=counts)
    position = {match.handle: index for index, match in enumerate(in_stock.matches)}
    ranked = sorted(in_stock.matches, key=lambda m: (-counts[m.handle], position[m.handle]))
    return CoPurchases(title, orders, floor, tuple((m, counts[m.handle]) for m in ranked[:limit]))
