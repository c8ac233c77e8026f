"""The cart: add several things, look at it, change or remove a line, check out everything.

The cart lives in the store (commerce.orders), so it survives restarts. "The second one" in a cart
request means the cart's second line, as numbered when the cart is shown.
"""

from __future__ import annotations

import re
from decimal import Decimal

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
from actions.conversation import (
    CURRENT_PRODUCT,
    ShownResults,
    as_tapped,
    latest_entities,
    opened_products,
    which_one_buttons,
)
from actions.recommendation_replies import nothing_to_total_text, outfit_total_text
from actions.reference_replies import both_unclear_text
from commerce.models import CartItem
from commerce.orders import (
    OrderError,
    add_to_cart,
    cart_items,
    empty_cart,
    set_cart_quantity,
)
from commerce.products import product_details

_EVERYTHING = re.compile(r"\b(?:everything|all|empty|clear)\b", re.IGNORECASE)
# "add the 2nd one", "put it in": adding a product, whichever cart intent the message was heard as.
_ADDS = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|just|pls|please|can (?:you|i)|could (?:you|i))\W+)*(?:add|put)\b",
    re.IGNORECASE,
)

# "how much would the whole outfit come to", "what would it all cost together"
_OUTFIT_TOTAL = re.compile(
    r"\b(?:whole|entire|full|complete)\s+(?:outfit|look|lot)\b"
    r"|\b(?:all|everything)\b.{0,20}\btogether\b"
    r"|\b(?:outfit|look)\b.{0,20}\b(?:cost|come to|total|add up)\b",
    re.IGNORECASE,
)
# How many pieces an outfit has at most: the latest opened of each kind.
_OUTFIT_PIECES = 6

# "add both to cart", "put the two of them in my basket"
_BOTH = re.compile(r"\b(?:both|the two of them|the 2 of them)\b", re.IGNORECASE)

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
        entities = latest_entities(tracker)
        if (
            _BOTH.search(tracker.latest_message.get("text") or "")
            and "product_handle" not in entities
        ):
            return self._add_both(dispatcher, tracker, domain, session)
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

    def _add_both(self, dispatcher, tracker: Tracker, domain, session) -> Events:
        """ "Add both": the two products on screen, or the one in focus and the one listed after
        it; each in the size and colour said or searched, or with a question for what is missing.
        When it isn't clear which two, nothing is added, and the shopper is told so."""
        shown = ShownResults.from_tracker(tracker).handles
        focus = tracker.get_slot(CURRENT_PRODUCT)
        pair = shown if len(shown) == 2 else []
        if len(shown) == 1 and focus and focus != shown[0]:
            pair = [focus, shown[0]]
        if not pair:
            # The product opened last is likely one of the two ("the shoes and the belt").
            latest = [h for h in opened_products(tracker)[:1] if h not in shown]
            offered = which_one_buttons(tracker, session, latest + shown)
            titles = [button["title"] for button in offered]
            dispatcher.utter_message(text=both_unclear_text(titles), buttons=offered)
            return []
        said = latest_entities(tracker)
        kept = {name: said[name][-1] for name in ("size", "colour") if name in said}
        events: Events = []
        for handle in pair:
            one = as_tapped(tracker, "add_to_cart", {"product_handle": handle, **kept})
            events += self.perform(dispatcher, one, domain, session)
        return events


def asks_outfit_total(text: str) -> bool:
    """Whether a message asks what the whole outfit (or everything together) costs."""
    return bool(_OUTFIT_TOTAL.search(text))


def tell_outfit_total(dispatcher, tracker: Tracker, session) -> Events:
    """The outfit's total at today's prices: what is in the cart, and the latest product opened
    of each other kind (a shirt, then the shoes to go with it); or, with neither, what it can
    total."""
    items = cart_items(session, tracker.sender_id)
    lines = [
        (f"{item.variant.product.title} ({variant_label(item.variant)})"
         + (f" × {item.quantity}" if item.quantity > 1 else ""),
         item.variant.price * item.quantity, True)
        for item in items
    ]  # fmt: skip
    kinds = {item.variant.product.product_type for item in items}
    in_cart = {item.variant.product.handle for item in items}
    varies = False
    for handle in opened_products(tracker):
        details = product_details(session, handle)
        if details is None or handle in in_cart or details.product_type in kinds:
            continue
        kinds.add(details.product_type)
        varies = varies or details.price_from != details.price_to
        lines.append((details.title, details.price_from, False))
        if len(lines) >= _OUTFIT_PIECES:
            break
    if not lines:
        dispatcher.utter_message(text=nothing_to_total_text())
        return []
    total = sum((price for _, price, _ in lines), start=Decimal("0.00"))
    dispatcher.utter_message(text=outfit_total_text(lines, total, varies))
    return []


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
