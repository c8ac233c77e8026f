"""The cart: what a shopper is about to buy, kept in the store so it survives restarts, and
checking it out as one order (commerce.orders places it).

Like commerce.orders, every function either does all of what it says or raises an `OrderError`
and changes nothing.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from commerce.models import CartItem, Order, Variant
from commerce.orders import Contact, InvalidRequest, check_quantity, order_by_key, place_order


def add_to_cart(session: Session, owner: str, variant_id: int, quantity: int = 1) -> CartItem:
    check_quantity(quantity)
    variant = session.get(Variant, variant_id)
    if variant is None:
        raise InvalidRequest("that item is no longer in the catalog")
    item = session.get(CartItem, (owner, variant_id))
    wanted = quantity + (item.quantity if item else 0)
    check_quantity(wanted, variant)
    if item is None:
        item = CartItem(owner=owner, variant_id=variant_id, quantity=wanted)
        session.add(item)
    else:
        item.quantity = wanted
    session.flush()
    return item


def set_cart_quantity(session: Session, owner: str, variant_id: int, quantity: int) -> None:
    """Change a cart line's quantity; 0 removes it."""
    item = session.get(CartItem, (owner, variant_id))
    if item is None:
        raise InvalidRequest("that item is not in your cart")
    if quantity == 0:
        session.delete(item)
        return
    check_quantity(quantity, item.variant)
    item.quantity = quantity


def empty_cart(session: Session, owner: str) -> int:
    """Remove everything from the cart; returns how many lines there were."""
    items = cart_items(session, owner)
    for item in items:
        session.delete(item)
    return len(items)


def cart_items(session: Session, owner: str) -> list[CartItem]:
    return list(
        session.scalars(
            select(CartItem)
            .where(CartItem.owner == owner)
            .options(selectinload(CartItem.variant).selectinload(Variant.product))
            .order_by(CartItem.added_at)
        )
    )


def checkout_cart(
    session: Session,
    *,
    owner: str,
    contact: Contact,
    idempotency_key: str,
    shipping_method: str = "standard",
    now: datetime | None = None,
) -> Order:
    """Place an order for everything in the cart and empty the cart, in one transaction."""
    if existing := order_by_key(session, idempotency_key):
        if existing.owner != owner:
            raise InvalidRequest("that checkout link belongs to someone else")
        return existing
    cart = cart_items(session, owner)
    if not cart:
        raise InvalidRequest("your cart is empty")
    order = place_order(
        session,
        owner=owner,
        contact=contact,
        items=[(item.variant_id, item.quantity) for item in cart],
        idempotency_key=idempotency_key,
        shipping_method=shipping_method,
        now=now,
    )
    for item in cart:
        session.delete(item)
    return order
