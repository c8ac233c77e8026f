"""A question of what fits inside a product: "Tell me more about the second one? Is it big enough
for a phone and a wallet?" under a list of bags (stranger test 76, docs/nlu/stranger-test-76.md, B2
and worst problem 1). The things named go inside; they are no search. The product pointed at is
opened (its card, when it wasn't open or more about it is asked), and the question answered from
the catalog's words on its size (actions/product_replies.py), whichever intent the classifier
heard: listed in the `gives_way_to` of those actions (actions/base.py)."""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import product_replies
from actions.base import Events, perform_action
from actions.conversation import CURRENT_PRODUCT, latest_entities, resolve_product
from actions.nothing_inside import carries_nothing, tell_nothing_inside
from actions.reach_a_person import contact_details
from commerce.config import load_settings
from commerce.product_facts import product_fact
from commerce.products import ProductDetails, product_details
from shop_nlu.carried_inside import carried_inside

# "tell me more about", "more info on", "details of", "tell me abt": its card is asked for too.
_MORE_ABOUT = re.compile(
    r"\bmore (?:about|abt|info|on|details)\b|\btell me (?:about|abt)\b|\bdetails?\b|\binfo\b"
)
# The words a catalog sentence on a bag's size uses ("a small frame bag", "fits a laptop").
SIZE_WORDS = "how big is it: small, compact, roomy, spacious, large, oversized, fits, holds, room"


def answer_what_fits_inside(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """The product pointed at or in focus, opened, and whether the things named fit inside it by
    the catalog's words; None when the message names nothing to carry inside, or no product."""
    text = tracker.latest_message.get("text") or ""
    if carried_inside(text) is None or _searches_a_kind(tracker, carried_inside(text) or ""):
        return None
    reference = resolve_product(tracker, session)
    details = product_details(session, reference.handle) if reference.handle else None
    if details is None:
        return None
    if details.handle != tracker.get_slot(CURRENT_PRODUCT) or _MORE_ABOUT.search(text.lower()):
        # Its card, then the answer (ActionShowProductDetails.answer calls the one below).
        return perform_action("action_show_product_details", dispatcher, tracker, {}, session)
    return [SlotSet(CURRENT_PRODUCT, details.handle)] + tell_what_fits_inside(
        dispatcher, tracker, session, details
    )


def tell_what_fits_inside(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session, details: ProductDetails
) -> Events:
    """Under a product's card: whether the things the message names fit inside it, by the
    catalog's words on its size, when it names any."""
    if (things := carried_inside(tracker.latest_message.get("text") or "")) is None:
        return []
    if carries_nothing(details):  # "does it fit my phone" about a shoe: no heel line quoted
        return tell_nothing_inside(dispatcher, tracker, session, details, things)
    fact = product_fact(session, details.handle, f"{SIZE_WORDS}, {things}")
    contact = contact_details(load_settings())
    dispatcher.utter_message(text=product_replies.carried_inside_text(fact, things, contact))
    return []


def _searches_a_kind(tracker: Tracker, things: str) -> bool:
    """ "Show me totes that fit a laptop": a kind asked for besides the things carried, and no
    product pointed at, is a search."""
    entities = latest_entities(tracker)
    if entities.get("ordinal") or entities.get("product") or entities.get("product_handle"):
        return False
    kinds = [str(kind).lower() for kind in entities.get("category") or []]
    return any(kind.rstrip("s") not in things for kind in kinds)
