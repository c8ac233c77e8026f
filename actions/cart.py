"""The cart: add several things, look at it, change or remove a line, check out everything.

The cart lives in the store (commerce.orders), so it survives restarts. "The second one" in a cart
request means the cart's second line, as numbered when the cart is shown.
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions import order_replies, replies
from actions.base import Events, ShopAction
from actions.checkout import (
    CHECKOUT_FROM_CART,
    CHECKOUT_QUANTITY,
    CHECKOUT_VARIANT,
    begin_checkout,
    choose_variant,
    quantity_for,
    quantity_problem,
    requested_quantity,
    variant_label,
)
from actions.conversation import latest_entities
from commerce.models import CartItem
from commerce.orders import (
    OrderError,
    add_to_cart,
    cart_items,
    empty_cart,
    set_cart_quantity,
)

_EVERYTHING = re.compile(r"\b(?:everything|all|empty|clear)\b", re.IGNORECASE)
# "add the 2nd one", "put it in": adding a product, whichever cart intent the message was heard as.
_ADDS = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|just|pls|please|can (?:you|i)|could (?:you|i))\W+)*(?:add|put)\b",
    re.IGNORECASE,
)

CART_BUTTONS = [
    {"title": "Check out", "payload": "/checkout"},
    {"title": "View cart", "payload": "/view_cart"},
]


def _cart_line(tracker: Tracker, items: list[CartItem]) -> tuple[CartItem | None, str | None]:
    """The cart line the shopper means: by number, by a word of its name, or the only one."""
    entities = latest_entities(tracker)
    if "ordinal" in entities:
        ordinal = entities["ordinal"][-1]
        position = len(items) if ordinal == "last" else int(ordinal) if ordinal.isdigit() else 0
        if 1 <= position <= len(items):
            return items[position - 1], None
        return None, f"Your cart has {len(items)} line{'s' if len(items) != 1 else ''}."
    if "product_handle" in entities:
        handle = entities["product_handle"][-1]
        matching = [item for item in items if item.variant.product.handle == handle]
    else:
        words = [value.lower() for name in ("product", "category", "colour", "brand")
                 for value in entities.get(name, [])]  # fmt: skip
        matching = [
            item for item in items
            if words and all(word in order_replies.variant_text(item).lower() for word in words)
        ] if words else list(items)  # fmt: skip
    if len(matching) == 1:
        return matching[0], None
    return None, 'Which one? Say its number, e.g. "remove the second one".'


def _line_or_ask(dispatcher, tracker: Tracker, items: list[CartItem]) -> CartItem | None:
    """The cart line meant, or None after asking which (with the numbered cart)."""
    item, problem = _cart_line(tracker, items)
    if item is None:
        dispatcher.utter_message(text=problem)
        _show_cart(dispatcher, items)
    return item


def _show_cart(dispatcher, items: list[CartItem]) -> None:
    if not items:
        dispatcher.utter_message(response="utter_cart_empty")
        return
    dispatcher.utter_message(text=order_replies.cart_text(items), buttons=CART_BUTTONS)


class ActionAddToCart(ShopAction):
    """ "Add it to my cart" / "put 2 of the second one in my basket"."""

    writes_to_store = True

    def name(self) -> str:
        return "action_add_to_cart"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        events, variant, title = choose_variant(
            dispatcher, tracker, session, replies.add_to_cart_payload
        )
        if variant is None:
            return events
        quantity = quantity_for(dispatcher, tracker, variant)
        if quantity is None:
            return events
        try:
            add_to_cart(session, tracker.sender_id, variant.id, quantity)
        except OrderError as problem:
            dispatcher.utter_message(text=f"I couldn't add that: {problem}.")
            return events
        items = cart_items(session, tracker.sender_id)
        count = sum(item.quantity for item in items)
        added = f"{quantity} × " if quantity > 1 else ""
        dispatcher.utter_message(
            text=f"Added {added}{title} ({variant_label(variant)}) to your cart. "
            f"It has {count} item{'s' if count != 1 else ''} now.",
            buttons=CART_BUTTONS,
        )
        return events


class ActionShowCart(ShopAction):
    """ "What's in my cart?" """

    def name(self) -> str:
        return "action_show_cart"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        _show_cart(dispatcher, cart_items(session, tracker.sender_id))
        return []


class ActionRemoveFromCart(ShopAction):
    """ "Remove the belt" / "take the second one out" / "empty my cart"."""

    writes_to_store = True

    def name(self) -> str:
        return "action_remove_from_cart"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        items = cart_items(session, tracker.sender_id)
        if not items:
            dispatcher.utter_message(response="utter_cart_empty")
            return []
        text = tracker.latest_message.get("text") or ""
        if _EVERYTHING.search(text) and not latest_entities(tracker).get("ordinal"):
            empty_cart(session, tracker.sender_id)
            dispatcher.utter_message(text="Done, your cart is empty.")
            return []
        item = _line_or_ask(dispatcher, tracker, items)
        if item is None:
            return []
        removed = order_replies.variant_text(item)
        set_cart_quantity(session, tracker.sender_id, item.variant_id, 0)
        dispatcher.utter_message(text=f"Removed {removed} from your cart.")
        _show_cart(dispatcher, cart_items(session, tracker.sender_id))
        return []


class ActionChangeQuantity(ShopAction):
    """ "Make it 2" / "only one of the ties": a new quantity for a cart line (0 removes it)."""

    writes_to_store = True

    def name(self) -> str:
        return "action_change_quantity"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        quantity = requested_quantity(tracker)
        if quantity is None and _ADDS.search(tracker.latest_message.get("text") or ""):
            # "Add the 2nd one" names no quantity: it adds a product, not a new count of a line.
            return ActionAddToCart().perform(dispatcher, tracker, domain, session)
        items = cart_items(session, tracker.sender_id)
        if not items:
            dispatcher.utter_message(response="utter_cart_empty")
            return []
        if quantity is None:
            dispatcher.utter_message(text='How many would you like? Say e.g. "make it 2".')
            return []
        item = _line_or_ask(dispatcher, tracker, items)
        if item is None:
            return []
        if quantity and (problem := quantity_problem(quantity, item.variant.stock)):
            dispatcher.utter_message(text=problem)
            return []
        set_cart_quantity(session, tracker.sender_id, item.variant_id, quantity)
        _show_cart(dispatcher, cart_items(session, tracker.sender_id))
        return []


class ActionCheckoutCart(ShopAction):
    """ "Checkout": buy everything in the cart, through the same details and review as Buy."""

    def name(self) -> str:
        return "action_checkout_cart"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        items = cart_items(session, tracker.sender_id)
        if not items:
            dispatcher.utter_message(response="utter_cart_empty")
            return []
        count = sum(item.quantity for item in items)
        intro = f"Checking out your cart ({count} item{'s' if count != 1 else ''})."
        return [
            SlotSet(CHECKOUT_FROM_CART, True),
            SlotSet(CHECKOUT_VARIANT, None),
            SlotSet(CHECKOUT_QUANTITY, None),
        ] + begin_checkout(dispatcher, tracker, session, intro)
