"""A size said right after ordering, for a kind in that order: a change of the order, not of the
shopper's saved size (stranger test 70, A10: "sorry can i change pants to 32 waist" one turn after
ordering the chinos in 34 changed only the saved size, and the order kept 34). The answer is the
one every change of a placed order gets (actions/order_changes.py: what the order's state allows,
cancel and order again or return it, from commerce.order_rules); the saved size stays as it was.
Heard as anything else (a search: "actually i need the pants in 32 not 34"), it must be said as a
change (`shop_nlu.size_changes`), so that "now chinos in 32" stays a new search.
"""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.base import Events
from actions.checkout_slots import LAST_ORDER
from actions.conversation import latest_entities, latest_intent
from actions.order_changes import explain_order_change
from commerce.profiles import (
    LETTER_KIND,
    LETTER_SIZED_KINDS,
    kind_of_stated_size,
    size_in_text,
    size_kind,
    sizes_in_order,
)
from commerce.sizes import size_query_key
from shop_nlu.size_changes import size_wanted_instead, speaks_of_a_size_change

# The shopper's messages after the order was placed, besides the latest, within which a size
# said still speaks of that order ("place order", then "when will it come?", then "32 waist").
_RIGHT_AFTER = 2


def _messages_since_the_order(tracker: Tracker) -> int | None:
    """How many of the shopper's messages came between the order placed in this conversation and
    the latest one; None when no order was placed in it."""
    latest = tracker.latest_message.get("text")
    count, seen_latest = 0, False
    for event in reversed(tracker.events or []):
        kind = event.get("event")
        if kind == "slot" and event.get("name") == LAST_ORDER and event.get("value"):
            return count
        if kind == "user":
            if not seen_latest and event.get("text") == latest:
                seen_latest = True  # Rasa sends the latest message among the events too
            else:
                count += 1
    return None


def answer_size_change_of_order_placed(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """What can be done with the order just placed, for a size said of a kind in it other than
    the size ordered; None (the size is the shopper's to keep) for any other message."""
    number = tracker.get_slot(LAST_ORDER)
    if not number or tracker.active_loop.get("name"):
        return None
    since = _messages_since_the_order(tracker)
    if since is None or since > _RIGHT_AFTER:
        return None
    text = tracker.latest_message.get("text") or ""
    if latest_intent(tracker) != "state_size" and not speaks_of_a_size_change(text):
        return None
    entities = latest_entities(tracker)
    said = entities["size"][-1] if "size" in entities else size_wanted_instead(text)
    size = size_query_key(said) if said else size_in_text(text)
    if size is None:
        return None
    # "can i have the pants in 32 instead", "the chinos should be 32 not 34": the kind named,
    # however the extractor took it (as owned, or ruled out), is the kind in the order.
    kinds = [*entities.get("category", []), *entities.get("owned_category", []),
             *entities.get("not_category", [])]  # fmt: skip
    kind = kind_of_stated_size(size, text) or size_kind(session, next(iter(kinds), None))
    in_order = sizes_in_order(session, number)
    # "the shirt in L": a letter size is the size of whichever letter-sized kind was ordered.
    meant = LETTER_SIZED_KINDS if kind == LETTER_KIND else (kind or "",)
    ordered = set().union(*(in_order.get(each, set()) for each in meant))
    if not ordered or size in ordered:
        return None
    return explain_order_change(dispatcher, tracker, session)
