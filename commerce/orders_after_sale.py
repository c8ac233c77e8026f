"""After the sale: finding an order (and who may see it), cancelling it, changing its address,
returns and their refunds, the shop owner's moves, and the invoice.

Like commerce.orders, every function either does all of what it says or raises an `OrderError`
and changes nothing. Whether a state allows a change is commerce.order_rules' one rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from commerce.config import load_settings
from commerce.models import Order, OrderLine, ReturnRequest, Variant, refresh_lowest_prices
from commerce.order_rules import (
    OWNER_MOVES,
    OrderChange,
    OrderStatus,
    Refusal,
    check_change,
    describe_status,
)
from commerce.orders import (
    CENT,
    Contact,
    InvalidRequest,
    NotAllowedNow,
    OrderNotFound,
    unused_number,
)


@dataclass(frozen=True)
class Requester:
    """Who asks about an order: the channel user, and the email they gave (if any)."""

    owner: str
    email: str | None = None


def find_order(session: Session, number: str, requester: Requester) -> Order:
    """The order, if `requester` may see it: the channel user who placed it, or anyone who gives
    both its number and its email. Anyone else gets OrderNotFound, exactly as for no order."""
    order = session.scalar(
        select(Order)
        .where(Order.number == number.strip().upper())
        .options(selectinload(Order.lines), selectinload(Order.returns))
    )
    if order is None:
        raise OrderNotFound()
    email_matches = bool(requester.email) and requester.email.strip().lower() == order.email
    if order.owner != requester.owner and not email_matches:
        raise OrderNotFound()
    return order


def latest_order(session: Session, owner: str) -> Order | None:
    """The channel user's most recent order ("where is my order?")."""
    return session.scalar(
        select(Order).where(Order.owner == owner).order_by(Order.placed_at.desc(), Order.id.desc())
    )


def latest_order_kinds(session: Session, owner: str) -> set[str]:
    """The product types (lowercase) of the channel user's most recent order: what a budget said
    for a kind was spent on once it is ordered."""
    order = latest_order(session, owner)
    ids = [line.variant_id for line in order.lines if line.variant_id] if order else []
    variants = session.scalars(select(Variant).where(Variant.id.in_(ids))) if ids else []
    return {(variant.product.product_type or "").lower() for variant in variants}


def _ensure_allowed(order: Order, change: OrderChange, now: datetime | None = None) -> None:
    """Raise NotAllowedNow unless the one rule (commerce.order_rules) allows `change` now."""
    check = check_change(order, change, now)
    if check.allowed:
        return
    problem = f"order {order.number} is {describe_status(order.status)}"
    if check.refusal == Refusal.RETURN_WINDOW_CLOSED:
        days = load_settings().return_window_days
        problem = (
            f"order {order.number} was delivered more than {days} days ago, "
            "outside our return window"
        )
    elif check.refusal in (Refusal.NOT_SHIPPED_YET, Refusal.NOT_DELIVERED_YET):
        problem += "; returns start once it has been delivered"
    raise NotAllowedNow(problem, check)


def cancel_order(session: Session, number: str, requester: Requester) -> Order:
    order = find_order(session, number, requester)
    _ensure_allowed(order, OrderChange.CANCEL)
    for line in order.lines:
        if line.variant_id is not None:
            session.execute(
                update(Variant)
                .where(Variant.id == line.variant_id)
                .values(stock=Variant.stock + line.quantity)
                .execution_options(synchronize_session=False)
            )
    restocked = [line.variant_id for line in order.lines if line.variant_id is not None]
    if restocked:  # back in stock: back in "cheapest first" at its price, in this transaction
        refresh_lowest_prices(
            session, session.scalars(select(Variant.product_id).where(Variant.id.in_(restocked)))
        )
    order.status = OrderStatus.CANCELLED.value
    return order


def change_address(session: Session, number: str, requester: Requester, address: str) -> Order:
    order = find_order(session, number, requester)
    _ensure_allowed(order, OrderChange.CHANGE_ADDRESS)
    if problems := Contact(order.name, order.email, address).problems():
        raise InvalidRequest("I need " + " and ".join(problems))
    order.address = address.strip()
    return order


def returned_lines(order: Order, line_ids: Iterable[int] | None = None) -> list[OrderLine]:
    """The lines a return covers: those of `line_ids` (some items of the order), else all of them.
    An id that is not one of this order's lines is refused, never silently dropped."""
    if line_ids is None:
        return list(order.lines)
    wanted = set(line_ids)
    lines = [line for line in order.lines if line.id in wanted]
    if not lines or len(lines) != len(wanted):
        raise InvalidRequest(f"those items are not all in order {order.number}")
    return lines


def refund_for(order: Order, lines: list[OrderLine]) -> Decimal:
    """What a return of `lines` pays back: the whole order's total for all of its items; for some
    of them, what was paid for those items and their share of the tax (the shipping paid for the
    order is refunded only with the whole order)."""
    if {line.id for line in lines} == {line.id for line in order.lines}:
        return order.total
    items = sum((line.unit_price * line.quantity for line in lines), Decimal("0"))
    tax = order.tax * items / order.subtotal if order.subtotal else Decimal("0")
    return (items + tax).quantize(CENT)


def request_return(
    session: Session,
    number: str,
    requester: Requester,
    reason: str = "",
    now: datetime | None = None,
    line_ids: Iterable[int] | None = None,
) -> ReturnRequest:
    """Open a return for the order, or for only the items of `line_ids` (a partial return: the
    items it covers are written on the request, for the team that receives the parcel)."""
    order = find_order(session, number, requester)
    _ensure_allowed(order, OrderChange.RETURN, now)
    lines = returned_lines(order, line_ids)
    if len(lines) < len(order.lines):
        items = "; ".join(
            f"{line.quantity} x {line.title} ({line.sku or 'no sku'})" for line in lines
        )
        reason = f"{reason.strip()} [items: {items}]".strip()
    request = ReturnRequest(
        number=unused_number(session, "RT", ReturnRequest), reason=reason.strip()[:1000]
    )
    order.returns.append(request)
    order.status = OrderStatus.RETURN_REQUESTED.value
    session.flush()
    return request


def move_order(
    session: Session,
    number: str,
    status: str,
    tracking_number: str | None = None,
    now: datetime | None = None,
) -> Order:
    """The shop owner's transitions: paid, shipped (with tracking), delivered, returned."""
    order = session.scalar(select(Order).where(Order.number == number.strip().upper()))
    if order is None:
        raise OrderNotFound()
    if status not in OWNER_MOVES:
        raise InvalidRequest(f"unknown status '{status}'")
    if order.status not in OWNER_MOVES[status]:
        raise NotAllowedNow(f"order {order.number} is {describe_status(order.status)}")
    now = now or datetime.now(timezone.utc)
    if status == OrderStatus.SHIPPED:
        if not tracking_number:
            raise InvalidRequest("a shipped order needs a tracking number")
        order.tracking_number = tracking_number
        order.shipped_at = now
    if status == OrderStatus.DELIVERED:
        order.delivered_at = now
    order.status = OrderStatus(status).value
    return order


@dataclass(frozen=True)
class InvoiceLine:
    description: str
    quantity: int
    unit_price: Decimal
    amount: Decimal


@dataclass(frozen=True)
class Invoice:
    order_number: str
    placed_at: datetime
    billed_to: str
    lines: tuple[InvoiceLine, ...]
    subtotal: Decimal
    shipping: Decimal
    tax: Decimal
    total: Decimal


def invoice(order: Order) -> Invoice:
    """The order's lines and totals as they were charged (later price changes do not apply)."""
    lines = tuple(
        InvoiceLine(
            description=", ".join(part for part in (line.title, line.size, line.colour) if part),
            quantity=line.quantity,
            unit_price=line.unit_price,
            amount=line.unit_price * line.quantity,
        )
        for line in order.lines
    )
    return Invoice(
        order_number=order.number,
        placed_at=order.placed_at,
        billed_to=f"{order.name}, {order.address}",
        lines=lines,
        subtotal=order.subtotal,
        shipping=order.shipping_cost,
        tax=order.tax,
        total=order.total,
    )
