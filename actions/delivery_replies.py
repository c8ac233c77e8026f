"""How the answers about delivery read: when an order placed on a day arrives by each shipping
method, whether it makes a day the shopper needs it by (or leaves on), and what shipping costs."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from actions.replies import money
from commerce.orders import Quote, charges_for
from commerce.shipping import (
    SHIPPING_METHODS,
    ArrivalBy,
    ShippingMethod,
    better_method,
    exchange_method,
    fastest_method,
    last_arrival_day,
    method_for,
    sooner_method,
)


def day(moment: date | datetime) -> str:
    return moment.strftime("%A %d %B")


def new_order_for_comparison_text(needed: date, ordered: date) -> str:
    """A new order's arrival against `needed`, said to be only that: the shopper asked about an
    order that could not be found, whose own dates are unknown."""
    return f"Only for comparison, a new order: {needed_by_text(needed, ordered)}"


def needed_by_text(needed: date, ordered: date, leaving: str | None = None) -> str:
    """Whether each shipping method gets an order placed on `ordered` there by `needed`; when the
    shopper leaves that day (`leaving`: "fly" or "leave"), by the day before, and which to pick."""
    deadline = last_arrival_day(needed, leaving=leaving is not None)
    if leaving is None:
        lines = [f"Ordered today, for {day(needed)}:"]
    else:
        lines = [f"Ordered today, before you {leaving} on {day(needed)}:"]
    for method in SHIPPING_METHODS.values():
        first, last = method.arrival(ordered)
        arrives = method.arrives_by(ordered, deadline)
        if arrives == ArrivalBy.IN_TIME:
            verdict = f"arrives by {day(last)}, in time"
        elif arrives == ArrivalBy.MAY_MAKE_IT:
            between = f"arrives between {day(first)} and {day(last)}"
            if leaving is None:
                verdict = f"{between}, so it may make it, but I can't promise it"
            else:
                # "... and Friday 04 December, the day you fly": its last day is too late.
                the_day = f", the day you {leaving}" if last == needed else ""
                verdict = f"{between}{the_day}, so it may not reach you before you go"
        elif leaving and first == needed:
            verdict = f"arrives {day(first)} at the earliest, the day you {leaving}: too late"
        else:
            verdict = f"arrives {day(first)} at the earliest, too late I'm afraid"
        free = (
            f", free from {money(method.free_from, whole=True)}"
            if method.free_from is not None
            else ""
        )
        lines.append(f"• {method.label} ({money(method.cost)}{free}): {verdict}.")
    if leaving:
        method, arrives = method_for(deadline, ordered)
        cheapest = min(SHIPPING_METHODS.values(), key=lambda each: each.cost)
        if arrives == ArrivalBy.IN_TIME and method != cheapest:
            lines.append(f"To have it before you {leaving}, choose {method.label}.")
    if deadline.weekday() >= 5:
        lines.append("We deliver on working days only (Monday to Friday).")
    on = ordered.date() if isinstance(ordered, datetime) else ordered
    if (needed - on).days == 7:
        # "by fri" said on a Friday is next Friday (nothing arrives the same day): said so.
        lines.append(f"(Today is {on:%A}, so that's next {needed:%A}.)")
    return "\n".join(lines)


def fastest_text(ordered: date) -> str:
    """ "I need it asap": the fastest shipping, its price and when it arrives if ordered today."""
    method = fastest_method()
    first, last = method.arrival(ordered)
    when = f"by {day(last)}" if first == last else f"between {day(first)} and {day(last)}"
    return (f"The fastest is {method.label} shipping ({money(method.cost)}): ordered today, it "
            f"arrives {when}. We deliver on working days only (Monday to Friday).")  # fmt: skip


def exchange_time_text(
    posted: date, return_window_days: int, contact_email: str, replacement: bool = False
) -> str:
    """ "How long does an exchange take?": the new one goes out once the return is on its way, so
    its shipping's business days from the day the return is `posted`. Then how to ask for it: the
    size or colour wanted, or, for an item that came damaged or wrong (`replacement`), the same
    item again, the right one (the steps of content/faq.yml `damaged_replacement`)."""
    method = exchange_method()
    first, last = method.arrival(posted)
    if replacement:
        how = (f"For the replacement, start the return (\"return my order\") and email "
               f"{contact_email} with your order number, say you'd like a replacement, and add a "
               "photo if it arrived damaged.")  # fmt: skip
    else:
        how = (f"To exchange, email {contact_email} within {return_window_days} days of delivery "
               "with your order number and the size or colour you want.")  # fmt: skip
    return (f"We send the new one as soon as your return is on its way, and it takes "
            f"{method.min_business_days}–{method.max_business_days} business days to reach you "
            f"({method.label} delivery, at no extra cost). So if your return is on its way today, "
            f"the new one arrives between {day(first)} and {day(last)}, if it's in stock. {how}")  # fmt: skip


def needed_by_note(
    needed: date, ordered: date, leaving: str | None = None, method: ShippingMethod | None = None
) -> str:
    """One line under a search that names a day ("for a party tonight"): the cheapest shipping
    that surely arrives by then, or what the fastest can do; by the day before when the shopper
    leaves that day (`leaving`: "fly" or "leave"). With `method` (the one the shopper asked
    about: "with the fastest delivery"), whether that one does."""
    deadline = last_arrival_day(needed, leaving=leaving is not None)
    if method is None:
        method, arrives = method_for(deadline, ordered)
    else:
        arrives = method.arrives_by(ordered, deadline)
    first, last = method.arrival(ordered)
    head = f"For {day(needed)}" if leaving is None else f"Before you {leaving} on {day(needed)}"
    if arrives == ArrivalBy.IN_TIME:
        return (f"{head}: {method.label} shipping, ordered today, arrives by "
                f"{day(last)}, in time.")  # fmt: skip
    if arrives == ArrivalBy.MAY_MAKE_IT:
        return (f"{head}: {method.label} shipping, ordered today, arrives between "
                f"{day(first)} and {day(last)}, so it may make it, but I can't promise it.")  # fmt: skip
    return (f"{head}: even {method.label} shipping, ordered today, arrives "
            f"{day(first)} at the earliest, so not in time, I'm sorry.")  # fmt: skip


def shipping_charge_text(method: ShippingMethod, charged: Decimal) -> str:
    """What one shipping method costs an order, with the shop's free-shipping threshold where the
    method has one: "free, as orders from $100.00 ship free", "$5.95; free from $100.00"."""
    if method.free_from is None:
        return "free" if not charged else money(charged)
    if not charged:
        return f"free, as orders from {money(method.free_from)} ship free"
    return f"{money(charged)}; free from {money(method.free_from)}"


def _arrives(method: ShippingMethod, ordered: date) -> str:
    first, last = method.arrival(ordered)
    between = f"arrives between {day(first)} and {day(last)}"
    return f"arrives by {day(last)}" if first == last else between


def arrival_at_review_text(method: ShippingMethod, arrives: date) -> str:
    """ "when it come" at the order review: the chosen shipping's date, and that nothing is ordered
    until the shopper places it (stranger test 65, docs/nlu/stranger-test-65.md, problem 2)."""
    return (f"Your order is not placed yet. With {method.label} shipping it arrives by "
            f"{day(arrives)} if you place it now: check it below and tap Place order.")  # fmt: skip


def arrival_before_details_text(
    method: ShippingMethod, ordered: date, needed: date | None = None
) -> str:
    """ "when will it come?" at the checkout's name, email or address question: nothing is ordered
    yet; with `method` it arrives by its last day if placed on `ordered`, or, against a day named
    (`needed`), each shipping's verdict (stranger test 65, docs/nlu/stranger-test-65.md)."""
    head = "Your order is not placed yet: I still need a few details."
    if needed is not None:
        return f"{head}\n{needed_by_text(needed, ordered)}"
    last = method.arrival(ordered)[1]
    return f"{head} With {method.label} shipping it arrives by {day(last)} if you place it today."


def arrival_if_ordered_text(
    title: str, ordered: date, needed: date | None = None, leaving: str | None = None
) -> str:
    """ "wen does it get here if i order rn" about the product in view (`title`), no order placed:
    when each shipping method gets it there if ordered on `ordered` ("them" with no `title`: the
    purchases still waiting for a choice), against `needed` when the shopper names a day ("will
    it b here by dec 19"), by the day before when they leave then (`leaving`: "fly" or "leave")."""
    head = f"If you order the {title} now:" if title else "If you order them now:"
    if needed is not None:
        return f"{head}\n{needed_by_text(needed, ordered, leaving)}"
    lines = [head]
    for method in SHIPPING_METHODS.values():
        free = f", free from {money(method.free_from, whole=True)}" if method.free_from else ""
        lines.append(f"• {method.label} ({money(method.cost)}{free}): {_arrives(method, ordered)}.")
    return "\n".join(lines)


def price_with_shipping_text(
    what: str,
    goods: Decimal,
    methods: list[ShippingMethod],
    ordered: date,
    from_price: bool,
    arrival: str = "",
) -> str:
    """ "How much w express?" of the product in focus or the cart (`what`: "The Vivienne Velvet
    Dress is", "Your cart comes to"): added up with each method in `methods` (free from its
    threshold) and the tax the checkout adds (commerce.orders.charges_for, the checkout's own
    rule), then when it arrives that way if ordered today (`arrival`, when given: by the day
    asked). With `from_price`, the price depends on a size not chosen yet, so each figure is the
    lowest ("from")."""
    start = "from " if from_price else ""
    tax = charges_for(goods, methods[0]).tax
    taxed = f"plus {start}{money(tax)} tax, added at checkout" if tax else ""
    head = f"{what} {start}{money(goods)}"
    if len(methods) > 1:
        lines = [f"{head}{', ' + taxed if taxed else ''}. With shipping, ordered today:"]
        for method in methods:
            charges = charges_for(goods, method)
            lines.append(f"• {method.label} ({shipping_charge_text(method, charges.shipping)}): "
                         f"{start}{money(charges.total)} in all, {_arrives(method, ordered)}.")  # fmt: skip
        return "\n".join(lines)
    method = methods[0]
    charges = charges_for(goods, method)
    shipped = money(charges.subtotal + charges.shipping)
    text = (f"{head}. With {method.label} shipping ({shipping_charge_text(method, charges.shipping)})"
            f" that's {start}{shipped}")  # fmt: skip
    text += f", {taxed}: {start}{money(charges.total)} in all." if taxed else "."
    return f"{text}\n{arrival or f'Ordered today, {method.label} shipping {_arrives(method, ordered)}.'}"


def cart_total_and_arrival_text(
    offer: Quote, needed: date | None, ordered: date, leaving: str | None = None
) -> str:
    """Under the cart, when the shopper asks its total or whether it arrives by a day, before
    ordering: the total with the shipping that suits that day and tax, then when it arrives
    ("For Saturday 03 July: Standard shipping, ordered today, arrives by ..., in time.")."""
    charges, method = offer.charges, offer.method
    shipping = shipping_charge_text(method, charges.shipping)
    total = (f"With {method.label} shipping ({shipping}) and tax ({money(charges.tax)}), your "
             f"total would be {money(charges.total)}.")  # fmt: skip
    if needed is not None:
        return f"{total}\n{needed_by_note(needed, ordered, leaving, method)}"
    first, last = method.arrival(ordered)
    return (f"{total}\nOrdered today, {method.label} shipping arrives between {day(first)} and "
            f"{day(last)}.")  # fmt: skip


def review_deadline_text(
    chosen: ShippingMethod, needed: date, ordered: date, subtotal: Decimal
) -> str:
    """Under the order review, when the shopper asked about a day earlier: whether the chosen
    shipping gets there by then and, when it may not, the one that does better, never silently
    ("Standard shipping arrives ..., after the Friday 27 November you asked about. Express ...")."""
    first, last = chosen.arrival(ordered)
    arrives = chosen.arrives_by(ordered, needed)
    asked = f"the {day(needed)} you asked about"
    if arrives == ArrivalBy.IN_TIME:
        return f"{chosen.label} shipping arrives by {day(last)}, in time for {asked}."
    if arrives == ArrivalBy.MAY_MAKE_IT:
        text = (f"{chosen.label} shipping arrives between {day(first)} and {day(last)}, so it may "
                f"make {asked}, but I can't promise it.")  # fmt: skip
    else:
        text = (f"Heads up: {chosen.label} shipping arrives between {day(first)} and "
                f"{day(last)}, after {asked}.")  # fmt: skip
    better = better_method(chosen, needed, ordered)
    if better is None and arrives == ArrivalBy.TOO_LATE:
        # Late either way, but sooner is said, never "nothing is sooner" (stranger test 24).
        better = sooner_method(chosen, ordered)
        if better is None:
            return text + " No other shipping gets it there sooner, I'm sorry."
    if better is None:
        return text
    other_first, other_last = better.arrival(ordered)
    cost = better.cost_for(subtotal)
    price, fares = "free" if not cost else money(cost), better.arrives_by(ordered, needed)
    if fares == ArrivalBy.IN_TIME:
        return text + (f" {better.label} shipping ({price}) arrives by {day(other_last)}, in "
                       f"time: tap “{better.label} shipping” to switch.")  # fmt: skip
    so = "so it may make it" if fares == ArrivalBy.MAY_MAKE_IT else "sooner, but after it too"
    return text + (f" {better.label} shipping ({price}) arrives between {day(other_first)} and "
                   f"{day(other_last)}, {so}: tap “{better.label} shipping” to switch.")  # fmt: skip


def shipping_at_review_text(
    chosen: ShippingMethod, asked: ShippingMethod, switched: bool, chosen_in_time: bool
) -> str:
    """ "If not switch to express" at the order review, under the answer about the day: the
    shipping switched, or why it was kept (`chosen` is the one the order had)."""
    if switched:
        return f"Switched to {asked.label} shipping, as you asked:"
    if asked == chosen:
        return f"You have {chosen.label} shipping already:"
    if chosen_in_time:
        return f"{chosen.label} shipping gets it there in time, so I've kept it:"
    # The review below says how much sooner it is, with its button.
    return (
        f"{asked.label} shipping doesn't get it there in time either, so I've kept {chosen.label}:"
    )


def shipping_price(method: ShippingMethod, offer: Quote) -> str:
    cost = method.cost_for(offer.charges.subtotal)
    price = "free" if not cost else f"{money(cost)}"
    return f"{price}, {method.min_business_days}–{method.max_business_days} business days"


def shipping_chosen_text(method: ShippingMethod) -> str:
    """ "Ok i'll take express" before buying: the method, its price and days, kept for checkout."""
    free = f", free from {money(method.free_from, whole=True)}" if method.free_from else ""
    return (f"OK, {method.label} shipping ({money(method.cost)}{free}, "
            f"{method.min_business_days}–{method.max_business_days} business days) it is: I'll "
            "use it when you check out.")  # fmt: skip


def method_asked_text(method: ShippingMethod, what: str | None, goods: Decimal | None) -> str:
    """ "Is standard free?", "hows much is express": the method's price, when it ships free and
    its days; with `goods` (what `what` comes to: "your cart", "the Falcon High-Top"), what it
    costs on them; that nothing is chosen (stranger test 92, A5)."""
    days = f"{method.min_business_days}–{method.max_business_days} business days"
    if method.free_from is not None:
        free = money(method.free_from, whole=True)
        lines = [f"{method.label} shipping is {money(method.cost)}, free on orders from {free}, "
                 f"and takes {days}."]  # fmt: skip
    else:
        lines = [f"{method.label} shipping is {money(method.cost)} on any order and takes {days}."]
    if what and goods is not None:
        cost = method.cost_for(goods)
        if not cost:
            lines.append(f"For {what} ({money(goods)}), {method.label} is free.")
        else:
            under = f", as that's under {free}" if method.free_from is not None else ""
            lines.append(
                f"For {what} ({money(goods)}), {method.label} would be {money(cost)}{under}."
            )
    lines.append("Nothing is chosen yet: you pick the shipping when you check out.")
    return " ".join(lines)


def travel_place_note(place: str, ships_to: str) -> str:
    """Under the dates for a shopper who flies to `place` (stranger test 42): the dates are for
    delivery at home, and the shop can't deliver where they are going."""
    return (
        f"Those dates are for delivery to your address in {ships_to}; we ship only there, so "
        f"I can't send an order to {place}."
    )
