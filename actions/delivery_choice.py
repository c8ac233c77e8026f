"""The delivery the shopper chose, in their words ("ok i'll take express", "go with the faster
one", "switch to standard shipping"), so the checkout uses it: its review shows that method and
its price, and the order is placed with it. The methods' facts (names, prices, days) come from
commerce.shipping, their one place; this module only reads what the shopper said.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rasa_sdk import Tracker

from actions.checkout_slots import LAST_ORDER
from actions.conversation import CURRENT_PRODUCT
from actions.delivery_replies import shipping_chosen_text
from commerce.cart import cart_items
from commerce.shipping import SHIPPING_METHODS, cheapest_method, fastest_method
from shop_nlu.price_with_shipping import asks_price_with_shipping

# Words that name a shipping method ("express", "next day", "standard") ...
_NAMES_FAST = re.compile(r"\b(?:expres+|xpress|next[- ]day|overnight|priority)\b")
_NAMES_SLOW = re.compile(r"\b(?:standard|standart|regular (?:shipping|delivery))\b")
# ... and words that compare ("the faster one", "the cheaper option"): of shipping only when the
# message speaks of shipping or chooses it ("the cheaper one" alone may be a product on screen).
_FASTER = re.compile(r"\b(?:fast(?:er|est)?|quick(?:er|est)?|sooner|speedier|rush(?:ed)?)\b")
_CHEAPER = re.compile(r"\b(?:cheap(?:er|est)?|slow(?:er|est)?|normal|usual|basic|free)\b")
_OF_SHIPPING = re.compile(r"\b(?:ship\w*|deliver\w*|postage|courier|arriv\w*)\b")
# "I'll take", "go with", "make it", "switch to": words that choose rather than ask.
_CHOOSES = re.compile(
    r"\b(?:take|tak|go(?:ing)? (?:with|for)|i'?ll (?:have|do|get|pay)|use|choose|chose|pick|"
    r"want|prefer|make it|switch|change|upgrade|with|please|pls|plz|ok|okay|yes|yeah|fine|do)\b"
)
# Intents that ask about shipping rather than choose it ("how much is express?").
_ASKING = frozenset({"ask_shipping", "ask_delivery_time", "ask_payment_methods"})
# How many of the shopper's messages back a choice still counts (the checkout starts soon after).
_LOOK_BACK = 8


def _method_in(text: str, entities: list[dict], choosing: bool = False) -> str | None:
    """The key of the shipping method a message names: by entity, else by its words (words that
    compare count when the message speaks of shipping, or is `choosing` one)."""
    for entity in reversed(entities or []):
        if entity.get("entity") == "shipping_method" and entity.get("value") in SHIPPING_METHODS:
            return str(entity["value"])
    words = text.lower()
    labelled = [
        (found.start(), method.key)
        for method in SHIPPING_METHODS.values()
        if (found := re.search(rf"\b{re.escape(method.label.lower())}\b", words))
    ]
    if labelled:  # "express not standard": the one said first
        return min(labelled)[1]
    fast, slow = _NAMES_FAST.search(words), _NAMES_SLOW.search(words)
    if not (fast or slow) and (choosing or _OF_SHIPPING.search(words)):
        fast, slow = _FASTER.search(words), _CHEAPER.search(words)
    if fast and (not slow or fast.start() < slow.start()):
        return fastest_method().key
    if slow:
        return cheapest_method().key
    return None


def _names_both(words: str) -> bool:
    return bool(_NAMES_FAST.search(words) and _NAMES_SLOW.search(words))


def _chosen_in(text: str, intent: str | None, entities: list[dict]) -> str | None:
    """The method a message chooses, or None when it names none or only asks about one."""
    method = _method_in(text, entities, choosing=intent == "choose_shipping")
    if method is None:
        return None
    if intent == "choose_shipping":
        return method
    # "tell me what that all comes to with express shipping?": the total of their purchase with
    # that method, so the method they mean to have (stranger test 95, B5); not "express or
    # standard?", nor "how much is express?", which asks of the method alone.
    if asks_price_with_shipping(text) and not _names_both(text.lower()):
        return method
    if intent in _ASKING or "?" in text or not _CHOOSES.search(text.lower()):
        return None
    return method


def method_asked(tracker: Tracker, instead_of: str | None = None) -> str | None:
    """The shipping method the latest message chooses ("make it express", "the faster one");
    when it names none, the other one than `instead_of` ("change the shipping"), else None."""
    latest = tracker.latest_message or {}
    text = latest.get("text") or ""
    intent = (latest.get("intent") or {}).get("name")
    method = _method_in(text, latest.get("entities") or [], choosing=intent == "choose_shipping")
    if method is None and instead_of is not None:
        return next((key for key in SHIPPING_METHODS if key != instead_of), None)
    return method


def _shoppers_messages(tracker: Tracker) -> Iterator[tuple[str, str | None, list[dict]]]:
    """The shopper's messages since their last order was placed, newest first, the latest one
    included: (text, intent, entities)."""
    latest = tracker.latest_message or {}
    yield (
        latest.get("text") or "",
        (latest.get("intent") or {}).get("name"),
        latest.get("entities") or [],
    )
    seen_latest = False
    for event in reversed(tracker.events or []):
        kind = event.get("event")
        if kind == "slot" and event.get("name") == LAST_ORDER and event.get("value"):
            return  # a choice made for an earlier order is not this one's
        if kind != "user":
            continue
        if not seen_latest and event.get("text") == latest.get("text"):
            seen_latest = True  # Rasa sends the latest message among the events too
            continue
        parse = event.get("parse_data") or {}
        yield (
            event.get("text") or "",
            (parse.get("intent") or {}).get("name"),
            parse.get("entities") or [],
        )


def method_chosen(tracker: Tracker) -> str | None:
    """The shipping method the shopper chose for the order to come: named in the latest message
    ("checkout, express shipping"), else chosen in one of the few before it since their last order
    ("ok i'll take express" after "will it arrive by friday?"); None when none was."""
    for count, (text, intent, entities) in enumerate(_shoppers_messages(tracker)):
        if count == 0:
            method = _method_in(text, entities, choosing=intent == "choose_shipping")
        elif count > _LOOK_BACK:
            return None
        else:
            method = _chosen_in(text, intent, entities)
        if method is not None:
            return method
    return None


def tell_method_chosen(dispatcher, tracker: Tracker, session) -> bool:
    """ "Ok i'll take express" with nothing being checked out yet, but a product in focus or a
    cart to buy: that method, its price and days, kept for the checkout to come; False (nothing
    said) when the message names none, or there is nothing to buy it for."""
    method = method_asked(tracker)
    if (tracker.latest_message.get("intent") or {}).get("name") != "choose_shipping" or not method:
        return False
    if not tracker.get_slot(CURRENT_PRODUCT) and not cart_items(session, tracker.sender_id):
        return False
    dispatcher.utter_message(text=shipping_chosen_text(SHIPPING_METHODS[method]))
    return True
