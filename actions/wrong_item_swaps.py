"""A wrong item named with its order's number, and another one asked for (stranger test 91,
docs/nlu/stranger-test-91.md, B7-B8): "my last order (HL-4X7P2Q) came with a grey sweater instead
of the navy one ... Can I swap it for the navy, and how long will that take?" is the shop's
mistake: an apology first, then the order looked up (its email asked for, or found, or honestly
not), then how long a replacement takes (the exchange rule's days). The email typed next, while
that lookup waits, looks the order up before the replacement steps are given again
(`look_up_with_the_email_given`). Tried before an order change and a return."""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.base import Events, perform_action
from actions.checkout_slots import LAST_ORDER
from actions.conversation import latest_entities
from actions.order_change_replies import wrong_item_apology_text
from actions.order_lookup import ORDER_ASKED_BY, ORDER_NUMBER_GIVEN
from actions.service_topics import (
    about_an_item_problem,
    exchange_answer,
    tell_exchange_time,
)
from shop_nlu.item_problems import complains_of_what_arrived
from shop_nlu.return_followups import asks_how_long

_STATUS = "action_order_status"  # ActionOrderStatus's name (after_sales.py imports this module)

# "you sent the wrong colour", "wrong size", "the wrong item": said outright.
_WRONG_NAMED = re.compile(r"\bwrong (colou?r|size|item|product|one|pair)\b", re.I)
_SIZE_WORDS = re.compile(r"\bsize\b|\b(?:too )?(?:small|big|large|tight|loose)\b", re.I)


def what_came_wrong(tracker: Tracker) -> str:
    """ "colour", "size" or "item": the one said outright ("the wrong colour"), else "colour" when
    a colour is named ("grey instead of the navy"), "size" when a size is, else "item"."""
    text = tracker.latest_message.get("text") or ""
    if said := _WRONG_NAMED.search(text):
        word = said.group(1).lower()
        return "colour" if word.startswith("colo") else word if word == "size" else "item"
    entities = latest_entities(tracker)
    if len(set(entities.get("size") or [])) > 1:
        return "size"
    if entities.get("colour"):
        return "colour"
    return "size" if _SIZE_WORDS.search(text) else "item"


def answer_wrong_item_swap(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """The apology, the order looked up, and, when asked, how long the replacement takes; None
    when the message names no order or says nothing wrong came."""
    text = tracker.latest_message.get("text") or ""
    if not latest_entities(tracker).get("order_number"):
        return None
    if not complains_of_what_arrived(text, wrong_item_only=True):
        return None
    dispatcher.utter_message(text=wrong_item_apology_text(what_came_wrong(tracker)))
    events = perform_action(_STATUS, dispatcher, tracker, {}, session)
    if asks_how_long(text):
        found = any(e.get("name") == LAST_ORDER and e.get("value") for e in events)
        tell_exchange_time(dispatcher, replacement=True, offer_return=found)
    return events


def look_up_with_the_email_given(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """ "... can you check where that order is? My email is dev.patel@example.com" while the
    number given before waits for its email: the order looked up with both (found or not, said),
    then the replacement steps after a wrong or damaged item; None otherwise."""
    if "email" not in latest_entities(tracker) or latest_entities(tracker).get("order_number"):
        return None
    if tracker.get_slot(ORDER_ASKED_BY) != _STATUS or tracker.get_slot(LAST_ORDER):
        return None
    if not tracker.get_slot(ORDER_NUMBER_GIVEN):
        return None
    events = perform_action(_STATUS, dispatcher, tracker, {}, session)
    if about_an_item_problem(tracker):
        dispatcher.utter_message(**exchange_answer(tracker))
    return events
