"""A letter size for a kind not made in letter sizes: "a blazer or a smart jacket, I'm usually a
medium" (stranger test 79, docs/nlu/stranger-test-79.md, B1), then "what do you have in stock in
my size for the jacket?" (B2). Our blazers are men's, in jacket sizes 36R to 44L: the search is
run without the M, and that is said with the results, never dropped silently. Called by the
search before it runs (actions/personal_search.py)."""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.cart_replies import sizes_called
from actions.size_advice_replies import letter_size_not_made_text
from commerce.profiles import LETTER_KIND, kind_of_stated_size, known_sizes, size_kind
from commerce.search import ProductQuery, available_sizes, find_products

# "in my size", "what's in stock in my size for the jacket?"
_MY_SIZE = re.compile(r"\b(?:my|me)\s+size\b", re.IGNORECASE)


def leave_out_letter_size(
    dispatcher: CollectingDispatcher, session: Session, tracker: Tracker, query: ProductQuery
) -> ProductQuery:
    """`query` without a letter size none of its kind is made in, said so with the sizes they
    come in (and that they are all men's, when they are); "in my size" with the shopper's letter
    size known is said the same way. `query` unchanged otherwise."""
    size = query.size
    if size is None and _MY_SIZE.search(tracker.latest_message.get("text") or ""):
        size = getattr(known_sizes(session, tracker.sender_id).get(LETTER_KIND), "size_key", None)
    if not size or not query.category or kind_of_stated_size(size, "") != LETTER_KIND:
        return query
    kind = ProductQuery(category=query.category, gender=query.gender)
    if find_products(session, kind.updated(size=size), limit=1, in_stock_only=False).total:
        return query
    made = available_sizes(session, kind, in_stock_only=False)
    if not made:
        return query
    for_women = find_products(session, kind.updated(gender="female"), limit=1, in_stock_only=False)
    called = sizes_called(size_kind(session, query.category))
    dispatcher.utter_message(
        text=letter_size_not_made_text(kind, size, called, made, mens_only=not for_women.total)
    )
    return query.updated(size=None) if query.size else query
