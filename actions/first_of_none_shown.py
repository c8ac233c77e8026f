""" "Would the first one go with the shoes?" with shoes on screen, right after "we don't sell coats"
(stranger test 47, docs/nlu/stranger-test-47.md, worst problem 5): the first one on screen is one
of the shoes themselves, so the shopper means the first of what they asked for last, which could
not be shown. That is said; nothing is suggested for a shoe they never chose."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.base import Events
from actions.conversation import ShownResults, current_query, latest_entities
from actions.replies import kind_words
from commerce.search.on_offer import sells_kind
from commerce.search.query import category_types


def answer_first_of_a_kind_not_shown(
    dispatcher: CollectingDispatcher, tracker, session: Session
) -> Events | None:
    """That none of the kind asked for last could be shown, so none goes with the kind on screen;
    None unless the message points with an ordinal and names the kind of the list on screen,
    and the search after that list asked for a kind the shop does not sell."""
    entities = latest_entities(tracker)
    said = entities.get("category") or []
    if not entities.get("ordinal") or not said or entities.keys() & {"product", "product_handle"}:
        return None
    shown = ShownResults.from_tracker(tracker)
    listed = (shown.query or {}).get("category")
    asked = current_query(tracker).category
    if not shown.handles or not listed or not asked or asked == listed:
        return None
    if sells_kind(session, asked) or not any(_same_kind(kind, listed) for kind in said):
        return None
    asked_words, listed_words = kind_words(asked) or asked, kind_words(listed) or listed
    dispatcher.utter_message(
        text=f"I couldn't show you any {asked_words}: we don't sell {asked_words}, so there's "
        f"none to go with the {listed_words}. The {listed_words} on screen are still there: tell "
        "me which one you'd like to match, or what else to look for."
    )
    return []


def _same_kind(said: str, listed: str) -> bool:
    """Whether a kind said ("the shoes") is the kind of the list on screen (shoes, sneakers)."""
    return said == listed or bool(category_types(said) & category_types(listed))
