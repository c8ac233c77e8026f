"""What an order's state allows, said once: the order states, the changes a shopper may ask for,
the return window and the quantity limits.

The core (commerce.orders, commerce.cart, commerce.orders_after_sale) enforces these rules and
the actions ask the same functions before they offer a change, so the bot never offers what the
core will then refuse. Refusals are codes; the words for a shopper are the caller's
(actions/order_replies.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from enum import StrEnum

from commerce.config import load_settings
from commerce.models import Order, as_utc


class OrderStatus(StrEnum):
    """Where an order is; stored as the value in `Order.status`."""

    AWAITING_PAYMENT = "awaiting_payment"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    RETURN_REQUESTED = "return_requested"
    RETURNED = "returned"


@dataclass(frozen=True)
class StatusWords:
    shopper: str  # "Order HL-7KQ2XM is <shopper>."
    agent: str  # the shop team's word, in the agents' thread and the shop's command line


# The one table of words for a state: shoppers and agents read them side by side.
STATUS_WORDS: dict[OrderStatus, StatusWords] = {
    OrderStatus.AWAITING_PAYMENT: StatusWords("awaiting payment", "awaiting payment"),
    OrderStatus.PAID: StatusWords("paid and being packed", "paid"),
    OrderStatus.SHIPPED: StatusWords("on its way", "shipped"),
    OrderStatus.DELIVERED: StatusWords("delivered", "delivered"),
    OrderStatus.CANCELLED: StatusWords("cancelled", "cancelled"),
    OrderStatus.RETURN_REQUESTED: StatusWords("being returned", "return requested"),
    OrderStatus.RETURNED: StatusWords("returned", "returned"),
}


def describe_status(status: str, *, for_agent: bool = False) -> str:
    """The words for a state ("on its way" for a shopper, "shipped" for an agent)."""
    try:
        words = STATUS_WORDS[OrderStatus(status)]
    except ValueError:
        return str(status).replace("_", " ")
    return words.agent if for_agent else words.shopper


# Before it leaves the warehouse, an order can still be cancelled or sent elsewhere.
NOT_SHIPPED = frozenset({OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID})


# The shop owner moves orders along (new state: the states it may come from); a shopper never can.
OWNER_MOVES: dict[OrderStatus, frozenset[OrderStatus]] = {
    OrderStatus.PAID: frozenset({OrderStatus.AWAITING_PAYMENT}),
    OrderStatus.SHIPPED: frozenset({OrderStatus.PAID}),
    OrderStatus.DELIVERED: frozenset({OrderStatus.SHIPPED}),
    OrderStatus.RETURNED: frozenset({OrderStatus.RETURN_REQUESTED}),
}


class OrderChange(StrEnum):
    """What a shopper may ask to do with a placed order."""

    CANCEL = "cancel"
    CHANGE_ADDRESS = "change_address"
    RETURN = "return"
    ADD_ITEMS = "add_items"  # more goods into a placed order


class Refusal(StrEnum):
    """Why a change is not possible now."""

    NOT_SHIPPED_YET = "not_shipped_yet"  # a return before it left us: cancel it instead
    NOT_DELIVERED_YET = "not_delivered_yet"  # on its way: a return starts once it arrives
    ALREADY_SHIPPED = "already_shipped"  # cancel or a new address after it left us
    RETURN_WINDOW_CLOSED = "return_window_closed"
    CLOSED = "closed"  # cancelled, being returned or returned: nothing more to do
    ITEMS_FIXED = "items_fixed"  # a placed order's goods never change: a new order takes more


@dataclass(frozen=True)
class ChangeCheck:
    """The answer of `check_change`: allowed, or the refusal, with the dates that explain it."""

    change: OrderChange
    status: OrderStatus
    refusal: Refusal | None = None
    delivered_at: datetime | None = None
    return_window_closes: datetime | None = None  # for a delivered order

    @property
    def allowed(self) -> bool:
        return self.refusal is None


def return_window_closes(delivered_at: datetime) -> datetime:
    """The last moment a delivered order can be returned (SHOP_RETURN_WINDOW_DAYS after delivery)."""
    return as_utc(delivered_at) + timedelta(days=load_settings().return_window_days)


def check_change(order: Order, change: OrderChange, now: datetime | None = None) -> ChangeCheck:
    """Whether `order` allows `change` now: the one rule for the core and the actions alike."""
    status = OrderStatus(order.status)
    delivered_at = as_utc(order.delivered_at) if order.delivered_at else None
    closes = return_window_closes(delivered_at) if delivered_at else None

    def verdict(refusal: Refusal | None) -> ChangeCheck:
        return ChangeCheck(change, status, refusal, delivered_at, closes)

    if change == OrderChange.ADD_ITEMS:
        return verdict(Refusal.ITEMS_FIXED)
    if change in (OrderChange.CANCEL, OrderChange.CHANGE_ADDRESS):
        if status in NOT_SHIPPED:
            return verdict(None)
        if status in (OrderStatus.SHIPPED, OrderStatus.DELIVERED):
            return verdict(Refusal.ALREADY_SHIPPED)
        return verdict(Refusal.CLOSED)
    if status in NOT_SHIPPED:
        return verdict(Refusal.NOT_SHIPPED_YET)
    if status == OrderStatus.SHIPPED or (status == OrderStatus.DELIVERED and closes is None):
        return verdict(Refusal.NOT_DELIVERED_YET)
    if status != OrderStatus.DELIVERED:
        return verdict(Refusal.CLOSED)
    now = now or datetime.now(timezone.utc)
    return verdict(Refusal.RETURN_WINDOW_CLOSED if now > closes else None)


# --- quantities ---------------------------------------------------------------------------------

MAX_QUANTITY = 10  # per line: more than that is a wholesale enquiry, not a chat purchase


class QuantityProblem(StrEnum):
    NOT_A_COUNT = "not_a_count"  # not a whole number of at least 1
    TOO_MANY = "too_many"  # more than MAX_QUANTITY
    NOT_IN_STOCK = "not_in_stock"  # more than the stock


def quantity_problem(quantity: object, in_stock: int | None = None) -> QuantityProblem | None:
    """Why `quantity` of one item (one cart or order line) cannot be had; None if it can.

    `in_stock` is the variant's stock, where known.
    """
    if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity < 1:
        return QuantityProblem.NOT_A_COUNT
    if quantity > MAX_QUANTITY:
        return QuantityProblem.TOO_MANY
    if in_stock is not None and quantity > in_stock:
        return QuantityProblem.NOT_IN_STOCK
    return None
