"""What the shop keeps about a shopper, and forgetting what they asked to have remembered.

A shopper who said yes to "Shall I remember your name, email and address?" has a `customer` row
(its existence is the consent). "Forget my details" deletes that row, and only that shopper's.
Orders keep the name, email and address they were placed with: the shop needs them for its
accounts, so they are counted here, not deleted. Erasing everything (the conversation too) is for
a person on the team.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commerce.models import Order
from commerce.orders import forget_contact


@dataclass(frozen=True)
class Forgotten:
    """What forgetting a shopper did: whether remembered details were deleted, and how many of
    their orders (with the details given for them) are kept."""

    details_deleted: bool
    orders_kept: int


def forget_shopper_details(session: Session, owner: str) -> Forgotten:
    """Delete the checkout details `owner` agreed to have remembered (name, email, address and
    the consent itself); nobody else's. Their orders stay."""
    deleted = forget_contact(session, owner)
    session.flush()
    orders = session.scalar(select(func.count()).select_from(Order).where(Order.owner == owner))
    return Forgotten(details_deleted=deleted, orders_kept=int(orders or 0))
