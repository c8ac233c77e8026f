"""The products a comparison names by bare numbers: "diff between 1 and 2?" is results 1 and 2 on
screen, never the whole list (stranger test 73, docs/nlu/stranger-test-73.md, A3, worst problem
5); the reading of the numbers is shop_nlu/compared_numbers.py's."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.base import Events, perform_action
from actions.conversation import ProductReference, ShownResults, latest_entities, resolve_products
from actions.conversation.picking import by_position
from shop_nlu.compared_numbers import positions_compared

# What names products itself ("the first and the second", "the windsor"): two are read as said.
_NAMING = ("ordinal", "product", "product_handle")


def references_compared(tracker: Tracker, session: Session) -> list[ProductReference]:
    """The products a comparison means: those at the positions its bare numbers name ("1 and 2")
    while a list is on screen, else what it names or points at (`resolve_products`)."""
    positions = positions_compared(tracker.latest_message.get("text") or "")
    shown = ShownResults.from_tracker(tracker)
    named = latest_entities(tracker)
    # "compare no 1 & 2": the extractor may read the first alone as a position.
    if positions and shown.handles and sum(len(named.get(name) or []) for name in _NAMING) < 2:
        references = [by_position(position, shown) for position in positions]
        if all(reference.handle for reference in references):
            return references
    return resolve_products(tracker, session)


def answer_numbers_compared(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """ "diff between 1, 2 & 3?" that the classifier was unsure of (stranger test 79): the
    comparison of those on screen; None when the message names no positions of the list."""
    positions = positions_compared(tracker.latest_message.get("text") or "")
    shown = ShownResults.from_tracker(tracker)
    if not positions or not all(by_position(at, shown).handle for at in positions):
        return None
    return perform_action("action_compare_products", dispatcher, tracker, {}, session)
