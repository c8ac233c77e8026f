"""A letter size for a kind not made in letter sizes: "a blazer or a smart jacket, I'm usually a
medium" (stranger test 79, docs/nlu/stranger-test-79.md, B1), then "what do you have in stock in
my size for the jacket?" (B2). Our blazers are men's, in jacket sizes 36R to 44L: the search is
run without the M, and that is said with the results, never dropped silently. Called by the
search before it runs (actions/personal_search.py). A coat in size L, which we don't sell, is shown
blazers instead: the same is said under them (stranger test 81, A1), never "not in size L" each."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.cart_replies import sizes_called
from actions.size_advice_replies import letter_size_not_made_text
from commerce.profiles import LETTER_KIND, kind_of_stated_size, known_sizes, size_kind
from commerce.search import ProductQuery, available_sizes, find_products
from commerce.search.on_offer import nearest_kind_on_sale, sells_kind, stands_in_for
from shop_nlu.my_size import says_my_size


def leave_out_letter_size(
    dispatcher: CollectingDispatcher, session: Session, tracker: Tracker, query: ProductQuery
) -> ProductQuery:
    """`query` without a letter size none of its kind is made in, said so with the sizes they
    come in (and that they are all men's, when they are); "in my size" with the shopper's letter
    size known is said the same way. A kind not sold (coats) keeps it: its stand-in (blazers) is
    shown each "not in size L", explained under them (`tell_letter_size_of_stand_in`). `query`
    unchanged otherwise."""
    size = query.size
    asked = says_my_size(tracker.latest_message.get("text") or "")
    if size is None and asked:
        size = getattr(known_sizes(session, tracker.sender_id).get(LETTER_KIND), "size_key", None)
    if not size or not query.category or kind_of_stated_size(size, "") != LETTER_KIND:
        return query
    if _stand_in(session, query):
        return query
    if not (text := _not_made_text(session, query, size)):
        return query
    # Said again for "in my size", not for "cheaper" right after it.
    if asked or not _said_last_turn(tracker, text.split(",")[0]):
        dispatcher.utter_message(text=text)
    return query.updated(size=None) if query.size else query


def tell_letter_size_of_stand_in(
    dispatcher: CollectingDispatcher, session: Session, query: ProductQuery
) -> None:
    """Under the blazers shown for "a grey overcoat size L" (`query`, the search run), each "not
    in size L": that blazers come in jacket sizes, and what an L roughly is in them
    (docs/nlu/stranger-test-81.md, A1). Nothing said otherwise."""
    size = query.size
    if not size or kind_of_stated_size(size, "") != LETTER_KIND:
        return
    if (stand_in := _stand_in(session, query)) and (
        text := _not_made_text(session, query.updated(category=stand_in), size, searched=True)
    ):
        dispatcher.utter_message(text=text)


def _said_last_turn(tracker: Tracker, opening: str) -> bool:
    """Whether the bot's answer to the shopper's message before this one began a message with
    `opening` ("Our blazers are all men's and come in jacket sizes 36R to 46R")."""
    users = 0
    for event in reversed(tracker.events):
        users += event.get("event") == "user"
        if users == 2:
            return False
        if users == 1 and (event.get("text") or "").startswith(opening):
            return event.get("event") == "bot"
    return False


def _stand_in(session: Session, query: ProductQuery) -> str | None:
    """The kind shown in place of `query`'s when the shop sells none of it (blazers for coats),
    as the search does (actions/search_results.py, `_show_nearest_kind`); None otherwise."""
    asked = (query.category or "").strip().lower()
    if not asked or sells_kind(session, asked):
        return None
    nearest = nearest_kind_on_sale(session, asked, query.not_categories)
    return nearest if nearest and stands_in_for(session, asked, nearest, query.gender) else None


def _not_made_text(
    session: Session, query: ProductQuery, size: str, *, searched: bool = False
) -> str | None:
    """That none of `query`'s kind is made in the letter `size`, the sizes they come in and what
    it roughly is in them; None when some is, or the kind is made in no size."""
    kind = ProductQuery(category=query.category, gender=query.gender)
    if find_products(session, kind.updated(size=size), limit=1, in_stock_only=False).total:
        return None
    made = available_sizes(session, kind, in_stock_only=False)
    if not made:
        return None
    for_women = find_products(session, kind.updated(gender="female"), limit=1, in_stock_only=False)
    called = sizes_called(size_kind(session, query.category))
    mens_only = not for_women.total
    return letter_size_not_made_text(
        kind, size, called, made, mens_only=mens_only, searched=searched
    )
