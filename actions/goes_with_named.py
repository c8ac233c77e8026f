"""'What goes with the bag then?' (stranger test 91, docs/nlu/stranger-test-91.md, B4, worst
problem 3), heard as a search, became a new search for bags with the scarf's $60 cap carried over.
Right: what goes with that bag, the one being bought (its colour still asked) or else the one in
focus, as "what goes with it" (`ActionSuggestOutfit`), with no price cap of another kind's search.
Listed in the `gives_way_to` of the search and of the outfit action."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.base import Events, perform_action
from actions.conversation import CURRENT_PRODUCT, questions_waiting
from commerce.products import product_details
from commerce.search import category_types
from shop_nlu.goes_with_named import kind_gone_with


def answer_goes_with_the_one_named(dispatcher, tracker: Tracker, session) -> Events | None:
    """What goes with the product of the kind named ("the bag"): the purchase waiting for a
    choice of that kind, else the product in focus if of that kind; None when the message asks no
    such thing, names another kind to look for, or no such product is in the conversation."""
    text = tracker.latest_message.get("text") or ""
    kind = kind_gone_with(text)
    if kind is None or not (covered := category_types(kind)):
        return None
    entities = tracker.latest_message.get("entities") or []
    named = [e for e in entities if e.get("entity") == "category"]
    if any(not category_types(str(e.get("value"))) & covered for e in named):
        return None  # "what goes with the bag, maybe a scarf": a kind asked for, not this
    waiting = [handles[0] for _, handles, _ in questions_waiting(tracker) if len(handles) == 1]
    for handle in [*reversed(waiting), tracker.get_slot(CURRENT_PRODUCT)]:
        details = product_details(session, handle) if handle else None
        if details is not None and (details.product_type or "").lower() in covered:
            return _suggest_with(dispatcher, tracker, session, handle)
    return None


def _suggest_with(dispatcher, tracker: Tracker, session, handle: str) -> Events:
    """ "What goes with it", the product being `handle`: the message's kind, colours and prices
    (her clothes, another kind's cap) left out."""
    asked = tracker.copy()
    asked.slots = {**tracker.slots, CURRENT_PRODUCT: handle}
    asked.latest_message = {
        **tracker.latest_message,
        "intent": {"name": "ask_what_goes_with", "confidence": 1.0},
        "entities": [{"entity": "product_handle", "value": handle}],
    }
    return perform_action("action_suggest_outfit", dispatcher, asked, {}, session)
