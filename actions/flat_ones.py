"""Flat ones of the boots or shoes listed: "so anything flat-ish?" under three boots, heard as a
question about the list (stranger test 41, docs/nlu/stranger-test-41.md, worst problem 1). The
same boots, flat or low-heeled only, as the search refines them (actions/search_refining.py)."""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.base import Events
from actions.conversation import CURRENT_PRODUCT, SEARCH_QUERY, current_query, query_changes
from actions.search_followups import entities_of_first_kind
from actions.search_refining import flat_ones_of_the_list
from actions.search_results import show_page
from commerce.search import find_products

# "is it flat?", "is this one flat?" of the product opened: a question about that one.
_OF_THE_ONE_OPENED = re.compile(r"\b(?:it|it's|its|this|that)\b")


def answer_flat_ones_of_the_list(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """Show the flat and low-heeled ones of the boots or shoes listed ("any of them flat?");
    None (nothing said) when the message asks no such thing of such a list."""
    text = tracker.latest_message.get("text") or ""
    if tracker.get_slot(CURRENT_PRODUCT) and _OF_THE_ONE_OPENED.search(text.lower()):
        return None
    query = current_query(tracker)
    entities = entities_of_first_kind(tracker, text, session)
    changes = query_changes(entities)
    flat_ones = flat_ones_of_the_list(session, text, query, entities, changes)
    if not flat_ones or changes.keys() - {"not_colours", "not_categories"}:
        return None
    result = find_products(session, query, limit=len(flat_ones), only_handles=flat_ones)
    if not result.matches:
        return None
    return [SlotSet(SEARCH_QUERY, query.to_dict()), *show_page(dispatcher, result)]
