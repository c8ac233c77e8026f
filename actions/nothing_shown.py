""" "What is the first one made of?" right after "I have nothing close for women in size M"
(docs/nlu/stranger-test-69.md, persona B message 3, worst problem 2): the latest search listed
nothing, so "the first one" is none of what she asked for; the reply says so, never answering
about the first product of a list shown before (men's blazers she never wanted)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.conversation import (
    CURRENT_PRODUCT,
    ShownResults,
    current_query,
    latest_entities,
    ordinal_of_kind,
)
from actions.kind_kept_for_later import kept_for_the_kind
from actions.reference_replies import nothing_shown_to_pick_text, unresolved_response
from actions.replies import describe_query, kind_words
from commerce.search import ProductQuery
from commerce.search.on_offer import nothing_in_its_place


def answer_pick_of_nothing_shown(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> bool:
    """That nothing was listed for the latest search, so there is no "first one" of it (and
    which list is still on screen from before, if one is). False (nothing said) when the message
    names a product or points at none, a product is open, or the latest search listed some."""
    text = _nothing_shown_to_pick(tracker, session)
    if text is not None:
        dispatcher.utter_message(text=text)
    return text is not None


def picks_of_nothing_shown(tracker: Tracker, session: Session) -> bool:
    """Whether the message points at "the first one" of a search that listed nothing (so no
    other answer may take it for a product of the list before)."""
    return _nothing_shown_to_pick(tracker, session) is not None


def _nothing_shown_to_pick(tracker: Tracker, session: Session) -> str | None:
    entities = latest_entities(tracker)
    if not entities.get("ordinal") or entities.keys() & {"product", "product_handle"}:
        return None
    query = current_query(tracker)
    if tracker.get_slot(CURRENT_PRODUCT) or not query.category:
        return None
    shown = ShownResults.from_tracker(tracker)
    listed = (shown.query or {}).get("category")
    # "do the first boots come in 8?" after "no sweaters", the boots kept for later: the boots,
    # as kept, never the sweaters searched (stranger test 97, B2).
    kept = None
    if (said := ordinal_of_kind(tracker)) and said[1] not in (query.category, listed):
        kept = kept_for_the_kind(tracker, {"category": said[1]})
        query = ProductQuery.from_dict(kept)
    # Kinds offered in its place, or nothing on screen at all ("waterproof jacket": none, and
    # no jacket that isn't suggested; stranger test 77, A3).
    kinds = nothing_in_its_place(session, query.category, query.gender, query.not_categories)
    if kept is not None and not shown.handles:
        return nothing_shown_to_pick_text(describe_query(query), None, len(kept) > 1)
    if listed == query.category or not (kinds or not shown.handles):
        return None
    before = (kind_words(listed) or listed) if shown.handles and listed else None
    return nothing_shown_to_pick_text(describe_query(query), before, kinds)


def explain_unresolved(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session, problem: str | None
) -> None:
    """Why no product was found for "it", "the black one", "the first one": that the latest
    search listed nothing (`answer_pick_of_nothing_shown`), else the response for `problem`."""
    if not answer_pick_of_nothing_shown(dispatcher, tracker, session):
        dispatcher.utter_message(response=unresolved_response(problem or "unknown_name"))
