"""How the answers about carts, checkouts and orders read: lines, totals, dates, next steps."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from actions.replies import money
from commerce.models import CartItem, Order
from commerce.orders import Contact, Invoice, Quote, describe_status, variant_title
from commerce.shipping import SHIPPING_METHODS, ShippingMethod


def day(moment: datetime) -> str:
    return moment.strftime("%A %d %B")


def _line(quantity: int, description: str, amount) -> str:
    count = f"{quantity} × " if quantity > 1 else ""
    return f"• {count}{description}: {money(amount)}"


def shipping_price(method: ShippingMethod, offer: Quote) -> str:
    cost = method.cost_for(offer.charges.subtotal)
    price = "free" if not cost else f"{money(cost)}"
    return f"{price}, {method.min_business_days}–{method.max_business_days} business days"


def review_text(offer: Quote, contact: Contact) -> str:
    lines = [_line(line.quantity, line.description, line.unit_price * line.quantity)
             for line in offer.lines]  # fmt: skip
    charges = offer.charges
    shipping = "free" if not charges.shipping else money(charges.shipping)
    return "\n".join(
        ["Please check your order:", *lines,
         f"{offer.method.label} shipping: {shipping} · tax {money(charges.tax)} · "
         f"total {money(charges.total)}",
         f"To {contact.name}, {contact.address} ({contact.email}); arrives by "
         f"{day(offer.estimated_delivery)}. Payment follows by a secure link."]
    )  # fmt: skip


def order_confirmation_text(order: Order, payment_link: str) -> str:
    lines = [_line(line.quantity, _order_line_title(line), line.unit_price * line.quantity)
             for line in order.lines]  # fmt: skip
    return "\n".join(
        [f"Done! Order {order.number}:", *lines,
         f"Total {money(order.total)} including tax and shipping. It's awaiting payment: "
         f"{payment_link}",
         f'Estimated delivery: {day(order.estimated_delivery)}. Ask me "where is my order?" '
         "any time."]
    )  # fmt: skip


def _order_line_title(line) -> str:
    options = ", ".join(part for part in (line.size, line.colour) if part)
    return f"{line.title} ({options})" if options else line.title


def order_status_text(order: Order, payment_link: str) -> str:
    titles = ", ".join(line.title for line in order.lines)
    text = f"Order {order.number} ({titles}) is {describe_status(order.status)}."
    if order.status in ("awaiting_payment", "paid", "shipped"):
        method = SHIPPING_METHODS.get(order.shipping_method)
        by = f" by {method.label.lower()} shipping" if method else ""
        text += f" Estimated delivery{by}: {day(order.estimated_delivery)}."
    if order.status == "awaiting_payment":
        text += f" You can pay here: {payment_link}"
    if order.tracking_number:
        text += f" Tracking number: {order.tracking_number}."
    return text


def invoice_text(bill: Invoice) -> str:
    lines = [f"• {line.quantity} × {line.description} at {money(line.unit_price)} = "
             f"{money(line.amount)}" for line in bill.lines]  # fmt: skip
    return "\n".join(
        [f"Invoice for order {bill.order_number}, {bill.placed_at:%d %B %Y}",
         f"Billed to: {bill.billed_to}", *lines,
         f"Subtotal {money(bill.subtotal)} · shipping {money(bill.shipping)} · "
         f"tax {money(bill.tax)} · total {money(bill.total)}"]
    )  # fmt: skip


def variant_text(item: CartItem) -> str:
    return variant_title(item.variant)


def cart_text(items: list[CartItem]) -> str:
    total = sum((item.variant.price * item.quantity for item in items), start=Decimal("0.00"))
    lines = [f"{index}.{_line(item.quantity, variant_text(item), item.variant.price * item.quantity)[1:]}"
             for index, item in enumerate(items, start=1)]  # fmt: skip
    count = sum(item.quantity for item in items)
    items_word = "item" if count == 1 else "items"
    return "\n".join([f"Your cart ({count} {items_word}):", *lines,
                      f"Subtotal {money(total)} before shipping and tax."])  # fmt: skip
