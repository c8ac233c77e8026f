"""A wish that every product on screen already meets ("SOMETHING WITH A BACK ON THEM SO THEY DONT
FALL OFF" of slip-ons; stranger test 27, docs/nlu/stranger-test-27.md): the same list, said to
have it as the catalog says it (a loafer has a closed back by what it is), never a new search
that drops what was asked before (the slip-ons standing in for slippers) nor "I didn't
understand". A wish some of them miss is a search like any other (actions/discovery.py)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import list_feature_replies, search_replies
from actions.base import Events
from actions.conversation import (
    CURRENT_PRODUCT,
    SEARCH_QUERY,
    ShownResults,
    current_query,
    latest_entities,
)
from commerce.search import ProductQuery, SearchResult, described_among, find_products


def answer_wish_all_shown_meet(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """With a list on screen and nothing opened, a message naming only features that the catalog
    says of every product listed: that they all have them, and the same list, now the search
    with those features. None (nothing said) for any other message."""
    shown = ShownResults.from_tracker(tracker)
    entities = latest_entities(tracker)
    several = len(shown.handles) >= 2  # (one listed is "it", and a wish of it is a search)
    if not several or tracker.get_slot(CURRENT_PRODUCT) or set(entities) != {"feature"}:
        return None
    asked = tuple(dict.fromkeys(entities["feature"]))
    among = described_among(session, shown.handles, asked)
    everyone = len(among.products) == len(shown.handles)
    if not everyone or any(len(among.described[f]) != len(shown.handles) for f in asked):
        return None
    listed = ProductQuery.from_dict(shown.query) if shown.query else current_query(tracker)
    if listed.sort == "closest":
        return None  # alternatives, each saying what it is not: a search says it again
    query = listed.updated(
        features=(*listed.features, *(f for f in asked if f not in listed.features))
    )
    # As the search shows them (its prices in the size asked), in the order shown, and how many
    # more the search has, for "show more".
    found = find_products(session, query, limit=len(shown.handles), for_a_guest=True,
                          only_handles=list(shown.handles))  # fmt: skip
    as_searched = {match.handle: match for match in found.matches}
    matches = [as_searched.get(match.handle, match) for match in among.products]
    total = find_products(session, query, limit=1, for_a_guest=True).total
    result = SearchResult(query, matches, max(total, len(matches)))
    dispatcher.utter_message(
        text=list_feature_replies.all_shown_have_text(len(among.products), asked)
        + "\n"
        + search_replies.result_lines(result),
        buttons=search_replies.result_buttons(result),
        product_cards=search_replies.product_cards(result),
    )
    return [
        SlotSet(SEARCH_QUERY, query.to_dict()),
        ShownResults.of(result).slot(),
    ]
