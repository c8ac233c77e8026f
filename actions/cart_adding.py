"""Adding to the cart ("add it", "add both", "the suit and the shirt"), and the cart as shown."""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from sqlalchemy import select

from actions import order_replies, replies
from actions.base import Events, ShopAction
from actions.checkout import (
    choose_variant,
    chosen_product,
    colour_taken,
    quantity_for,
    size_taken,
    variant_label,
)
from actions.conversation import (
    ORDINAL_OF_KIND,
    ProductReference,
    ShownResults,
    as_tapped,
    ask_which_one,
    latest_entities,
    listed_of_kind,
    opened_products,
    picked_of_kind,
    sizes_said,
    the_two,
    which_one_buttons,
)
from actions.reference_replies import both_unclear_text, nothing_of_kind_text, which_of_kind_text
from commerce.models import CartItem, Product
from commerce.orders import OrderError, add_to_cart, cart_items
from commerce.products import check_variant
from commerce.sizes import size_query_key

# "add both to cart", "put the two of them in my basket"
BOTH = re.compile(r"\b(?:both|the two of them|the 2 of them)\b", re.IGNORECASE)


CART_BUTTONS = [
    {"title": "Check out", "payload": "/checkout"},
    {"title": "View cart", "payload": "/view_cart"},
]


def show_cart(dispatcher, items: list[CartItem]) -> None:
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
        kinds = list(dict.fromkeys(entities.get("category") or []))
        # "the clutch and the first heels": each kind, the ordinal the first of the heels listed.
        ordinals = _ordinal_of_each_kind(tracker)
        if len(kinds) > 1 and ordinals is not None and not entities.keys() & {
            "product_handle", "product"
        }:  # fmt: skip
            return self._add_each_kind(dispatcher, tracker, domain, session, kinds, ordinals)
        if (
            BOTH.search(tracker.latest_message.get("text") or "")
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
        # "Does it come in green?", then "add it": say which colour (and size) that took.
        taken = order_replies.as_you_asked_text(
            size_taken(tracker, variant), colour_taken(tracker, variant, chosen_product(events))
        )
        dispatcher.utter_message(
            text=f"Added {added}{title} ({variant_label(variant)}) to your cart.{taken} "
            f"It has {count} item{'s' if count != 1 else ''} now.",
            buttons=CART_BUTTONS,
        )
        return events

    def _add_both(self, dispatcher, tracker: Tracker, domain, session) -> Events:
        """ "Add both": the two products on screen, or the one in focus and the one listed after
        it; each in the size and colour said or searched, or with a question for what is missing.
        When it isn't clear which two, nothing is added, and the shopper is told so."""
        shown = ShownResults.from_tracker(tracker).handles
        pair = the_two(tracker)
        if not pair:
            # The product opened last is likely one of the two ("the shoes and the belt").
            latest = [h for h in opened_products(tracker)[:1] if h not in shown]
            if latest and shown and _of_another_kind(session, latest[0], shown):
                # The tux opened and shoes suggested for it: "both" is the tux and one of them.
                return self._add_one_and_ask_which(dispatcher, tracker, domain, session, latest[0])
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

    def _add_one_and_ask_which(
        self, dispatcher, tracker: Tracker, domain, session, opened: str
    ) -> Events:
        """ "Add both" with a product opened and a list of another kind on screen: that product
        (in the size said for it, or with the question which), then which of the list."""
        said = latest_entities(tracker)
        details = {name: said[name][-1] for name in ("size", "colour") if name in said}
        if "size" not in details and (size := _size_said_for(tracker, session, opened)):
            details["size"] = size  # "slim tuxedos in 42R" said a while ago
        one = as_tapped(tracker, "add_to_cart", {"product_handle": opened, **details})
        events = self.perform(dispatcher, one, domain, session)
        shown = ShownResults.from_tracker(tracker).handles
        ask_which_one(
            dispatcher,
            tracker,
            session,
            ProductReference(None, "ambiguous", candidates=tuple(shown)),
        )
        return events

    def _add_each_kind(
        self,
        dispatcher,
        tracker: Tracker,
        domain,
        session,
        kinds: list[str],
        ordinals: dict[str, str] | None = None,
    ) -> Events:
        """ "Add the suit and the shirt": each kind named, as the product picked of it (opened,
        or the only one of it listed; "the first heels": the first of the heels listed), in the
        size and colour said with it. What is clear is added first (each says so); then the
        question which one, for a kind that could be several products (four shirts shown)."""
        said = _said_with_each_kind(tracker)
        events: Events = []
        unclear: list[tuple[str, list[str]]] = []
        for kind in kinds:
            picked = picked_of_kind(tracker, session, kind)
            if ordinal := (ordinals or {}).get(kind):
                listed = listed_of_kind(tracker, session, kind)
                position = (
                    len(listed) if ordinal == "last" else int(ordinal) if ordinal.isdigit() else 0
                )
                picked = [listed[position - 1]] if 1 <= position <= len(listed) else listed
            if len(picked) == 1:
                details = {"product_handle": picked[0], **said.get(kind, {})}
                if "size" not in details and (size := _size_said_for(tracker, session, picked[0])):
                    details["size"] = size  # "42 regular" said of the suits a while ago
                one = as_tapped(tracker, "add_to_cart", details)
                events += self.perform(dispatcher, one, domain, session)
            elif picked:
                unclear.append((kind, picked))
            else:
                dispatcher.utter_message(text=nothing_of_kind_text(kind))
        for kind, picked in unclear[:1]:
            asking = as_tapped(tracker, "add_to_cart", said.get(kind, {}))
            buttons = which_one_buttons(asking, session, picked)
            titles = [button["title"] for button in buttons]
            dispatcher.utter_message(text=which_of_kind_text(kind, titles), buttons=buttons)
        return events


# --- which product of each kind, in which size ------------------------------------------------


def _ordinal_of_each_kind(tracker: Tracker) -> dict[str, str] | None:
    """ "The clutch and the first heels": the ordinal said of each kind (heels: "1"), when every
    ordinal in the message comes right before a kind; None when one stands alone ("the 2nd")."""
    found = [entity for entity in tracker.latest_message.get("entities") or []
             if entity.get("entity") in ("ordinal", "category")]  # fmt: skip
    if any("start" not in entity for entity in found):
        return None if any(entity["entity"] == "ordinal" for entity in found) else {}
    found.sort(key=lambda entity: int(entity["start"]))
    text = tracker.latest_message.get("text") or ""
    ordinals: dict[str, str] = {}
    for entity, after in zip(found, [*found[1:], None], strict=False):
        if entity["entity"] != "ordinal":
            continue
        between = text[int(entity["end"]) : int(after["start"])] if after else ""
        if after is None or after["entity"] != "category" or not ORDINAL_OF_KIND.fullmatch(between):
            return None
        ordinals[str(after["value"])] = str(entity["value"])
    return ordinals


def _of_another_kind(session, handle: str, others: list[str]) -> bool:
    """Whether the product is of a kind (product type) none of `others` is."""
    rows = dict(
        session.execute(
            select(Product.handle, Product.product_type).where(
                Product.handle.in_([handle, *others])
            )
        ).all()
    )
    kind = (rows.get(handle) or "").lower()
    return bool(kind) and all((rows.get(other) or "").lower() != kind for other in others)


def _size_said_for(tracker: Tracker, session, handle: str) -> str | None:
    """The newest size the shopper said earlier that this product is made in, if any."""
    for size in sizes_said(tracker):
        key = size_query_key(size)
        if key and (check := check_variant(session, handle, key)) is not None and check.offered:
            return size
    return None


def _said_with_each_kind(tracker: Tracker) -> dict[str, dict[str, str]]:
    """ "The suit in 42R and the shirt in white": the size and colour said after each kind (before
    the next), by kind; said before any kind, they go with the first."""
    kinds: list[tuple[int, str]] = []
    details: list[tuple[int, str, str]] = []
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("role") or entity.get("value") is None:
            continue
        start = int(entity.get("start") or 0)
        if entity["entity"] == "category":
            kinds.append((start, str(entity["value"])))
        elif entity["entity"] in ("size", "colour"):
            details.append((start, entity["entity"], str(entity["value"])))
    said: dict[str, dict[str, str]] = {}
    for start, name, value in details:
        before = [kind for at, kind in kinds if at <= start]
        kind = before[-1] if before else (kinds[0][1] if kinds else None)
        if kind is not None:
            said.setdefault(kind, {})[name] = value
    return said
