""" "What is the first one made of?" right after "I have nothing close for women in size M"
(docs/nlu/stranger-test-69.md, persona B message 3, worst problem 2): the latest search listed
nothing, so "the first one" is none of what she asked for; the reply says so, never answering
about the first product of a list shown before (men's blazers she never wanted)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.conversation import CURRENT_PRODUCT, ShownResults, current_query, latest_entities
from actions.reference_replies import nothing_shown_to_pick_text, unresolved_response
from actions.replies import describe_query, kind_words
from commerce.search.on_offer import nothing_in_its_place


def answer_pick_of_nothing_shown(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> bool:
    """That nothing was listed for the latest search, so there is no "first one" of it (and
    which list is still on screen from before, if one is). False (nothing said) when the message
    names a product or points at none, a product is open, or the latest search listed some."""
    entities = latest_entities(tracker)
    if not entities.get("ordinal") or entities.keys() & {"product", "product_handle"}:
        return False
    query = current_query(tracker)
    if tracker.get_slot(CURRENT_PRODUCT) or not query.category:
        return False
    shown = ShownResults.from_tracker(tracker)
    listed = (shown.query or {}).get("category")
    # Kinds offered in its place, or nothing on screen at all ("waterproof jacket": none, and
    # no jacket that isn't suggested; stranger test 77, A3).
    kinds = nothing_in_its_place(session, query.category, query.gender, query.not_categories)
    if listed == query.category or not (kinds or not shown.handles):
        return False
    before = (kind_words(listed) or listed) if shown.handles and listed else None
    dispatcher.utter_message(text=nothing_shown_to_pick_text(describe_query(query), before, kinds))
    return True


def explain_unresolved(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session, problem: str | None
) -> None:
    """Why no product was found for "it", "the black one", "the first one": that the latest
    search listed nothing (`answer_pick_of_nothing_shown`), else the response for `problem`."""
    if not answer_pick_of_nothing_shown(dispatcher, tracker, session):
        dispatcher.utter_message(response=unresolved_response(problem or "unknown_name"))
