""" "Add the clutch too. What's my total now, and would express shipping get everything to me before
the 19th?" (stranger test 93, docs/nlu/stranger-test-93.md, B5): a kind to add that is neither on
screen nor in focus nor waiting (the shoes' colour was asked, the clutch kept for next in silver
or gold), asked with questions about the cart. Heard as a change to an order, it got "there's no
order to change" and none of the three wishes. Right: the kind looked for as its button would look
(with what was said of it then: actions/kind_kept_for_later.py). One product found goes in as an
add of it alone puts it (its colour asked among the colours said); several are listed to pick
from. Then the cart's total with the shipping and the day asked about, as for several things
added at once (actions/adds_with_total.py). A kind at hand is the add's with questions
(actions/add_with_questions.py)."""

from __future__ import annotations

import json

from rasa_sdk import Tracker

from actions.add_with_questions import asks_to_add_to_the_cart, days_not_places
from actions.adding import add_one
from actions.adds_with_total import total_after_the_add
from actions.base import Events, shop_action_named
from actions.cart_totals import asks_total
from actions.checkout_slots import ordering_time
from actions.conversation import (
    CURRENT_PRODUCT,
    ShownResults,
    as_tapped,
    latest_entities,
    purchases_waiting,
    query_changes,
)
from actions.kind_kept_for_later import kept_for_the_kind
from commerce.products import product_details
from commerce.search import ProductQuery, category_types, colour_choices, find_products
from shop_nlu.arrival_questions import asks_when_it_would_arrive

# What else a message may say of the kind without naming a product: the rest is left to others.
_NAMED_ONE = ("product", "product_handle", "ordinal")
# What the message says of the kind that its list keeps ("a gold belt in M").
_SAID_OF_IT = ("category", "colour", "size", "feature", "gender", "brand")


def answer_kind_found_with_questions(dispatcher, tracker: Tracker, session) -> Events | None:
    """The kind named found and added (or which one, or its colour, asked), then the cart's total
    and the arrival asked about; None unless the message asks to add one kind not at hand and
    asks a total or an arrival, outside a form or a checkout, and the shop has that kind."""
    text = tracker.latest_message.get("text") or ""
    if not asks_to_add_to_the_cart(tracker, text):
        return None
    said = latest_entities(tracker)
    asks_arrival = "shipping_method" in said or asks_when_it_would_arrive(
        text, ordering_time().date()
    )
    if not (asks_total(text) or asks_arrival):
        return None
    adding = days_not_places(tracker, text)  # "before the 19th": a day, not a place on screen
    entities = adding.latest_message.get("entities") or []
    kinds = {str(e.get("value")) for e in entities if e.get("entity") == "category"}
    if len(kinds) != 1 or any(e.get("entity") in _NAMED_ONE for e in entities):
        return None
    kind = kinds.pop()
    if _at_hand(tracker, session, kind):
        return None
    wanted = kept_for_the_kind(
        tracker, {**query_changes(latest_entities(adding)), "category": kind}
    )
    query = ProductQuery.from_dict(wanted)
    found = find_products(session, query)
    if not found.total:
        return None
    start = len(dispatcher.messages)
    if found.total == 1:
        events = _add_the_one(dispatcher, adding, session, found.matches[0].handle, query)
    else:
        listing = adding.copy()
        listing.latest_message = {
            **adding.latest_message,
            "text": kind,  # the kind looked for, with what the message said of it
            "entities": [e for e in entities if e.get("entity") in _SAID_OF_IT],
        }
        events = shop_action_named("action_search_products").perform(
            dispatcher, listing, {}, session
        )
    total_after_the_add(dispatcher, adding, session, start, earlier=True)
    return events


def _at_hand(tracker: Tracker, session, kind: str) -> bool:
    """Whether a product of `kind` is on screen, in focus or waiting for a choice."""
    types = category_types(kind)
    handles = [*ShownResults.from_tracker(tracker).handles, tracker.get_slot(CURRENT_PRODUCT)]
    handles += [handle for _, waiting in purchases_waiting(tracker) for handle in waiting]
    return any(
        (details := product_details(session, handle)) is not None
        and details.product_type.strip().lower() in types
        for handle in handles
        if handle
    )


def _add_the_one(dispatcher, tracker: Tracker, session, handle: str, query: ProductQuery) -> Events:
    """The one product found added in the size and the colour said (one colour), else its
    question asked, its colour buttons kept to the colours said ("silver or gold")."""
    colours = colour_choices(query.colour)
    add = {"product_handle": handle}
    if query.size:
        add["size"] = query.size
    if len(colours) == 1:
        add["colour"] = colours[0]
    one = as_tapped(tracker, "add_to_cart", add)
    one.latest_message["text"] = ""  # the add alone: the questions are answered after it
    start = len(dispatcher.messages)
    events = add_one(dispatcher, one, session)
    if len(colours) > 1:
        for message in dispatcher.messages[start:]:
            _keep_to(message, {colour.lower() for colour in colours})
    return events


def _keep_to(message: dict, colours: set[str]) -> None:
    """A colour question's buttons kept to `colours`, when any of them is offered."""
    buttons = message.get("buttons") or []
    kept = [button for button in buttons if _colour_of(button) in colours]
    if kept and len(kept) < len(buttons) and all(_colour_of(button) for button in buttons):
        message["buttons"] = kept


def _colour_of(button: dict) -> str | None:
    payload = str(button.get("payload") or "")
    try:
        colour = json.loads("{" + payload.partition("{")[2]).get("colour")
    except ValueError:
        return None
    return str(colour).lower() if colour else None
