"""The shopper's profile applied to a search, before and after it runs: their usual size filled in
(and a size they say is theirs kept), the colours and styles they keep asking for ranked first,
and saying so ("I'll show linen styles first"). The search (actions/discovery.py) calls these;
the profile's own actions ("I'm usually a 9 in shoes", "what do you know about me?") are in
actions/profile.py, which calls the search in turn.
"""

from __future__ import annotations

from dataclasses import replace

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import profile_replies
from actions.conversation import latest_entities
from actions.letter_size_not_made import leave_out_letter_size
from actions.list_order_replies import colours_going_with_text
from actions.my_size import tell_size_not_told
from actions.size_kept_notes import SIZE_KEPT, told_how_to_erase
from actions.sizes_told_together import remember_sizes_told
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
    size_kind,
    tastes_change_order,
    usual_size,
)
from commerce.recommend.pairing import colours_that_go_with
from commerce.search import COLOUR_ALTERNATIVES, ProductQuery, find_products
from shop_nlu.said_in_passing import SIZED_ROLE


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
    query = _preferred_first(session, owner, keep_to_colours_going_with(dispatcher, tracker, query))
    # "I'm usually a medium" for blazers made in 36R to 44L: said, and left out (stranger 79).
    said = len(dispatcher.messages)
    query = leave_out_letter_size(dispatcher, session, tracker, query)
    if query.size is None and query.category:
        usual = usual_size(session, owner, size_kind(session, query.category))
        if usual is not None:
            return query.updated(size=usual.size_key), usual
    if len(dispatcher.messages) == said:  # "flats in my size", none known: in every size, said
        tell_size_not_told(dispatcher, session, tracker, query)
    return query, None


def keep_to_colours_going_with(
    dispatcher: CollectingDispatcher, tracker: Tracker, query: ProductQuery
) -> ProductQuery:
    """ "What shoes go with green": a colour said alone after "goes with" is one the shopper
    already wears (shop_nlu/worn_already.py `mark_colour_it_goes_with`), so the search keeps to
    the colours the shop's guide pairs with it, and says so; `query` as it was when it names a
    colour of its own or the guide says nothing about that one."""
    worn = latest_entities(tracker).get("worn_with_colour")
    going = colours_that_go_with(worn[-1]) if worn and not query.colour else ()
    if not going:
        return query
    dispatcher.utter_message(text=colours_going_with_text(worn[-1], going))
    return query.updated(colour=COLOUR_ALTERNATIVES.join(going))


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
    # "I'm a 42R in the jacket, 34 waist and a 10.5 in shoes", "a suit. jacket 44R, shoes 11" (kinds
    # named only to carry a size): each kept in its own kind; "a suit in 42R and shoes size 11" is
    # two searches, and keeps nothing.
    sizes_only = any(
        e.get("role") == SIZED_ROLE for e in tracker.latest_message.get("entities") or []
    )
    if (says_own_size(text) or sizes_only) and remember_sizes_told(dispatcher, tracker, session):
        return
    if not says_own_size(text):
        return
    stated = kind_of_stated_size(size_key, text)
    # "a medium" is a letter size of whatever is searched; "collar 16" only ever a shirt's.
    kind = stated if stated not in (None, LETTER_KIND) else size_kind(session, category) or stated
    if stated == LETTER_KIND and kind not in LETTER_SIZED_KINDS:
        kind = LETTER_KIND  # "I'm usually a medium" for a blazer (36R...): not a jacket size
    if kind is None:
        return
    before = known_sizes(session, tracker.sender_id).get(kind)
    remember_size(session, tracker.sender_id, kind, size_key)
    hint = not told_how_to_erase(tracker, dispatcher)  # how to erase it: once (stranger 96)
    said = profile_replies.size_remembered_text(kind, size_key, before, hint)
    # "xxl in shirts usually": kept by action_remember_size, whose search comes here: said once.
    base = profile_replies.size_remembered_text(kind, size_key, before, erase_hint=False)
    if not any((message.get("text") or "").startswith(base) for message in dispatcher.messages):
        dispatcher.utter_message(text=said, **{SIZE_KEPT: True})  # after the results


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
    # Name only the tastes that rank something up on their own ("casual", not "casual and linen"
    # over flats of which none is linen).
    colours = tuple(
        colour
        for colour in query.prefer_colours
        if _ranks_up(
            session, replace(query, prefer_colours=(colour,), prefer_tags=()), shown, search
        )
    )
    styles = tuple(
        style
        for style in query.prefer_tags
        if _ranks_up(
            session, replace(query, prefer_colours=(), prefer_tags=(style,)), shown, search
        )
    )
    if not (colours or styles):
        colours, styles = tastes
    dispatcher.utter_message(text=profile_replies.preferred_first_text(colours, styles))
    dispatcher.messages.insert(at, dispatcher.messages.pop())


def _ranks_up(session: Session, query: ProductQuery, shown: list[str], search: dict) -> bool:
    """Whether the one taste `query` prefers changes the page of `len(shown)` products."""
    page = find_products(session, query, limit=len(shown), **search).matches
    return tastes_change_order(session, query, [match.handle for match in page], **search)
