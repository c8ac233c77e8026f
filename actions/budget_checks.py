""" "What's my total so far? Am I still under 400?" (stranger test 65, docs/nlu/stranger-test-65.md,
persona B, worst problem 5): the cart, then yes or no with what is left of the budget (said in
the message, else the budget for everything said before, else the last price range said)."""

from __future__ import annotations

from decimal import Decimal

from rasa_sdk import Tracker

from actions import cart_replies
from actions.adding import show_cart
from actions.base import Events
from actions.conversation import (
    budget_amount,
    budget_for_everything,
    budget_said_before,
    purchases_waiting,
)
from actions.waiting_purchases import tell_still_waiting
from commerce.cart import cart_items
from commerce.search import parse_price
from shop_nlu.budget_questions import asks_if_within_budget


def budget_asked_about(tracker: Tracker) -> Decimal | None:
    """The budget a question about it means: said in the message, else the budget for
    everything said before, else the last price range said; None when none is known."""
    entities = tracker.latest_message.get("entities") or []
    if (said_now := budget_amount(entities)) is not None:
        return said_now
    # "am I over 400 now?": the 400 is read as a floor.
    floors = [parse_price(e.get("value")) for e in entities if e.get("entity") == "price_min"]
    if floors and floors[-1] is not None:
        return floors[-1]
    if (everything := budget_for_everything(tracker)) is not None:
        return everything
    said = budget_said_before(tracker)
    return said.ceiling if said is not None else None


def answer_still_within_budget(dispatcher, tracker: Tracker, session) -> Events | None:
    """The cart and whether it is still within the budget asked about; None when the message
    asks no such thing, or no budget is known."""
    if not asks_if_within_budget(tracker.latest_message.get("text") or ""):
        return None
    if (budget := budget_asked_about(tracker)) is None:
        return None
    items = cart_items(session, tracker.sender_id)
    # The shoes asked "Which colour ...?" just before: named as waiting, never forgotten (test 72).
    waiting = purchases_waiting(tracker)
    if items or not waiting:
        show_cart(dispatcher, items)
    spent = sum((item.variant.price * item.quantity for item in items), Decimal(0))
    dispatcher.utter_message(text=cart_replies.within_budget_text(budget, spent))
    return tell_still_waiting(dispatcher, tracker, session, waiting)


def tell_whether_within_budget(dispatcher, tracker: Tracker, session) -> None:
    """After an add shown with the cart ("add the first too. total now, am I still under 250?":
    stranger test 91, B5): whether the cart is still within the budget asked about; nothing said
    when the message asks no such thing or no budget is known."""
    if not asks_if_within_budget(tracker.latest_message.get("text") or ""):
        return
    if (budget := budget_asked_about(tracker)) is not None:
        items = cart_items(session, tracker.sender_id)
        spent = sum((item.variant.price * item.quantity for item in items), Decimal(0))
        dispatcher.utter_message(text=cart_replies.within_budget_text(budget, spent))
