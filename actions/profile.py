"""The shopper's profile in the conversation: "I'm usually a 9 in shoes", searches in their usual
size (said so, and overridable), and "what do you know about me?" (commerce/profiles.py)."""

from __future__ import annotations

from dataclasses import replace

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
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
from actions.routing import answer_size_conversion
from actions.search_results import show_results
from commerce.config import load_settings
from commerce.privacy import what_is_kept
from commerce.profiles import (
    LETTER_KIND,
    LETTER_SIZED_KINDS,
    KnownSize,
    kind_of_stated_size,
    known_sizes,
    note_search,
    preferences,
    remember_size,
    says_own_size,
    size_in_text,
    size_kind,
    tastes_change_order,
    usual_size,
)
from commerce.search import ProductQuery
from commerce.sizes import size_query_key


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
    # "Is size 10 an M?" is a question about our sizes, not a size to remember.
    gives_way_to = (answer_size_conversion,)

    def name(self) -> str:
        return "action_remember_size"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        size = _stated_size(tracker)
        if size is None:
            dispatcher.utter_message(response="utter_ask_size_to_remember")
            return []
        from actions.discovery import choose_by_size  # it imports this module

        if offered := offered_products(tracker):
            # "collar 16" answering "Which shirt do you mean: ...?": for those shirts.
            return choose_by_size(dispatcher, tracker, domain, session, offered, size)
        kind = _kind_for(session, tracker, size)
        if kind is None:
            dispatcher.utter_message(text=profile_replies.which_kind_text(size))
            return []
        before = known_sizes(session, tracker.sender_id).get(kind)
        remember_size(session, tracker.sender_id, kind, size)
        dispatcher.utter_message(text=profile_replies.size_remembered_text(kind, size, before))
        from actions.discovery import ActionSearchProducts  # it imports this module

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

    def name(self) -> str:
        return "action_what_i_know"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        kept = what_is_kept(session, tracker.sender_id)
        dispatcher.utter_message(text=profile_replies.what_i_know_text(kept, load_settings()))
        return []


def personalise_search(
    dispatcher: CollectingDispatcher,
    session: Session,
    tracker: Tracker,
    query: ProductQuery,
    changes: dict,
) -> tuple[ProductQuery, KnownSize | None]:
    """Before a search runs: count the colours and styles asked for, keep a size the shopper
    says is theirs ("I'm usually a 40R"; a size said for one search is not), and fill in their
    usual size for the kind when they name none. Returns the query to run and the usual size
    used, if one was (the heading must then say so)."""
    owner = tracker.sender_id
    colours = [c for c in (changes.get("colour") or "").split("|") if c]
    styles = list(changes.get("occasions") or ()) + list(changes.get("features") or ())
    if colours or styles:
        note_search(session, owner, colours, styles)
    if "size" in changes and query.size:
        remember_own_size(dispatcher, session, tracker, query.size, query.category)
    query = _preferred_first(session, owner, query)
    if query.size is None and query.category:
        usual = usual_size(session, owner, size_kind(session, query.category))
        if usual is not None:
            return query.updated(size=usual.size_key), usual
    return query, None


def remember_own_size(
    dispatcher: CollectingDispatcher,
    session: Session,
    tracker: Tracker,
    size_key: str,
    category: str | None,
) -> None:
    """Keep a size the shopper says is theirs ("I'm usually a 40R", "collar 16"; a size said for
    one search is not), for the kind its form says (a collar size is a shirt size, whatever is
    being searched), else the kind of `category`; and say so."""
    text = tracker.latest_message.get("text") or ""
    if not says_own_size(text):
        return
    stated = kind_of_stated_size(size_key, text)
    # "a medium" is a letter size of whatever is searched; "collar 16" only ever a shirt's.
    kind = stated if stated not in (None, LETTER_KIND) else size_kind(session, category) or stated
    if kind is None:
        return
    before = known_sizes(session, tracker.sender_id).get(kind)
    remember_size(session, tracker.sender_id, kind, size_key)
    said = profile_replies.size_remembered_text(kind, size_key, before)
    # "xxl in shirts usually": kept by action_remember_size, whose search comes here: said once.
    if all(message.get("text") != said for message in dispatcher.messages):
        dispatcher.utter_message(text=said)


def _preferred_first(session: Session, owner: str, query: ProductQuery) -> ProductQuery:
    """The colours and styles the shopper keeps asking for go first, unless this search names a
    colour or an order of its own (said only if they change the order: `tell_preferred_first`)."""
    colours, styles = preferences(session, owner)
    if query.colour or query.sort:
        colours = ()
    # A style this search names already ("a brown leather belt") needs no "first".
    styles = tuple(
        style for style in styles if style not in query.occasions and style not in query.features
    )
    return replace(query, prefer_colours=colours, prefer_tags=styles)


def tell_preferred_first(
    dispatcher: CollectingDispatcher,
    session: Session,
    before: ProductQuery,
    query: ProductQuery,
    shown: list[str],
    at: int,
    **search,
) -> None:
    """ "I'll show linen styles first", with how to change it, as the dispatcher's message number
    `at` (before the list): only when the tastes `personalise_search` gave `query` are new to the
    search (`before` had others: a refinement of a search said it already) and changed what is
    shown (`tastes_change_order`, with find_products' other arguments `search`): never over a
    list in which nothing was ranked up for them."""
    tastes = (query.prefer_colours, query.prefer_tags)
    if tastes == (before.prefer_colours, before.prefer_tags):
        return
    if not tastes_change_order(session, query, shown, **search):
        return
    dispatcher.utter_message(text=profile_replies.preferred_first_text(*tastes))
    dispatcher.messages.insert(at, dispatcher.messages.pop())
