"""How the answers about carts, checkouts and orders read: lines, totals, dates, next steps, and
why an order cannot be changed now (the rule itself is commerce.order_rules.check_change)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from actions.replies import money
from commerce.models import CartItem, Order
from commerce.order_rules import (
    MAX_QUANTITY,
    ChangeCheck,
    OrderChange,
    OrderStatus,
    QuantityProblem,
    Refusal,
    describe_status,
)
from commerce.orders import Contact, Invoice, Quote, variant_title
from commerce.shipping import SHIPPING_METHODS, ShippingMethod
from commerce.sizes import display_size


def day(moment: date | datetime) -> str:
    return moment.strftime("%A %d %B")


def needed_by_text(needed: date, ordered: date) -> str:
    """Whether each shipping method gets an order placed on `ordered` there by `needed`."""
    lines = [f"Ordered today, for {day(needed)}:"]
    for method in SHIPPING_METHODS.values():
        first, last = method.arrival(ordered)
        if last <= needed:
            verdict = f"arrives by {day(last)}, in time"
        elif first <= needed:
            verdict = (f"arrives between {day(first)} and {day(last)}, so it may make it, "
                       "but I can't promise it")  # fmt: skip
        else:
            verdict = f"arrives {day(first)} at the earliest, too late I'm afraid"
        free = (
            f", free from {money(method.free_from, whole=True)}"
            if method.free_from is not None
            else ""
        )
        lines.append(f"• {method.label} ({money(method.cost)}{free}): {verdict}.")
    if needed.weekday() >= 5:
        lines.append("We deliver on working days only (Monday to Friday).")
    return "\n".join(lines)


def needed_by_note(needed: date, ordered: date) -> str:
    """One line under a search that names a day ("for a party tonight"): the cheapest shipping
    that surely arrives by then, or what the fastest can do."""
    for method in sorted(SHIPPING_METHODS.values(), key=lambda method: method.cost):
        if (last := method.arrival(ordered)[1]) <= needed:
            return (f"For {day(needed)}: {method.label} shipping, ordered today, arrives by "
                    f"{day(last)}, in time.")  # fmt: skip
    fastest = min(SHIPPING_METHODS.values(), key=lambda method: method.min_business_days)
    first, last = fastest.arrival(ordered)
    if first <= needed:
        return (f"For {day(needed)}: {fastest.label} shipping, ordered today, arrives between "
                f"{day(first)} and {day(last)}, so it may make it, but I can't promise it.")  # fmt: skip
    return (f"For {day(needed)}: even {fastest.label} shipping, ordered today, arrives "
            f"{day(first)} at the earliest, so not in time, I'm sorry.")  # fmt: skip


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
    if order.status in (OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID, OrderStatus.SHIPPED):
        method = SHIPPING_METHODS.get(order.shipping_method)
        by = f" by {method.label.lower()} shipping" if method else ""
        text += f" Estimated delivery{by}: {day(order.estimated_delivery)}."
    if order.status == OrderStatus.AWAITING_PAYMENT:
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


def buy_intro_text(
    title: str, label: str, price: str, quantity: int, size_taken: str | None = None
) -> str:
    """ "The Savile Plain-Toe Oxford (US 8 / EU 41, Black) at $99.00.", then "That's in size 8, as
    you asked." when the size came from the search or an earlier question, not this message."""
    if quantity > 1:
        text = f"{quantity} × {title} ({label}) at {price} each."
    else:
        text = f"The {title} ({label}) at {price}."
    if size_taken:
        text += f" That's in size {display_size(size_taken)}, as you asked."
    return text


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


def quantity_problem_text(problem: QuantityProblem, in_stock: int) -> str:
    """Why a quantity can't be had (commerce.order_rules.quantity_problem), in the shopper's words."""
    if problem == QuantityProblem.NOT_A_COUNT:
        return "The quantity has to be at least 1."
    if problem == QuantityProblem.TOO_MANY:
        return f"I can take at most {MAX_QUANTITY} of one item in a chat order."
    return f"Sorry, only {in_stock} left in that size and colour."


def change_refused_text(order: Order, check: ChangeCheck) -> str:
    """Why `check.change` can't be done to the order now, said before anything is offered."""
    number, state = order.number, describe_status(order.status)
    if check.refusal == Refusal.RETURN_WINDOW_CLOSED:
        days = (check.return_window_closes - check.delivered_at).days
        return (
            f"Order {number} was delivered on {day(check.delivered_at)}, and our {days}-day "
            f"return window for it closed on {day(check.return_window_closes)}, so it can't be "
            "returned any more. Nothing has changed."
        )
    if check.change == OrderChange.RETURN:
        if check.refusal == Refusal.NOT_SHIPPED_YET:
            return f"Order {number} hasn't shipped yet, so you can simply cancel it."
        if check.refusal == Refusal.NOT_DELIVERED_YET:
            return f"Order {number} is {state}; a return can start once it has been delivered."
        return f"Order {number} is {state}, so there's nothing more to return."
    if check.change == OrderChange.CANCEL:
        text = f"Order {number} is {state}, so it can't be cancelled any more."
        if check.status == OrderStatus.SHIPPED:
            text += " You can return it once it arrives."
        return text
    text = f"Order {number} is {state}, so its address can't be changed any more."
    if check.status == OrderStatus.SHIPPED:
        text += ' A person on our team can try with the carrier: say "talk to a person".'
    return text


def order_change_text(
    order: Order, wanted: str | None, cancel: ChangeCheck, give_back: ChangeCheck
) -> str:
    """What can be done instead of a change the bot cannot make to a placed order (`wanted`: "the
    size", "the shipping method", ...; None: its items), from what the order's state allows."""
    what = f"{wanted} of order" if wanted else "what's in order"
    text = f"I can't change {what} {order.number} once it's placed."
    if cancel.allowed:
        return text + (
            " It hasn't shipped yet, so you can cancel it (nothing is charged, or your money "
            "comes back) and order again the way you want it."
        )
    if give_back.allowed:
        return text + (
            f" It was delivered on {day(give_back.delivered_at)}: you can return it until "
            f"{day(give_back.return_window_closes)} and order what you want instead."
        )
    if give_back.refusal == Refusal.NOT_DELIVERED_YET:
        return text + (
            f" It's {describe_status(order.status)}; once it arrives you can return it and order "
            "what you want instead."
        )
    if give_back.refusal == Refusal.RETURN_WINDOW_CLOSED:
        return text + (
            f" It was delivered on {day(give_back.delivered_at)} and its return window closed on "
            f"{day(give_back.return_window_closes)}."
        )
    return text + f" It is {describe_status(order.status)}."
