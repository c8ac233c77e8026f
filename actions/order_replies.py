"""How the answers about carts, checkouts and orders read: lines, totals, next steps, and why an
order cannot be changed now (the rule itself is commerce.order_rules.check_change). When an order
arrives and what its shipping costs read as in actions/delivery_replies.py."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from actions.delivery_replies import day
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
    return_window_closes,
)
from commerce.orders import Contact, Quote, variant_title
from commerce.orders_after_sale import Invoice
from commerce.shipping import SHIPPING_METHODS, ArrivalBy, ShippingMethod
from commerce.sizes import SizeSystem, display_size, gender_word
from shop_nlu.arrival_questions import asks_for_tracking_number


def _line(quantity: int, description: str, amount) -> str:
    count = f"{quantity} × " if quantity > 1 else ""
    return f"• {count}{description}: {money(amount)}"


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


def status_text(order: Order, payment_link: str, asked: str = "") -> str:
    """ "Where is my order?": its status, estimated delivery, payment link while it waits and
    tracking number once shipped; when the message (`asked`) asks for the tracking number and
    there is none yet, why, from the order's state (stranger test 67, A9)."""
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
    elif asks_for_tracking_number(asked):
        text += " " + _NO_TRACKING_YET.get(order.status, "I have no tracking number for it.")
    return text


# Why an order has no tracking number yet, by its state: it gets one when it ships.
_ONCE_SHIPPED = 'Once it ships, ask me "where is my order?" and I\'ll give you its tracking number.'
_NO_TRACKING_YET = {
    OrderStatus.AWAITING_PAYMENT: "There's no tracking number yet: an order gets one when it "
    "ships, and it ships once it's paid. " + _ONCE_SHIPPED,
    OrderStatus.PAID: "There's no tracking number yet: it gets one when it ships. " + _ONCE_SHIPPED,
    OrderStatus.CANCELLED: "It was cancelled, so it won't ship and has no tracking number.",
}


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
    title: str,
    label: str,
    price: str,
    quantity: int,
    size_taken: str | None = None,
    colour_taken: str | None = None,
) -> str:
    """ "The Savile Plain-Toe Oxford (US 8 / EU 41, Black) at $99.00.", then "That's in size 8, as
    you asked." when the size (or colour) came from the search or an earlier question, not this
    message."""
    if quantity > 1:
        text = f"{quantity} × {title} ({label}) at {price} each."
    else:
        text = f"The {title} ({label}) at {price}."
    return text + as_you_asked_text(size_taken, colour_taken)


def as_you_asked_text(size_taken: str | None, colour_taken: str | None) -> str:
    """ " That's in size L and Olive, as you asked.": the size key and colour taken from what the
    shopper said earlier ("does it come in green?", then "add it"); "" when neither was."""
    taken = [part for part in (
        f"size {display_size(size_taken)}" if size_taken else None, colour_taken) if part]  # fmt: skip
    return f" That's in {' and '.join(taken)}, as you asked." if taken else ""


def _gender_size(gender: str, key: str) -> str:
    """ "women's 8.5", "men's US 7": a size key as one gender's size."""
    size = display_size(key)
    # The product's own sizes are US ones; the shopper's are as they said them.
    if (key[:1].isdigit() and gender == "male") or key.startswith("us"):
        size = f"US {size.removeprefix('US ')}"
    return f"{'men' if gender == 'male' else 'women'}'s {size}"


def _other(gender: str) -> str:
    return "female" if gender == "male" else "male"


def converted_size_text(title: str, system: SizeSystem, said: str, converted: str) -> str:
    """ "The Cirrus Court Sneaker is made in men's US sizes: for a women's 8.5 that's a men's US 7
    (women usually take 1.5 sizes down, says its description).", before the purchase goes on."""
    other = _other(system.sized_for)
    steps = abs(system.other_steps or 0)
    sizes = "size" if steps == 1 else "sizes"
    way = "down" if (system.other_steps or 0) < 0 else "up"
    return (
        f"The {title} is made in {gender_word(system.sized_for)} US sizes: for a "
        f"{_gender_size(other, said)} that's a {_gender_size(system.sized_for, converted)} "
        f"({'men' if other == 'male' else 'women'} usually take {steps:g} {sizes} {way}, says its "
        "description)."
    )


def sized_for_other_text(title: str, system: SizeSystem, said: str) -> str:
    """When the catalog gives no rule from the shopper's size to the product's: say so, never
    "as you asked" (a size question follows)."""
    return (
        f"The {title} is sized in {gender_word(system.sized_for)} US sizes, and our catalog "
        f"doesn't say which of them fits a {_gender_size(_other(system.sized_for), said)}, so I "
        "haven't picked one."
    )


def variant_text(item: CartItem) -> str:
    return variant_title(item.variant)


def purchase_dropped_text(title: str, missing: str, buying: bool) -> str:
    """The product a question was waiting on, left when the shopper moved on: said in one line."""
    if buying:
        return (f"(I haven't bought the {title} for you: no {missing} was picked. "
                f'Say "buy the {title}" if you still want to.)')  # fmt: skip
    return (f"(I haven't added the {title} to your cart: no {missing} was picked. "
            f'Say "add the {title}" if you still want to.)')  # fmt: skip


def cart_change_text(line: str, quantity: int) -> str:
    """ "Removed Wool Knit Tie (Navy) from your cart." / "Now 3 × Gerrard Pleated Tuxedo Shirt
    (15.5, White)."."""
    return f"Removed {line} from your cart." if quantity == 0 else f"Now {quantity} × {line}."


def line_changed_text(before: str, after: str, quantity: int) -> str:
    """ "Make it a medium" right after adding: "Changed Vivienne Velvet Dress (S, Green) to
    Vivienne Velvet Dress (M, Green) in your cart."."""
    count = f"{quantity} × " if quantity > 1 else ""
    return f"Changed {before} to {count}{after} in your cart."


def size_corrected_text(size: str, instead_of: str) -> str:
    """ "size 40 not 38" while buying (stranger test 52): "OK, size 40R instead of 38."."""
    return f"OK, size {display_size(size)} instead of {display_size(instead_of)}."


def which_change_text(title: str) -> str:
    """A change right after adding that fits several of its variants ("make it green" when green
    comes in every size): which one, not a guess."""
    return f'Which size and colour of the {title} would you like instead? Say e.g. "make it M in green".'


def not_in_cart_text(kinds: list[str]) -> str:
    """ "Take the shoes out" when no shoes are in the cart (they were waiting for a colour)."""
    if not kinds:
        return "There's nothing like that in your cart, so nothing was taken out."
    return f"There are no {' or '.join(kinds)} in your cart, so nothing was taken out."


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


def items_not_added_text(kinds: str) -> str:
    """More goods (`kinds`: "belts") asked into a placed order, which takes none
    (Refusal.ITEMS_FIXED): said beside the answer to the rest of the message."""
    return (
        f"I can't add {kinds} to it either: a placed order takes no new items. I can show you "
        f"{kinds} for a new order."
    )


def change_left_open_text(order: Order, change: str) -> str:
    """A cancel or return (`change`: "cancel", "return") still waiting for a yes when the shopper
    turns to something else: the order as it stands in the store, so nobody leaves believing it
    done."""
    done = "cancelled it" if change == OrderChange.CANCEL else "started a return for it"
    return (
        f"Order {order.number} is still {describe_status(order.status)}: I haven't {done}. "
        "Tell me if you still want that."
    )


def late_order_complaint_text(contact: str, order: Order | None, today: date) -> str:
    """ "Thats not good enough, ive been waiting over a week" about an order that hasn't come: the
    lateness owned, how long since the order was placed when it is known, and the team's contact
    details (`contact`) in the reply itself, never "above"."""
    since = ""
    if order is not None:
        days = (today - order.placed_at.date()).days
        when = (
            "today"
            if days <= 0
            else "yesterday"
            if days == 1
            else f"{days} days ago, on {day(order.placed_at)}"
        )
        since = f" Order {order.number}: you ordered it {when}."
    return (
        f"I'm sorry your order is late and still hasn't reached you; that isn't good enough.{since}"
        " I can't bring a person into this chat, but our team traces late parcels with the carrier"
        " and, if one is lost, sends a replacement or refunds you in full (nothing to send back):"
        f" reach them at {contact}."
    )


def checkout_left_text(title: str | None) -> str:
    """A search typed during checkout: the checkout is left, and how to come back to it."""
    if title is None:
        return (
            "I've left the checkout there: nothing is ordered, and your cart is as it was. Say "
            '"checkout" when you\'re ready.'
        )
    return (
        f"I've left the checkout of the {title} there: nothing is ordered. Say "
        f'"buy the {title}" when you want it.'
    )


def add_on_at_checkout_text(title: str | None, kind: str) -> str:
    """More asked for with the address at checkout ("and add the flats too"): this checkout can't
    take more, so it is kept as it is (stranger test 62, problem 2)."""
    kept = f"just the {title}" if title else "the items in your cart"
    return (
        f"I can't add the {kind} to this checkout, so I've kept it as it is: {kept}, to the address "
        f"you gave. Once it's placed, ask me for the {kind} (with your size) for a second order."
    )


def placed_order_arrival_text(order: Order, needed: date | None) -> str:
    """ "When will it reach?" about the order placed: the date it was given when ordered, and
    whether that makes the day the shopper needs it (`needed`), when they named one."""
    method = SHIPPING_METHODS.get(order.shipping_method)
    by = f" ({method.label.lower()} shipping)" if method else ""
    text = f"Your order {order.number} should arrive by {day(order.estimated_delivery)}{by}"
    if needed is None:
        return text + "."
    if order.estimated_delivery.date() <= needed:
        return text + f": in time for {day(needed)}."
    return text + f": too late for {day(needed)}, I'm sorry."


def sooner_for_placed_order_text(
    express: ShippingMethod, today: date, needed: date, can_cancel: bool
) -> str:
    """What can still be done when the order placed comes too late: express, ordered again today,
    if it would make it (and the order may still be cancelled); else that even express would not."""
    first, last = express.arrival(today)
    if express.arrives_by(today, needed) == ArrivalBy.IN_TIME and can_cancel:
        return (
            f"{express.label}, ordered today, would arrive by {day(last)}: you could cancel this "
            'order (say "cancel my order") and order it again with express.'
        )
    return (
        f"Even {express.label.lower()}, ordered today, would arrive {day(first)} at the earliest."
    )


def placed_order_return_text(order: Order, check: ChangeCheck, days: int) -> str:
    """ "Can I return it if it doesn't fit?" about the order placed: yes, until when, how to start
    it here and the refund first; an exchange second. Only for an order that is or will be
    returnable (not for one closed or past its window: change_refused_text says why)."""
    if check.allowed:
        when = f"until {day(check.return_window_closes)} ({days} days from delivery)"
        start = 'Tap "Return it" to start it right here'
    else:
        # Not delivered yet: the window runs from delivery, so the date if it comes when expected.
        expected = order.estimated_delivery
        when = (f"within {days} days of delivery (due by {day(expected)}: arriving then, you have "
                f"until {day(return_window_closes(expected))})")  # fmt: skip
        start = 'Once it has arrived, start the return right here: just say "I want to return it"'
    return (
        f"Yes, you can return order {order.number} {when} for a refund. {start}. The refund goes "
        "back to the payment method you paid with. Rather have another size? Ask for an exchange "
        "when you start the return, and we send the new one once your return is on its way."
    )


# How the note before "which order?" for an exchange begins: "how long it take" next is then
# about the exchange (actions/return_followups.py).
EXCHANGE_NOTE_START = "To exchange"


def exchange_waiting_note(item: str | None, size: str | None) -> str:
    """ "To exchange your shirt for L, I need to find your order first.": what the order asked
    for next is needed for (stranger test 45)."""
    what = f"your {item}" if item else "it"
    size = size or "another size"
    return f"{EXCHANGE_NOTE_START} {what} for {size}, I need to find your order first."


def exchange_return_offer_text(number: str, titles: str, size: str | None, contact: str) -> str:
    """ "Start a return of order HL-… (Camden Oxford Shirt) to exchange it for L?": once the order
    asked for an exchange is found, its return is the way to the new size, not a refund."""
    wanted = f"“{size}”" if size and not size.startswith("a ") else "the size you want"
    return (
        f"Start a return of order {number} ({titles}) to exchange it for {size or 'another size'}? "
        f"Then email {contact} with your order number and {wanted}: we send the new one as soon "
        "as your return is on its way, at no extra cost, if it's in stock."
    )


def buyers_gift_without_number_text(contact: str) -> str:
    """To a gift's buyer whose recipient has no order number (`contact`: how to reach the team)."""
    return (
        # After "they (or the buyer) email ... with the order number": never "they don't need
        # it" (stranger test 67, B5), but where it is, or the way without it.
        "If they don't have the order number, that's fine: it's in your order confirmation email, "
        "so you can pass it on. Or they can do it without the order number: they contact our team "
        f"({contact}), say it was a gift, and give your name or email, and our team will find the "
        "order and help them exchange it."
    )
