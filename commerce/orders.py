"""Carts and orders: placing an order atomically, what happens to it afterwards, and who may see it.

Every function here either does all of what it says or raises an `OrderError` and changes nothing
(the caller's session is rolled back). Stock is taken with one conditional UPDATE per line, so two
shoppers can never both get the last unit; an order is written once per idempotency key, so a
double-tapped Buy button makes one order.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from commerce.config import load_settings
from commerce.models import (
    CartItem,
    Customer,
    Order,
    OrderLine,
    Product,
    ReturnRequest,
    Variant,
    refresh_lowest_prices,
)
from commerce.order_rules import (
    MAX_QUANTITY,
    OWNER_MOVES,
    ChangeCheck,
    OrderChange,
    OrderStatus,
    QuantityProblem,
    Refusal,
    check_change,
    describe_status,
    quantity_problem,
)
from commerce.shipping import SHIPPING_METHODS, ShippingMethod

CENT = Decimal("0.01")
_EMAIL = re.compile(r"^[^@\s]{1,64}@[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})+$")
# No 0/O, 1/I/L: order numbers are read out on the phone and typed from memory.
_NUMBER_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


class OrderError(Exception):
    """Something to tell the shopper; nothing was changed."""


class InvalidRequest(OrderError):
    pass


class OutOfStock(OrderError):
    def __init__(self, title: str, available: int):
        super().__init__(
            f"only {available} of {title} left" if available else f"{title} is sold out"
        )
        self.title = title
        self.available = available


class OrderNotFound(OrderError):
    """No such order for this person: said the same way whether it exists or not."""

    def __init__(self) -> None:
        super().__init__("no order with that number and email")


class NotAllowedNow(OrderError):
    """The order's state does not allow this now (`check`: the rule's answer, for the words)."""

    def __init__(self, message: str, check: ChangeCheck | None = None):
        super().__init__(message)
        self.check = check


def name_problem(name: str) -> str | None:
    return None if 2 <= len(name.strip()) <= 120 else "a name of 2 to 120 characters"


def email_problem(email: str) -> str | None:
    return None if _EMAIL.match(email.strip()) else "a valid email address"


def address_problem(address: str) -> str | None:
    address = address.strip()
    if 10 <= len(address) <= 300 and re.search(r"\d", address):
        return None
    return "a full shipping address (street and number, postcode, city)"


@dataclass(frozen=True)
class Contact:
    name: str
    email: str
    address: str

    def problems(self) -> list[str]:
        found = [
            name_problem(self.name),
            email_problem(self.email),
            address_problem(self.address),
        ]
        return [problem for problem in found if problem]


@dataclass(frozen=True)
class Requester:
    """Who asks about an order: the channel user, and the email they gave (if any)."""

    owner: str
    email: str | None = None


def order_number(prefix: str) -> str:
    return f"{prefix}-" + "".join(secrets.choice(_NUMBER_ALPHABET) for _ in range(6))


# --- remembered details (only with the shopper's consent) ---------------------------------------


def saved_contact(session: Session, owner: str) -> Contact | None:
    customer = session.get(Customer, owner)
    return Contact(customer.name, customer.email, customer.address) if customer else None


def remember_contact(session: Session, owner: str, contact: Contact) -> None:
    """Store details the shopper agreed to have remembered (validated like an order's)."""
    if problems := contact.problems():
        raise InvalidRequest("I need " + " and ".join(problems))
    customer = session.get(Customer, owner) or Customer(owner=owner)
    customer.name = contact.name.strip()
    customer.email = contact.email.strip().lower()
    customer.address = contact.address.strip()
    session.add(customer)


def forget_contact(session: Session, owner: str) -> bool:
    """Delete what is remembered of the shopper; True if there was anything."""
    customer = session.get(Customer, owner)
    if customer is None:
        return False
    session.delete(customer)
    return True


# --- cart ---------------------------------------------------------------------------------------


def add_to_cart(session: Session, owner: str, variant_id: int, quantity: int = 1) -> CartItem:
    _check_quantity(quantity)
    variant = session.get(Variant, variant_id)
    if variant is None:
        raise InvalidRequest("that item is no longer in the catalog")
    item = session.get(CartItem, (owner, variant_id))
    wanted = quantity + (item.quantity if item else 0)
    _check_quantity(wanted, variant)
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
    _check_quantity(quantity, item.variant)
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


# --- placing an order ---------------------------------------------------------------------------


def place_order(
    session: Session,
    *,
    owner: str,
    contact: Contact,
    items: Iterable[tuple[int, int]],
    idempotency_key: str,
    shipping_method: str = "standard",
    now: datetime | None = None,
) -> Order:
    """Take the stock and write the order, or raise and change nothing.

    `items` are (variant id, quantity). The same `idempotency_key` again returns the first order.
    Run it in `session_scope(writes=True)`.
    """
    if existing := _order_by_key(session, idempotency_key):
        if existing.owner != owner:
            raise InvalidRequest("that checkout link belongs to someone else")
        return existing
    lines = _merged_lines(items)
    if problems := contact.problems():
        raise InvalidRequest("I need " + " and ".join(problems))
    method = SHIPPING_METHODS.get(shipping_method)
    if method is None:
        raise InvalidRequest(f"we have no '{shipping_method}' shipping")
    now = now or datetime.now(timezone.utc)
    try:
        with session.begin_nested():
            order = _write_order(session, owner, contact, lines, idempotency_key, method, now)
    except IntegrityError:
        # The same key committed meanwhile (a double tap racing itself): that order stands.
        existing = _order_by_key(session, idempotency_key)
        if existing is None:
            raise
        return existing
    return order


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
    if existing := _order_by_key(session, idempotency_key):
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


def _merged_lines(items: Iterable[tuple[int, int]]) -> dict[int, int]:
    lines: dict[int, int] = {}
    for variant_id, quantity in items:
        _check_quantity(quantity)
        lines[variant_id] = lines.get(variant_id, 0) + quantity
        _check_quantity(lines[variant_id])
    if not lines:
        raise InvalidRequest("there is nothing to order")
    return lines


def _write_order(
    session: Session,
    owner: str,
    contact: Contact,
    lines: dict[int, int],
    key: str,
    method,
    now: datetime,
) -> Order:
    variants = {
        variant.id: variant
        for variant in session.scalars(
            select(Variant).where(Variant.id.in_(lines)).options(selectinload(Variant.product))
        )
    }
    order_lines = []
    for variant_id, quantity in lines.items():
        variant = variants.get(variant_id)
        if variant is None or not variant.product.is_active:
            raise InvalidRequest("an item you chose is no longer in the catalog")
        taken = session.execute(
            update(Variant)
            .where(Variant.id == variant_id, Variant.stock >= quantity)
            .values(stock=Variant.stock - quantity)
            .execution_options(synchronize_session=False)
        )
        if taken.rowcount != 1:
            session.refresh(variant)
            raise OutOfStock(variant_title(variant), variant.stock)
        order_lines.append(
            OrderLine(
                variant_id=variant_id,
                sku=variant.sku,
                title=variant.product.title,
                size=variant.size,
                colour=variant.colour,
                quantity=quantity,
                unit_price=variant.price,
            )
        )
    # The stock was taken by UPDATEs the ORM does not see: their products' lowest prices in
    # stock ("cheapest first") change with it, in this transaction.
    refresh_lowest_prices(session, (variants[variant_id].product_id for variant_id in lines))
    charges = _charges(
        sum((line.unit_price * line.quantity for line in order_lines), Decimal("0.00")), method
    )
    order = Order(
        number=_unused_number(session, "HL", Order),
        owner=owner,
        idempotency_key=key,
        status=OrderStatus.AWAITING_PAYMENT.value,
        name=contact.name.strip(),
        email=contact.email.strip().lower(),
        address=contact.address.strip(),
        shipping_method=method.key,
        subtotal=charges.subtotal,
        shipping_cost=charges.shipping,
        tax=charges.tax,
        total=charges.total,
        estimated_delivery=_delivery_estimate(now, method),
        placed_at=now,
        lines=order_lines,
    )
    session.add(order)
    session.flush()
    return order


@dataclass(frozen=True)
class Charges:
    subtotal: Decimal
    shipping: Decimal
    tax: Decimal
    total: Decimal


def _charges(subtotal: Decimal, method: ShippingMethod) -> Charges:
    shipping = method.cost_for(subtotal)
    tax = (subtotal * load_settings().tax_rate).quantize(CENT)
    return Charges(subtotal, shipping, tax, subtotal + shipping + tax)


@dataclass(frozen=True)
class QuoteLine:
    variant_id: int
    description: str  # "Windsor Oxford (US 10 / EU 43, Black)"
    quantity: int
    unit_price: Decimal
    in_stock: int


@dataclass(frozen=True)
class Quote:
    """What an order would be, before it is placed: for the review the shopper confirms."""

    lines: tuple[QuoteLine, ...]
    method: ShippingMethod
    charges: Charges
    estimated_delivery: datetime


def quote(
    session: Session,
    items: Iterable[tuple[int, int]],
    shipping_method: str = "standard",
    now: datetime | None = None,
) -> Quote:
    """Prices, shipping, tax and delivery date for `items` (variant id, quantity); takes no stock."""
    method = SHIPPING_METHODS.get(shipping_method)
    if method is None:
        raise InvalidRequest(f"we have no '{shipping_method}' shipping")
    lines = _merged_lines(items)
    variants = {
        variant.id: variant
        for variant in session.scalars(
            select(Variant).where(Variant.id.in_(lines)).options(selectinload(Variant.product))
        )
    }
    if set(variants) != set(lines):
        raise InvalidRequest("an item you chose is no longer in the catalog")
    quoted = tuple(
        QuoteLine(v.id, variant_title(v), lines[v.id], v.price, v.stock)
        for v in (variants[variant_id] for variant_id in lines)
    )
    subtotal = sum((line.unit_price * line.quantity for line in quoted), Decimal("0.00"))
    now = now or datetime.now(timezone.utc)
    return Quote(
        quoted,
        method,
        _charges(subtotal, method),
        _delivery_estimate(now, method),
    )


def _delivery_estimate(now: datetime, method: ShippingMethod) -> datetime:
    day = method.arrival(now.date())[1]
    return datetime(day.year, day.month, day.day, 18, tzinfo=timezone.utc)


def _unused_number(session: Session, prefix: str, model) -> str:
    while True:
        number = order_number(prefix)
        if session.scalar(select(func.count()).where(model.number == number)) == 0:
            return number


def _order_by_key(session: Session, key: str) -> Order | None:
    return session.scalar(select(Order).where(Order.idempotency_key == key))


def payment_link(order: Order) -> str:
    return load_settings().payment_url_template.format(
        order_number=order.number, total=f"{order.total:.2f}"
    )


# --- after the sale -----------------------------------------------------------------------------


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
        number=_unused_number(session, "RT", ReturnRequest), reason=reason.strip()[:1000]
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


def _check_quantity(quantity: int, variant: Variant | None = None) -> None:
    """The quantity rule of commerce.order_rules, against `variant`'s stock where given."""
    problem = quantity_problem(quantity, variant.stock if variant is not None else None)
    if problem == QuantityProblem.NOT_A_COUNT:
        raise InvalidRequest("the quantity has to be a whole number of at least 1")
    if problem == QuantityProblem.TOO_MANY:
        raise InvalidRequest(f"I can take at most {MAX_QUANTITY} of one item per order")
    if problem == QuantityProblem.NOT_IN_STOCK:
        raise OutOfStock(variant_title(variant), variant.stock)


def variant_title(variant: Variant) -> str:
    """What the shopper calls a variant: "Windsor Oxford (US 10 / EU 43, Black)"."""
    options = ", ".join(part for part in (variant.size, variant.colour) if part)
    product: Product = variant.product
    return f"{product.title} ({options})" if options else product.title
