"""The shopper's profile in the conversation: "I'm usually a 9 in shoes" and "what do you know
about me?" (commerce/profiles.py). Searches in their usual size (said so, and overridable) and
their tastes first are the search's part (actions/personal_search.py)."""

from __future__ import annotations

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions import profile_replies
from actions.base import Events, ShopAction
from actions.conversation import (
    CURRENT_PRODUCT,
    ShownResults,
    current_query,
    latest_entities,
    offered_products,
)
from actions.discovery import ActionSearchProducts
from actions.eu_dress_sizes import dress_size_to_keep
from actions.picking import choose_by_size
from actions.privacy import answer_what_is_kept
from actions.search_results import show_results
from actions.shared_answers import answer_size_conversion
from actions.size_of_order_placed import answer_size_change_of_order_placed
from actions.uk_shoe_sizes import answer_uk_shoe_size
from commerce.config import load_settings
from commerce.privacy import what_is_kept
from commerce.profiles import (
    LETTER_KIND,
    LETTER_SIZED_KINDS,
    kind_of_stated_size,
    known_sizes,
    remember_size,
    says_someone_elses_size,
    size_in_text,
    size_kind,
)
from commerce.search import ProductQuery
from commerce.sizes import size_query_key
from shop_nlu.my_size import asks_for_things_in_my_size


def _stated_size(tracker: Tracker) -> str | None:
    entities = latest_entities(tracker)
    text = tracker.latest_message.get("text") or ""
    if "size" in entities:
        return size_query_key(entities["size"][-1])
    return size_in_text(text)


def _kind_for(session: Session, tracker: Tracker, size_key: str) -> str | None:
    """The kind a stated size is for: the one its form says ("42R", "a 16 collar"), else the kind
    named, else the kind being searched right now ("not my size anymore, I'm a 10 now")."""
    entities = latest_entities(tracker)
    text = tracker.latest_message.get("text") or ""
    if stated := kind_of_stated_size(size_key, text):
        return stated
    if "category" in entities:
        return size_kind(session, entities["category"][0])
    return size_kind(session, current_query(tracker).category)


class ActionRememberSize(ShopAction):
    """ "I'm usually a 9 in shoes", "I wear a medium", "not my size anymore, I'm a 10 now"."""

    writes_to_store = True
    # "Is size 10 an M?" is a question about our sizes, not a size to remember; "im a uk 10" is
    # the US size it is for men's or women's shoes (or both said, with no gender known).
    # "change the pants to 32 waist" right after ordering them in 34: the order, not the profile.
    gives_way_to = (answer_uk_shoe_size, answer_size_conversion, answer_size_change_of_order_placed)

    def name(self) -> str:
        return "action_remember_size"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        size = _stated_size(tracker)
        if size is None:
            dispatcher.utter_message(response="utter_ask_size_to_remember")
            return []
        if offered := offered_products(tracker):
            # "collar 16" answering "Which shirt do you mean: ...?": for those shirts.
            return choose_by_size(dispatcher, tracker, domain, session, offered, size)
        if says_someone_elses_size(tracker.latest_message.get("text")):
            # "my grandson is a 15.5 collar": a size to search in, not the shopper's to keep.
            return ActionSearchProducts().perform(dispatcher, tracker, domain, session)
        kind = _kind_for(session, tracker, size)
        if kind is None:
            dispatcher.utter_message(text=profile_replies.which_kind_text(size))
            return []
        # "I'm usually a 38 in dresses": an EU dress size, kept as the US size it is.
        if (size := dress_size_to_keep(dispatcher, session, kind, size)) is None:
            return []
        before = known_sizes(session, tracker.sender_id).get(kind)
        remember_size(session, tracker.sender_id, kind, size)
        dispatcher.utter_message(text=profile_replies.size_remembered_text(kind, size, before))
        # "shirt and tie, i'm a 16 collar": kinds named besides the size's own ("a 9 in shoes")
        # are wanted, in that size.
        named = latest_entities(tracker).get("category") or []
        if any(size_kind(session, category) != kind for category in named):
            return ActionSearchProducts().perform(dispatcher, tracker, domain, session)
        # The list on screen was in the old size: show it again in the new one.
        query = current_query(tracker)
        if query.category and query.size and size_kind(session, query.category) == kind:
            return show_results(dispatcher, session, query.updated(size=size), keep={"size"})
        # "size 10" right after a list of brown shoes: that search, now in size 10 (with none in
        # it, the closest: show_results says so).
        if _right_after_a_list_sized(session, tracker, query, kind):
            dispatcher.utter_message(text=profile_replies.same_search_in_size_text(size))
            return show_results(dispatcher, session, query.updated(size=size), keep={"size"})
        return []


def _right_after_a_list_sized(
    session: Session, tracker: Tracker, query: ProductQuery, kind: str
) -> bool:
    """Whether the shopper's screen ends with a list of results (no product opened since) of the
    search `query`, whose kind is sized in `kind` (a letter size fits dresses and tops)."""
    if not query.category or not ShownResults.from_tracker(tracker).handles:
        return False
    if tracker.get_slot(CURRENT_PRODUCT):
        return False
    listed = size_kind(session, query.category)
    return listed == kind or (kind == LETTER_KIND and listed in LETTER_SIZED_KINDS)


class ActionWhatIKnow(ShopAction):
    """ "What do you know about me?": everything stored about this shopper, from the store."""

    # "Do you store my address?": that detail, and how not to have it kept.
    gives_way_to = (answer_what_is_kept,)

    def name(self) -> str:
        return "action_what_i_know"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        # "what do you have in my size?" after the blazers: a search, not what is kept (79, B2).
        text = tracker.latest_message.get("text") or ""
        if asks_for_things_in_my_size(text) and current_query(tracker).category:
            return ActionSearchProducts().perform(dispatcher, tracker, domain, session)
        kept = what_is_kept(session, tracker.sender_id)
        dispatcher.utter_message(text=profile_replies.what_i_know_text(kept, load_settings()))
        return []
