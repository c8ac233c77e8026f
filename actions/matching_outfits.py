"""Matching outfits for two: "matching outfits for me and my partner", "matching navy outfits for
two" get his and her clothing in one shared colour (commerce/recommend/matching.py), said as
matching (actions/matching_replies.py), instead of one search for whoever is named last (stranger
test 19, docs/nlu/stranger-test-19.md). Matching in one kind ("2 matching ties for me n my twin
bro") is two of one product, in a colour the shop has enough of for both, with whether delivery
makes the day named (stranger test 31, docs/nlu/stranger-test-31.md)."""

from __future__ import annotations

import dataclasses
import re

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import matching_replies, search_replies
from actions.base import Events
from actions.conversation import (
    CURRENT_PRODUCT,
    SEARCH_QUERY,
    ShownResults,
    latest_entities,
    query_changes,
)
from actions.search_notes import tell_when_needed
from commerce.recommend.matching import (
    OUTFIT_KIND,
    MatchingOutfits,
    matching_outfits,
    outfits_of_two_kinds,
    same_for_both,
)
from commerce.search import ProductQuery, SearchResult
from shop_nlu.extraction_patterns import other_of_both, shops_for_both
from shop_nlu.same_for_two import asks_the_same_for_two

# "matching", "that match", "coordinating", "twinning": the two are to match each other; and
# "identical ties", "we want the same tie" (never "the same size", which says nothing of looks).
_MATCHING = re.compile(
    r"\b(?:matching|match(?:es)? each other|that match|to match|co-?ordinat\w*|twinning|"
    r"couples? outfits?|identical|(?:two|2|both) of the same|(?:want|need|get|wear|have) the "
    r"same (?!size|sizes|price|day|date|time|colou?r)\w+)\b"
)
# "for two", "for us both", "for a couple": two people, whoever they are.
_FOR_TWO = re.compile(r"\bfor (?:the )?(?:two|2|both|us both|a couple)\b|\bcouples?\b")
MATCHED_PER_PERSON = 2


def asks_for_matching_outfits(text: str) -> bool:
    """Whether the shopper asks for outfits for two people that match each other (or for one
    product twice: "the same tie for me and my brother", "two identical ties for us")."""
    lowered = text.lower()
    return (
        bool(_MATCHING.search(lowered))
        and (shops_for_both(lowered) or bool(_FOR_TWO.search(lowered)))
    ) or asks_the_same_for_two(lowered)


def answer_matching_outfits(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """His and her clothing in one colour, listed as one list ("the third one" is hers); None when
    the message asks for no matching outfits for two."""
    text = tracker.latest_message.get("text") or ""
    if not asks_for_matching_outfits(text):
        return None
    changes = query_changes(latest_entities(tracker))
    wanted = ProductQuery(
        category=changes.get("category"),
        colour=changes.get("colour"),
        occasions=tuple(changes.get("occasions") or ()),
        price_max=changes.get("price_max"),
    )
    # "ties for me n my twin bro": two of one tie for men; else his and hers in one colour, else
    # (ties are sold for men only) two of one of the kind for whoever.
    one_kind = wanted.category not in (None, OUTFIT_KIND)  # "ties", not "outfits"
    # "a navy dress for me and a navy blazer for him": her kind and his, never two of one gown.
    kinds = [kind for kind in dict.fromkeys(_kinds_wanted(tracker)) if kind != OUTFIT_KIND]
    if coordinated := outfits_of_two_kinds(session, wanted, kinds, limit=MATCHED_PER_PERSON):
        return _show_pair(dispatcher, coordinated, bool(wanted.colour), kinds_named=True)
    other = other_of_both(text)
    same = same_for_both(session, wanted.updated(gender=other)) if one_kind and other else None
    pair = None
    if not (same and same.matches):
        pair = matching_outfits(session, wanted, limit=MATCHED_PER_PERSON)
    if pair is None and one_kind and not (same and same.matches):
        same = same_for_both(session, wanted)
    if pair is None and same and same.matches:
        return _show_same_for_both(dispatcher, text, same)
    if pair is None:
        dispatcher.utter_message(text=matching_replies.no_matching_outfits_text(wanted))
        return [SlotSet(SEARCH_QUERY, wanted.to_dict())]
    return _show_pair(dispatcher, pair, bool(wanted.colour))


def _kinds_wanted(tracker: Tracker) -> list[str]:
    """The kinds the latest message asks for (not those it rules out), in the order said."""
    entities = tracker.latest_message.get("entities") or []
    return [e["value"] for e in entities if e.get("entity") == "category" and not e.get("role")]


def _show_pair(
    dispatcher: CollectingDispatcher,
    pair: MatchingOutfits,
    asked_colour: bool,
    kinds_named: bool = False,
) -> Events:
    """His and her products, listed as one list (his first), said as matching in one colour."""
    query = pair.for_him.query.updated(gender=None)
    if kinds_named:  # "show more": clothing for both, not his kind alone
        query = query.updated(category=OUTFIT_KIND)
    matches = [*pair.for_him.matches, *pair.for_her.matches]
    both = SearchResult(query=query, matches=matches, total=len(matches))
    dispatcher.utter_message(
        text=matching_replies.matching_outfits_text(pair, both, asked_colour, kinds_named),
        buttons=search_replies.result_buttons(both),
        product_cards=search_replies.product_cards(both),
    )
    return [
        SlotSet(SEARCH_QUERY, query.to_dict()),
        SlotSet(CURRENT_PRODUCT, None),
        ShownResults.of(dataclasses.replace(both, offset=0)).slot(),
    ]


def _show_same_for_both(dispatcher: CollectingDispatcher, text: str, same: SearchResult) -> Events:
    """Two of one product for both, listed with the colours there are enough of; and whether
    delivery makes the day named ("wedding next sat")."""
    dispatcher.utter_message(
        text=matching_replies.same_for_both_text(same, MATCHED_PER_PERSON),
        buttons=search_replies.result_buttons(same),
        product_cards=search_replies.product_cards(same),
    )
    tell_when_needed(dispatcher, text)
    return [
        SlotSet(SEARCH_QUERY, same.query.to_dict()),
        SlotSet(CURRENT_PRODUCT, None),
        ShownResults.of(same).slot(),
    ]
