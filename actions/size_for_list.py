"""A size said alone right under a list ("size 44 eu" under three oxfords, heard as a size-guide
question): the list narrowed to that size, not the whole size guide (stranger test 47,
docs/nlu/stranger-test-47.md, worst problem 7). A question about sizes ("what is 44 eu in us?",
"how do i measure") still gets the guide; a UK size its own conversion (`answer_uk_shoe_size`).
"is size 40 ok?" with a product opened is whether that product comes in it (stranger test 38)."""

from __future__ import annotations

import re

from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.base import Events
from actions.conversation import (
    CURRENT_PRODUCT,
    ShownResults,
    current_query,
    latest_entities,
    latest_intent,
    open_purchase_question,
    opened_last,
)
from actions.product_actions import availability_answer
from actions.search_results import show_results
from commerce.products import product_details
from commerce.sizes import size_query_key

# Words that ask something about sizes, rather than give one's own.
_ASKS_ABOUT_SIZES = re.compile(
    r"\?|\b(?:what|how|which|whats|convert\w*|equivalent|chart|guide|measure\w*|mean|means|"
    r"in us|to us|in uk|to uk|is that|run|runs|fit|fits)\b"
)
# "is size 40 ok?", "would a 40 be fine": whether a size will do, of the product opened.
_IS_IT_OK = re.compile(r"\b(?:ok|okay|fine|good|alright|all right|work|do)\b\W*$")
# A size given, not a sentence about something else that holds one.
_MOST_WORDS = 6


def answer_size_for_list(
    dispatcher: CollectingDispatcher, tracker, session: Session
) -> Events | None:
    """The list on screen again, in the size said alone under it; None when the message asks
    about sizes, says more than a size, names a UK size, or no list is the last thing shown."""
    if latest_intent(tracker) != "ask_size_guide" or set(latest_entities(tracker)) != {"size"}:
        return None
    text = (tracker.latest_message.get("text") or "").lower()
    # "is size 40 ok?" with the blazer opened (stranger test 38): whether it comes in that size.
    handle = tracker.get_slot(CURRENT_PRODUCT)
    asks_if_ok = _IS_IT_OK.search(text) and len(text.split()) <= _MOST_WORDS
    details = product_details(session, handle) if handle and asks_if_ok else None
    if details is not None and opened_last(tracker):
        return availability_answer(dispatcher, tracker, session, details)
    if _ASKS_ABOUT_SIZES.search(text) or len(text.split()) > _MOST_WORDS:
        return None
    keys = [size_query_key(value) or "" for value in latest_entities(tracker)["size"]]
    if len(set(keys)) != 1 or not keys[0] or keys[0].startswith("uk"):
        return None
    shown = ShownResults.from_tracker(tracker)
    if not shown.handles or opened_last(tracker) or open_purchase_question(tracker):
        return None
    query = current_query(tracker)
    if not query.category:
        return None
    return show_results(dispatcher, session, query.updated(size=keys[0]), keep={"size"})
