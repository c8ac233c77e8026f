"""One product for another ("put the second one in instead", "swap it for the other one"), and one
put back ("add the first one back", "i want both after all"): answers the cart's actions, the
search and the clarification give way to; the add itself is actions/adding.py's."""

from __future__ import annotations

import json
import re

from rasa_sdk import Tracker

from actions import order_replies, replies
from actions.adding import BOTH, add_as_asked
from actions.base import Events
from actions.cart_lines import TAKE_IT_OUT, cart_line
from actions.cart_replies import swapped_out_text
from actions.checkout import ActionStartCheckout
from actions.checkout_slots import LAST_ORDER
from actions.conversation import (
    CURRENT_PRODUCT,
    as_tapped,
    bot_answer,
    latest_entities,
    purchase_waiting,
    resolve_product,
    the_two,
)
from actions.service_topics import exchange_answer
from actions.size_of_order_placed import answer_size_change_of_order_placed
from actions.waiting_purchases import waits_for
from commerce.cart import cart_items, set_cart_quantity
from commerce.models import CartItem
from commerce.products import product_details
from shop_nlu.message_readings import trades_for_another_product

# "put the second one in instead", "swap it for the other one", "replace the blazer with the first
# one", "scrap that, give me the other one": the product being bought (or a cart line) traded for
# another the shopper points at.
_SWAPS = re.compile(
    r"\binstead\b|\b(?:swap|switch|exchange|replace|trade)\b.{0,40}?\b(?:for|with|to)\b"
    r"|\b(?:scrap|forget|ditch)\s+(?:that|it|this)\b.{0,30}\b(?:give|get|want|take|have)\b",
    re.IGNORECASE,
)
# "the other one", "the other pair": of the two spoken of, the one not swapped out.
_THE_OTHER = re.compile(r"\bthe other\b", re.IGNORECASE)
# "add the first one back", "put it back in", "i want both after all", "keep both": a product
# taken out (or never added) wanted again.
_ADDS_BACK = re.compile(
    r"\b(?:put|add|pop|throw|stick|bring|chuck)\b.{0,40}?\bback\b"
    r"|\bboth\b.{0,20}\bafter all\b|\b(?:i|ill|i'll|id|i'd)\s+(?:\w+\s+){0,2}?(?:want|take|have|get)"
    r"\s+both\b|\bkeep both\b",
    re.IGNORECASE,
)
# "can i get both before then", "would i have both by friday": when both would arrive, not both
# put in the cart (stranger test 26).
_WHEN_THEY_ARRIVE = re.compile(
    r"\b(?:before|by|until|till|in time)\b|\barriv\w*|\bdeliver\w*|\bget here\b",
    re.IGNORECASE,
)
_POINTERS = ("product_handle", "product", "ordinal")
# "show me the second one instead": a look at it, not a purchase.
_LOOKS = re.compile(r"\b(?:show|see|look|view|details?|info|open)\b", re.IGNORECASE)
# "swap", "take ... out", "put ... in", "in my cart": words of the cart, without which a cart line
# is traded only right after it was added ("Added ..." then "actually the cheaper one instead").
_CART_WORDS = re.compile(
    r"\b(?:swap|switch|replace|exchange|trade|cart|basket|bag|trolley|put|add|pop|chuck)\b"
    rf"|{TAKE_IT_OUT}",
    re.IGNORECASE,
)
# The title of the button under a swap that puts the product taken out back.
PUT_BACK = "Put it back"


def _swapped_out(tracker: Tracker, session) -> tuple[str, CartItem | None, str, str] | None:
    """What a swap trades away: the purchase waiting for a size or colour (not in the cart), else
    the cart line the message names before the product swapped in ("replace the blazer with
    ..."), the one in focus, or the newest; as (product, cart line or None, what it waited for,
    the intent the new one goes on with: "buy" while buying, else "add_to_cart"). A cart line
    only when the message speaks of the cart or it was just added."""
    if waiting := purchase_waiting(tracker):
        return waiting[1], None, waits_for(waiting[2]), waiting[0]
    items = cart_items(session, tracker.sender_id)
    text = tracker.latest_message.get("text") or ""
    if not items or not (_CART_WORDS.search(text) or bot_answer(tracker).startswith("Added ")):
        return None
    entities = tracker.latest_message.get("entities") or []
    last = max((int(e.get("start") or 0) for e in entities if e["entity"] in _POINTERS), default=0)
    named: dict[str, list[str]] = {}
    for entity in entities:
        if entity["entity"] in ("category", "product", "colour", "brand") and (
            int(entity.get("start") or 0) < last
        ):
            named.setdefault(entity["entity"], []).append(str(entity["value"]))
    line = cart_line(tracker, items, named)[0] if named else None
    focus = tracker.get_slot(CURRENT_PRODUCT)
    line = line or next((i for i in items if i.variant.product.handle == focus), None)
    line = line or max(items, key=lambda item: item.added_at)
    return line.variant.product.handle, line, "", "add_to_cart"


def _swapped_in(tracker: Tracker, session, old: str) -> str | None:
    """The product a swap brings in: the one pointed at last ("the second one", "the rutland"),
    the other of the two spoken of ("the other one"), or "the cheaper one" of them; None when the
    message points at none."""
    text = tracker.latest_message.get("text") or ""
    entities = tracker.latest_message.get("entities") or []
    pointers = [e for e in entities if e["entity"] in _POINTERS]
    pair = [handle for handle in the_two(tracker) if handle != old]
    direction = (latest_entities(tracker).get("price_direction") or [""])[-1]
    if not pointers and direction in ("cheaper", "pricier") and len(pair) == 1:
        details = [product_details(session, h) for h in (old, pair[0])]
        if all(details):
            cheaper = min(details, key=lambda d: d.price_from).handle  # type: ignore[union-attr]
            pricier = max(details, key=lambda d: d.price_from).handle  # type: ignore[union-attr]
            new = cheaper if direction == "cheaper" else pricier
            return new if new != old else None
    if not pointers and _THE_OTHER.search(text):
        return pair[0] if len(pair) == 1 else None
    if not pointers and not direction:
        return None
    pointed = tracker.copy()
    pointed.latest_message = {
        **tracker.latest_message,
        "entities": pointers[-1:] or [e for e in entities if e["entity"] == "price_direction"],
    }
    return resolve_product(pointed, session).handle


def swap_product(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "Wait no take that out, put the second one in instead": the product being bought (its size
    still open) or the cart line named (else the one in focus, else the newest) traded for the
    product pointed at: the line taken out, or said never to have been in the cart, with a button
    to put it back; then the new one added (its size asked when not said). None (nothing said)
    when the message swaps nothing, points at no other product, or nothing is being bought."""
    text = tracker.latest_message.get("text") or ""
    if not _SWAPS.search(text) or _LOOKS.search(text):
        return None
    if (old := _swapped_out(tracker, session)) is None:
        return None
    handle, line, waited_for, intent = old
    new = _swapped_in(tracker, session, handle)
    details = product_details(session, handle)
    if new is None or new == handle or details is None:
        return None
    if line is not None:
        set_cart_quantity(session, tracker.sender_id, line.variant_id, 0)
        back = replies.add_to_cart_payload(handle, line.variant.size, line.variant.colour)
    else:
        back = replies.add_to_cart_payload(handle)
    dispatcher.utter_message(
        text=swapped_out_text(
            details.title, order_replies.variant_text(line) if line else None, waited_for
        ),
        buttons=[{"title": PUT_BACK, "payload": back}],
    )
    said = latest_entities(tracker)
    chosen = {name: said[name][-1] for name in ("size", "colour") if name in said}
    adding = as_tapped(tracker, intent, {"product_handle": new, **chosen})
    if intent == "buy":
        return ActionStartCheckout().perform(dispatcher, adding, {}, session)
    return add_as_asked(dispatcher, adding, session)


def _put_back_button(tracker: Tracker) -> dict | None:
    """The newest "Put it back" button the bot showed (under a swap), if any."""
    for event in reversed(tracker.events or []):
        if event.get("event") != "bot":
            continue
        for button in (event.get("data") or {}).get("buttons") or []:
            if button.get("title") == PUT_BACK:
                return button
    return None


def add_back(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "Add the first one back", "i want both after all", "put it back in": the product pointed
    at (or both spoken of) added as any add is; "it" with none pointed at is the product a swap
    took out (its size kept). None (nothing said) when the message puts nothing back."""
    text = tracker.latest_message.get("text") or ""
    if not _ADDS_BACK.search(text) or _WHEN_THEY_ARRIVE.search(text):
        return None
    entities = latest_entities(tracker)
    if "category" in entities and not re.search(r"\bback\b", text, re.IGNORECASE):
        return None  # "i want both shoes and a belt": a search, not the two put back
    adding = tracker.copy()
    adding.latest_message = {
        **tracker.latest_message,
        "intent": {"name": "add_to_cart", "confidence": 1.0},
    }
    if not BOTH.search(text) and not entities.keys() & set(_POINTERS):
        button = _put_back_button(tracker)
        if button is None:
            return None
        payload = button["payload"].removeprefix("/add_to_cart")
        adding = as_tapped(tracker, "add_to_cart", json.loads(payload) if payload else {})
    return add_as_asked(dispatcher, adding, session)


# "the one i ordered", "the pair i got": an order spoken of.
_SPEAKS_OF_AN_ORDER = re.compile(
    r"\b(?:order|ordered|bought|got|received|delivered|arrived|came)\b", re.IGNORECASE
)


def answer_exchange_of_an_order(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "Swap it for the other one" with nothing in the cart or being bought, after an order (or
    speaking of one): an exchange of what was ordered, the shop's exchanges answer, never a new
    purchase. None (nothing said) for any other message."""
    text = tracker.latest_message.get("text") or ""
    products_at = [
        int(e.get("start") or 0)
        for e in tracker.latest_message.get("entities") or []
        if e.get("entity") in ("product", "product_handle")
    ]
    if (
        not trades_for_another_product(text, products_at)
        or not (tracker.get_slot(LAST_ORDER) or _SPEAKS_OF_AN_ORDER.search(text))
        or purchase_waiting(tracker)
        or cart_items(session, tracker.sender_id)
    ):
        return None
    dispatcher.utter_message(**exchange_answer(tracker))
    return []


def answer_swap_or_add_back(dispatcher, tracker: Tracker, session) -> Events | None:
    """`swap_product`, else `add_back`, else `answer_exchange_of_an_order`, else a size changed
    right after ordering ("actually i need the pants in 32 not 34"): as answers whatever the
    message was heard as (a change of quantity, a pick from the list, a search, a return,
    nothing sure)."""
    for answer in (
        swap_product,
        add_back,
        answer_exchange_of_an_order,
        answer_size_change_of_order_placed,
    ):
        if (events := answer(dispatcher, tracker, session)) is not None:
            return events
    return None
