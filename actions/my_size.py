""" "Any flats in my size?" (docs/nlu/stranger-test-79.md, B2): the size the shopper said before
in this chat, or keeps in their profile, for that kind; "in my size" is never ignored. When none
was said, the search runs in every size and says so. A letter size said for a kind made in none
(blazers) is said by actions/letter_size_not_made.py. Called by the search (actions/discovery.py,
actions/personal_search.py)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.cart_replies import sizes_called
from actions.conversation import SEARCH_QUERY
from actions.replies import describe_query
from actions.size_advice_replies import size_not_told_text
from commerce.profiles import known_sizes, own_size_for, size_kind
from commerce.search import ProductQuery
from shop_nlu.my_size import says_my_size


def size_said_before(tracker: Tracker, session: Session, query: ProductQuery) -> dict:
    """{"size": key} for "in my size" with no size searched: the size said before for the kind
    searched (`query`'s); {} otherwise."""
    if query.size or not query.category:
        return {}
    if not says_my_size(tracker.latest_message.get("text") or ""):
        return {}
    size = own_size_for(session, query.category, query.gender, _sizes_said(tracker, session))
    return {"size": size} if size else {}


def tell_size_not_told(
    dispatcher: CollectingDispatcher, session: Session, tracker: Tracker, query: ProductQuery
) -> None:
    """ "Flats in my size" with no size of theirs known for flats: that the list is in every size,
    and how to say theirs. Nothing said when a size is searched, or "my size" is not said."""
    if (
        query.size
        or not query.category
        or not says_my_size(tracker.latest_message.get("text") or "")
    ):
        return
    called = sizes_called(size_kind(session, query.category))
    kinds = describe_query(ProductQuery(category=query.category))
    dispatcher.utter_message(text=size_not_told_text(kinds, called))


def _sizes_said(tracker: Tracker, session: Session) -> list[tuple[str | None, str]]:
    """The sizes searched in this chat (the latest first), each with its size kind, then those
    kept in the shopper's profile."""
    said = []
    for event in reversed(tracker.events):
        value = event.get("value") if event.get("name") == SEARCH_QUERY else None
        if isinstance(value, dict) and value.get("size"):
            said.append((size_kind(session, value.get("category")), value["size"]))
    kept = known_sizes(session, tracker.sender_id)
    return said + [(kind, known.size_key) for kind, known in kept.items()]
