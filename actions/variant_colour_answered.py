"""A colour said as the answer to the purchase question open: "burgundy please, to match the
dress" while "Which colour of the Heather Chelsea Boot?" waits to add the boots (stranger test 73,
docs/nlu/stranger-test-73.md, B8, worst problem 1), not a question whether the two go together.
Tried first by the answers about colours and pairs (actions/routing.py)."""

from __future__ import annotations

import json

from rasa_sdk import Tracker

from actions.adding import add_as_asked
from actions.base import Events
from actions.checkout import ActionStartCheckout
from actions.conversation import (
    as_tapped,
    latest_entities,
    open_purchase_question,
    purchase_kept,
    purchase_waiting,
)
from actions.variant_waiting import ask_next_put_off
from actions.waiting_purchases import waits_for
from commerce.products import product_details
from commerce.search import category_types
from shop_nlu.colour_answers import asks_something, said_to_match


def take_colour_answered(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "burgundy please, to match the dress" while "Which colour of the Heather Chelsea Boot?"
    waits to add it: the boots in burgundy, added (then the next question put off, if any). Only
    for one colour its buttons offer, said without a question, naming no other kind unless as
    what it matches; None (nothing said) otherwise."""
    waiting = purchase_waiting(tracker)
    text = tracker.latest_message.get("text") or ""
    if waiting is None or waits_for(waiting[2]) != "colour" or asks_something(text):
        return None
    intent, handle, _ = waiting
    entities = latest_entities(tracker)
    colours = {str(colour).lower() for colour in entities.get("colour") or []}
    offered = {
        str(entities_of.get("colour")).lower(): str(entities_of.get("colour"))
        for button in (open_purchase_question(tracker) or ("", []))[1]
        if (entities_of := _payload_entities(str(button.get("payload") or "")))
    }
    details = product_details(session, handle)
    kind = (details.product_type or "").lower() if details is not None else ""
    other_kinds = [k for k in entities.get("category") or [] if kind not in category_types(k)]
    if len(colours) != 1 or details is None or (other_kinds and not said_to_match(text)):
        return None
    colour = offered.get(colours.pop())
    if colour is None:
        return None
    chosen = as_tapped(
        tracker, intent, {**purchase_kept(tracker), "colour": colour, "product_handle": handle}
    )
    if intent != "add_to_cart":  # bought at once: on to the checkout in that colour
        return ActionStartCheckout().perform(dispatcher, chosen, {}, session)
    events = add_as_asked(dispatcher, chosen, session)
    ask_next_put_off(dispatcher, tracker, session)
    return events


def _payload_entities(payload: str) -> dict:
    """The entities of a button's payload ('/add_to_cart{"colour": "Black"}': its colour)."""
    _, _, values = payload.partition("{")
    try:
        parsed = json.loads("{" + values) if values else {}
    except ValueError:
        return {}
    return parsed if isinstance(parsed, dict) else {}
