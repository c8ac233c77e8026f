"""Orders: placing one atomically, what it would cost, and the details the shopper lets us keep.

Every function here either does all of what it says or raises an `OrderError` and changes nothing
(the caller's session is rolled back). Stock is taken with one conditional UPDATE per line, so two
shoppers can never both get the last unit; an order is written once per idempotency key, so a
double-tapped Buy button makes one order. The cart is `commerce.cart`; what happens to an order
afterwards, and who may see it, is `commerce.orders_after_sale`.
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
    Customer,
    Order,
    OrderLine,
    Product,
    Variant,
    refresh_lowest_prices,
)
from commerce.order_rules import (
    MAX_QUANTITY,
    ChangeCheck,
    OrderStatus,
    QuantityProblem,
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


# "my mail is kim@example.com please", "my name is Kim Alvarez", "send it to 12 Harbour Lane": the
# detail a message gives, without the words said around it.
_LEAD_IN = re.compile(
    r"^\s*(?:(?:my|the|your)\s+)?(?:(?:full\s+)?name|e-?mail(?:\s+address)?|mail|"
    r"(?:shipping\s+|delivery\s+)?address)\s*(?:is|'s|:|=)\s*"
    r"|^\s*(?:it'?s|it\s+is|this\s+is|i'?m|i\s+am)\s+"
    r"|^\s*(?:send|ship|deliver|post)\s+(?:it|them)\s+to\s+",
    re.IGNORECASE,
)
_TRAILER = re.compile(
    r"(?:[\s,.!]+(?:please|pls|plz|thanks|thank you|thx|ty|cheers))?[\s,.!]*$", re.IGNORECASE
)
_EMAIL_IN_TEXT = re.compile(r"[^@\s:;,<>()]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+")


def detail_said(text: str) -> str:
    """The name or address a message gives ("my name is Kim Alvarez" -> "Kim Alvarez")."""
    return _TRAILER.sub("", _LEAD_IN.sub("", text.strip(), count=1)).strip()


def email_said(text: str) -> str:
    """The one email address a message gives ("my mail is kim@example.com please"), else the
    message as a detail (checked as it is)."""
    found = _EMAIL_IN_TEXT.findall(text)
    return found[0] if len(found) == 1 else detail_said(text)


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
    if existing := order_by_key(session, idempotency_key):
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
        existing = order_by_key(session, idempotency_key)
        if existing is None:
            raise
        return existing
    return order


def _merged_lines(items: Iterable[tuple[int, int]]) -> dict[int, int]:
    lines: dict[int, int] = {}
    for variant_id, quantity in items:
        check_quantity(quantity)
        lines[variant_id] = lines.get(variant_id, 0) + quantity
        check_quantity(lines[variant_id])
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
    charges = charges_for(
        sum((line.unit_price * line.quantity for line in order_lines), Decimal("0.00")), method
    )
    order = Order(
        number=unused_number(session, "HL", Order),
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


def charges_for(subtotal: Decimal, method: ShippingMethod) -> Charges:
    """What an order of goods worth `subtotal` is charged with `method`: its shipping (free from
    the method's threshold) and the tax on the goods, both added at checkout."""
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
        charges_for(subtotal, method),
        _delivery_estimate(now, method),
    )


def _delivery_estimate(now: datetime, method: ShippingMethod) -> datetime:
    day = method.arrival(now.date())[1]
    return datetime(day.year, day.month, day.day, 18, tzinfo=timezone.utc)


def unused_number(session: Session, prefix: str, model) -> str:
    """A fresh number for an order or a return (`model`) that no row of it has yet."""
    while True:
        number = order_number(prefix)
        if session.scalar(select(func.count()).where(model.number == number)) == 0:
            return number


def order_by_key(session: Session, key: str) -> Order | None:
    """The order already written for this idempotency key, if any."""
    return session.scalar(select(Order).where(Order.idempotency_key == key))


def payment_link(order: Order) -> str:
    return load_settings().payment_url_template.format(
        order_number=order.number, total=f"{order.total:.2f}"
    )


def check_quantity(quantity: int, variant: Variant | None = None) -> None:
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
