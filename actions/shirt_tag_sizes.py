"""A dress shirt's tag quoted ("tag on his old shirt say 15 1/2 34/35 what size is that"): the
collar and sleeve it gives, said back, and the shirts in that collar, never the shoe size table
(stranger test 54, docs/nlu/stranger-test-54.md, problem 4). The list is a search in that size,
so "put in cart" next takes the collar size already given."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.base import Events
from actions.conversation import current_query
from actions.search_results import show_results
from actions.size_advice_replies import shirt_tag_text
from commerce.profiles import size_kind
from commerce.search import ProductQuery
from shop_nlu.shirt_tags import read_shirt_tag

SHIRT_KIND = "dress shirts"  # the size kind (and a category word) of shirts sized by collar


def answer_shirt_tag(dispatcher: CollectingDispatcher, tracker, session: Session) -> Events | None:
    """The collar and sleeve of the tag quoted, and the shirts of the search on screen (dress
    shirts when it is for something else) in that collar; None when no tag is quoted."""
    tag = read_shirt_tag(tracker.latest_message.get("text") or "")
    if tag is None:
        return None
    query = current_query(tracker)
    category = query.category or ""
    if "shirt" not in category and size_kind(session, category) != SHIRT_KIND:
        query = ProductQuery(category=SHIRT_KIND, gender=query.gender)
    dispatcher.utter_message(text=shirt_tag_text(tag.collar, tag.sleeve))
    return show_results(dispatcher, session, query.updated(size=tag.collar), keep={"size"})
