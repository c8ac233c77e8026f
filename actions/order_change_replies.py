"""How two answers about changing a placed order read: more goods asked into it ("add a brown
leather belt to the order I just placed"), which a placed order never takes, and a faster shipping
asked for it ("we leave on Friday, switch my order to express"): its own date against the day named
and what a new express order would do. The facts come from the core (commerce.order_rules,
commerce.shipping); the other order-change answers read as in actions/order_replies.py."""

from __future__ import annotations

from datetime import date

from actions.delivery_replies import day
from actions.replies import and_list
from commerce.config import load_settings
from commerce.fit_swaps import FitSwap
from commerce.models import Order
from commerce.order_rules import NOT_SHIPPED, describe_status
from commerce.reorder_sizes import SizeForReorder
from commerce.shipping import SHIPPING_METHODS, ArrivalBy, ShippingMethod, last_arrival_day


def separate_order_text(number: str, kinds: str, sold: bool) -> str:
    """`kinds` ("belts") asked into order `number`, which takes no new items (Refusal.ITEMS_FIXED):
    said plainly, with the way that works when the shop sells them (`sold`), a separate order,
    whose items are shown next; else the search says what is nearest."""
    text = (
        f"I can't add {kinds} to order {number}: a placed order takes no new items, and I won't "
        "change what you ordered."
    )
    if not sold:
        return text
    return text + (
        f" You can order {kinds} separately, as a new order (it may come in its own parcel). "
        "Here they are:"
    )


def switch_arrival_text(
    order: Order, faster: ShippingMethod, today: date, needed: date | None, leaving: str | None
) -> str:
    """When order `order` arrives as it stands, against the day named (`needed`; by the day before
    when the shopper leaves on it, `leaving`: "fly" or "leave"), and when the same goods ordered
    again today with `faster` shipping would: the facts behind "cancel it and order again"."""
    method = SHIPPING_METHODS.get(order.shipping_method)
    how = f" ({method.label.lower()} shipping)" if method else ""
    arrives = order.estimated_delivery.date()
    text = f"As it stands, order {order.number} should arrive by {day(arrives)}{how}"
    deadline = None
    if needed is not None:
        deadline = last_arrival_day(needed, leaving=leaving is not None)
        if arrives <= deadline:
            text += f": in time for {day(needed)}."
        elif leaving is not None and arrives == needed:
            text += f": that's the day you {leaving}, too late to count on."
        else:
            text += f": too late for {day(needed)}, I'm sorry."
    else:
        text += "."
    first, last = faster.arrival(today)
    text += f" {faster.label}, ordered again today, would arrive by {day(last)}"
    if deadline is None:
        return text + f" (from {day(first)})."
    verdict = faster.arrives_by(today, deadline)
    if verdict == ArrivalBy.IN_TIME:
        return text + ": in time."
    if verdict == ArrivalBy.MAY_MAKE_IT:
        return text + f" (from {day(first)}), so it may make it, but I can't promise it."
    return text + f" at the latest, and {day(first)} at the earliest: too late as well, I'm sorry."


def size_for_reorder_text(found: SizeForReorder) -> str:
    """Whether a new order would find the size asked for instead of the one ordered ("can change to
    40R?" after ordering 38R; stranger test 74, A10), in the colour ordered, else the colours that
    have it."""
    colour = f" ({found.colour})" if found.colour else ""
    if found.in_stock:
        return (
            f"The {found.title} is in stock in {found.size}{colour}, so a new order in "
            f"{found.size} will work."
        )
    text = f"The {found.title} isn't in stock in {found.size}"
    text += f" in {found.colour} right now" if found.colour else " right now"
    if found.other_colours:
        return text + f"; it is in {found.size} in {and_list(list(found.other_colours))}."
    return text + "."


def fit_swap_text(swaps: list[FitSwap]) -> str:
    """What fits better, said after the cancel or return answer to "they pinch my toes" (stranger
    test 75, A10): the next size up (or down) of each item when it is in stock, honestly when it
    is not or none is made; for shoes too tight, the shop's shoes for a wide foot, or that it has
    none in that size. "" for no item with a size."""
    parts = []
    for swap in swaps:
        way, wanted = ("up", "more room") if swap.bigger else ("down", "a snugger fit")
        colour = f" ({swap.colour})" if swap.colour else ""
        if swap.next_size is None:
            bound = "bigger" if swap.bigger else "smaller"
            parts.append(f"The {swap.title} comes in no {bound} size than {swap.size}, I'm afraid.")
        elif swap.next_in_stock:
            parts.append(
                f"For {wanted}, the {swap.title} is in stock in the next size {way}, "
                f"{swap.next_size}{colour}, to order instead."
            )
        else:
            parts.append(
                f"The {swap.title}'s next size {way}, {swap.next_size}, is sold out"
                f"{' in ' + swap.colour if swap.colour else ''} right now."
            )
        if not swap.wide_asked:
            continue
        whose = {"male": "men's ", "female": "women's "}.get(swap.gender or "", "")
        if swap.wide_fits:
            names = and_list([f"the {title}" for title in swap.wide_fits])
            parts.append(f"For a wide foot, we have {names} in {swap.size}, made for a wider fit.")
        else:
            parts.append(f"We have no wide-fit {whose}shoes in {swap.size}, though.")
    return " ".join(parts)


def change_rule_text() -> str:
    """What the shop allows with a placed order, said while that order is still to be looked up
    ("can I change that on the order I just placed, or should I cancel it and order again?",
    docs/nlu/stranger-test-92.md, B9): from the core's one rule (commerce.order_rules), a placed
    order's items never change; it can be cancelled while not shipped, returned once delivered."""
    states = " or ".join(describe_status(status) for status in sorted(NOT_SHIPPED))
    return (
        "A placed order's items, sizes and colours can't be changed, but while it's "
        f"{states} you can cancel it and order again the way you want it. Once it has shipped it "
        "can't be cancelled; after delivery you can return it within "
        f"{load_settings().return_window_days} days."
    )


def wrong_item_apology_text(what: str) -> str:
    """The shop's mistake owned first: `what` came wrong ("colour", "size" or "item")."""
    return f"Sorry we sent the wrong {what}: that's our mistake, and putting it right costs you nothing."


def method_of_order_text(order: Order, asked: ShippingMethod) -> str:
    """ "Is it still going express?" of order `order`: yes or no from the method it was placed
    with, and when it arrives (stranger test 95, B10); never a method it does not have."""
    method = SHIPPING_METHODS.get(order.shipping_method)
    label = method.label if method else order.shipping_method
    text = (
        f"order {order.number} goes by {label} shipping, estimated delivery "
        f"{day(order.estimated_delivery)}."
    )
    if method is not None and method.key == asked.key:
        return "Yes: " + text
    return (
        f"No: {text[:-1]}, not by {asked.label}. If you need {asked.label} instead, say "
        f'"switch my order to {asked.label.lower()}" and I\'ll tell you what can be done.'
    )


def method_at_checkout_text(chosen: ShippingMethod, asked: ShippingMethod) -> str:
    """The same asked during a checkout, of the method its review shows."""
    if chosen.key == asked.key:
        return f"Yes: this order is set to go by {chosen.label} shipping."
    return (
        f"No: this order is set to go by {chosen.label} shipping, not {asked.label}: tap "
        f"“{asked.label} shipping” under the review to switch."
    )
