"""Clothes for a child ("a little suit for Mateo, they are 8", "for my son, he's 6", "toddler
shoes", "girl's dress"): the catalog has no children's clothes (its kinds are for men and women,
sized for grown-ups), so the shopper is told so, never shown grown-ups' suits as if they would do;
what the same message asks for the shopper herself ("Oh, and something for me too, maybe a navy
dress, size 14") is then searched with its own colour and size (stranger test 59, Margaret #1,
docs/nlu/stranger-test-59.md, problem 4)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.base import Events
from actions.cheaper_refinements import show_refined_results
from actions.conversation import (
    SEARCH_QUERY,
    latest_entities,
    own_gender_said,
    query_changes,
)
from actions.search_replies import not_sold_text
from commerce.search import ProductQuery, sold_kinds
from shop_nlu.ages import names_a_child, own_part_starts, teenager_beside_a_child

CHILDRENS_CLOTHES = "children's clothes"
# The fields of the shopper's own part that make a search of it.
_OWN_FIELDS = ("category", "colour", "size", "gender", "features", "occasions", "brand")


def answer_childrens_clothes(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """That we don't sell children's clothes, then the shopper's own part searched; None when
    the message shops for no child."""
    text = tracker.latest_message.get("text") or ""
    if not names_a_child(text):
        return None
    own = _own_part(tracker, text)
    if own is None and (teen := teenager_beside_a_child(text)) is not None:
        return _teenagers_part(dispatcher, tracker, session, *teen)
    if own is None or "category" not in own:
        dispatcher.utter_message(text=not_sold_text(CHILDRENS_CLOTHES, None, sold_kinds(session)))
        return [SlotSet(SEARCH_QUERY, None)]
    dispatcher.utter_message(
        text=f"Sorry, we don't sell {CHILDRENS_CLOTHES}. Here is what I have for you:"
    )
    if "gender" not in own and (gender := own_gender_said(tracker)):
        own["gender"] = gender
    query = ProductQuery(**{name: own[name] for name in _OWN_FIELDS if name in own})
    return show_refined_results(dispatcher, tracker, session, query, set(own))


def _teenagers_part(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session, gender: str, word: str
) -> Events:
    """ "my son is 16 and my daughter is 8, they both need white shirts": nothing for the child,
    and the teenager's part searched for his or her gender, in grown-up sizes."""
    wanted = query_changes(latest_entities(tracker))
    wanted["gender"] = gender
    whose = "men's" if gender == "male" else "women's"
    dispatcher.utter_message(
        text=f"Sorry, we don't sell {CHILDRENS_CLOTHES}, so nothing for the younger one. "
        f"For your {word}, here is what I have in {whose} sizes:"
    )
    query = ProductQuery(**{name: wanted[name] for name in _OWN_FIELDS if name in wanted})
    return show_refined_results(dispatcher, tracker, session, query, set(wanted))


def _own_part(tracker: Tracker, text: str) -> dict | None:
    """The search fields said in what the shopper asks for herself (from `own_part_starts`),
    or None when she asks nothing for herself."""
    start = own_part_starts(text)
    if start is None:
        return None
    said: dict[str, list[str]] = {}
    for entity in tracker.latest_message.get("entities") or []:
        value = entity.get("value")
        if (entity.get("start") or 0) >= start and not entity.get("role") and value is not None:
            said.setdefault(entity["entity"], []).append(str(value).strip())
    return query_changes(said)
