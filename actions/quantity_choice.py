"""How many of a variant the shopper wants: the quantity the message names ("2 pairs", "make it
3"), checked against the stock (the core's one rule), said in the shopper's words when it cannot
be had. Buying, adding to the cart and changing a line's quantity ask it here."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions import order_replies
from actions.already_in_cart import told_already_in_cart
from actions.conversation import latest_entities
from commerce import order_rules
from commerce.search import VariantFacts


def requested_quantity(tracker: Tracker) -> int | None:
    """The quantity in the latest message ("2 pairs", "make it 3"), if any."""
    values = latest_entities(tracker).get("quantity")
    try:
        return int(values[-1]) if values else None
    except ValueError:
        return None


def quantity_for(dispatcher, tracker: Tracker, variant: VariantFacts, session=None) -> int | None:
    """The quantity asked for (1 if none), or None after saying why it can't be had; with the
    `session` of an add, None too after saying it is already in the cart (stranger test 98)."""
    if session is not None and told_already_in_cart(dispatcher, tracker, session, variant):
        return None
    asked = requested_quantity(tracker)
    quantity = 1 if asked is None else asked
    if problem := quantity_problem(quantity, variant.stock):
        dispatcher.utter_message(text=problem)
        return None
    return quantity


def quantity_problem(quantity: int, in_stock: int) -> str | None:
    """Why a quantity cannot be bought (the core's one rule), in the shopper's words; None if it
    can."""
    problem = order_rules.quantity_problem(quantity, in_stock)
    return order_replies.quantity_problem_text(problem, in_stock) if problem else None
