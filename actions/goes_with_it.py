""" "A shirt that goes with it" gets the shirts that go with the product looked at, or with those
on screen ("it" after a list of suits), by the shop owner's pairing rules (commerce/recommend/
outfits.py) and for the occasion said earlier, instead of a plain search for shirts (stranger test
22, docs/nlu/stranger-test-22.md)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions import recommendation_replies as wording
from actions.bag_replies import ONLY_SHOULDER_BAGS
from actions.bags_carrying import tell_what_fits_in_bags_listed
from actions.base import Events
from actions.conversation import CURRENT_PRODUCT, ShownResults, current_query
from actions.goes_with_wishes import ordered_by_wishes, wishes_of, with_feature_wished
from actions.personal_search import remember_own_size
from actions.picked_by_place import picked_to_go_with
from actions.shared_answers import (
    EACH_OF_SEVERAL,
    OUTFIT_SIZE,
    quietly_ordered,
    shopper_sizes_now,
    show_suggestions,
)
from commerce.models import Product
from commerce.profiles import says_own_size
from commerce.recommend import Anchor, complete_the_look
from commerce.search import ProductQuery, category_types
from commerce.sizes import key_of_label, size_query_key
from shop_nlu.extraction_context import OWNED_ROLE
from shop_nlu.low_heels import wants_low_heels
from shop_nlu.small_bags import wants_small_bag

# "goes with it", "to go with the suit", "that matches this", "to wear with them", "go w it".
_WITH_IT = re.compile(
    r"\b(?:go(?:es)?|going|match(?:es)?|wear|pair(?:s)?)\s+(?:well\s+)?(?:with\s+|w/\s*|w\s+)?"
    r"(?P<anchor>it|this|that|them|these|those|the\s+\w+|my\s+\w+)\b"
)
# "need shoes for it too": for the product in focus ("shoes for the party" is a search).
_FOR_IT = re.compile(r"\bfor\s+(?P<anchor>it)\b")
# "any shoes to match?": with what is looked at, said at the end of the message.
_TO_MATCH = re.compile(r"\b(?:to|that)\s+match\b(?!\s+(?:it|this|that|them|these|those|the|my)\b)")
# "does the belt go with the shoes?": whether two go together (`answer_goes_together`).
_YES_NO = re.compile(r"^\W*(?:does|do|will|would|is|are|can|could|should|did)\b")
# Entities that make it a search of that kind: "a black tie to go with it".
_NARROWING = frozenset(
    {"colour", "size", "price_max", "price_min", "brand", "features", "material"}
)
# Those on screen an "it" may stand for: the first page.
_ON_SCREEN = 3
# Shoes looked at for "nothing too high", before the lowest are kept.
_LOW_HEELS_POOL = 16
_PRONOUNS = frozenset({"it", "this", "that", "them", "these", "those"})
# "a bag to go with them" after the shoes that go with a dress: with those shoes, not the dress.
_PLURAL = frozenset({"them", "these", "those"})
_RIGHT_AFTER = re.compile(r"^\s+(?:[a-z][a-z-]*\s+)?$")  # (not "it - low heels")
# "I'm a 10.5 in shoes": between a size and the kind it is the size of.
_SIZE_IN_KIND = re.compile(r"^\s*(?:in|for)\s+(?:my\s+|your\s+|the\s+)?$")


def sizes_said_in_kinds(text: str, entities: list[dict]) -> dict[int, tuple[str, str]]:
    """{id of a size entity: (kind, size)} for each size said as a kind's own ("a 10.5 in shoes")."""
    kinds = [e for e in entities if e.get("entity") == "category" and e.get("start") is not None]
    found = {}
    for size in (e for e in entities if e.get("entity") == "size" and e.get("end") is not None):
        for kind in kinds:
            if kind["start"] >= size["end"] and _SIZE_IN_KIND.match(
                text[size["end"] : kind["start"]]
            ):
                found[id(size)] = (str(kind["value"]), str(size["value"]))
    return found


def kind_sizes(said: Iterable[tuple[str, str]]) -> dict[str, str]:
    """{product type: size key} for sizes said as a kind's own, as `shopper_sizes` keys them."""
    return {
        kind_type: key_of_label(size) for kind, size in said for kind_type in category_types(kind)
    }


def _anchor_said(text: str) -> tuple[str, int, int] | None:
    """(the word for what a kind goes with, where it starts, where it ends): "it" in "to go with
    it", "for it"; at the end of "any shoes to match?"; None when nothing is said to go with."""
    said = _WITH_IT.search(text) or _FOR_IT.search(text)
    if said:
        return said.group("anchor"), said.start("anchor"), said.end("anchor")
    if _TO_MATCH.search(text):
        return "it", len(text), len(text)
    return None


def _types(session: Session, handles: list[str]) -> dict[str, str]:
    rows = session.execute(
        select(Product.handle, Product.product_type).where(Product.handle.in_(handles))
    )
    return {handle: (kind or "").lower() for handle, kind in rows}


def answer_kind_goes_with_it(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """The products of the kind asked for that go with the product in focus (else those on
    screen); None when the message asks for no kind to go with something looked at."""
    text = (tracker.latest_message.get("text") or "").lower()
    with_it = _anchor_said(text)
    if not with_it or _YES_NO.search(text):
        return None
    anchor, anchor_start, anchor_end = with_it
    # "she has plenty of black heels, maybe a bag": what they have is neither asked for nor a
    # narrowing of the bag (stranger test 45).
    # "a bow tie rather than a normal tie": a kind ruled out is not asked for either ("no pink
    # shirts" still narrows: a search's, stranger test 57).
    entities = [
        e
        for e in tracker.latest_message.get("entities") or []
        if e.get("role") != OWNED_ROLE
        and not (e.get("role") == "excluded" and e.get("entity") == "category")
    ]
    named = [e for e in entities if e.get("entity") == "category"]
    # "what bag would go with the dress": the dress is what it goes with, not the kind asked for;
    # "what goes with it? I need a bow tie": "it" names none, the kinds after it are asked for.
    pronoun = anchor in _PRONOUNS
    anchored = [
        e
        for e in named
        if (e.get("start") or -1) >= anchor_start
        # "with this dress", "with these black shoes": the word after the pronoun is the anchor.
        and (not pronoun or _RIGHT_AFTER.match(text[anchor_end : e["start"]]))
    ]
    kinds = [str(e["value"]) for e in named if e not in anchored]
    # "I'm a 10.5 in shoes": that size is the shoes' own, no narrowing of the other kinds.
    own_sizes = sizes_said_in_kinds(text, entities)
    if says_own_size(text) and len(set(kinds)) == 1:  # "I'm a 7": of the one kind asked for
        sizes = [e for e in entities if e.get("entity") == "size" and id(e) not in own_sizes]
        own_sizes |= {id(e): (kinds[0], str(e["value"])) for e in sizes}
    # "a black tie to go with it": a search of that kind in that colour (or size, or price).
    if not kinds or any(e.get("entity") in _NARROWING and id(e) not in own_sizes for e in entities):
        return None
    focus = tracker.get_slot(CURRENT_PRODUCT)
    screen = ShownResults.from_tracker(tracker)
    # After the shoes that go with the dress, none chosen: "a bag to go with it" is the dress's.
    # "the first dress is lovely! what boots go with it?": that dress, not all three on screen.
    chosen = picked_to_go_with(tracker, session) or focus
    chosen = chosen or (screen.goes_with if anchor not in _PLURAL else None)
    if not chosen and not _WITH_IT.search(text):
        return None  # "a shirt and tie to match", nothing chosen: they match each other
    candidates = [chosen] if chosen else screen.handles[:_ON_SCREEN]
    types = _types(session, [h for h in candidates if h])
    anchor_types = {t for e in anchored for t in category_types(str(e["value"]))}
    if anchor_types and not anchor_types & set(types.values()):
        return None  # "with the dress" opened earlier, shoes on screen: the outfit action's
    # "what tie and shirt would go w it": each kind asked for, in one answer (stranger test 23).
    wanted = [
        kind for kind in dict.fromkeys(kinds) if not set(types.values()) & category_types(kind)
    ]
    if not wanted:
        return None
    asked = frozenset().union(*(category_types(kind) for kind in wanted))
    anchors = [Anchor(h) for h in candidates if h in types and types[h] not in asked]
    if not anchors:
        return None
    query = current_query(tracker)
    limit = EACH_OF_SEVERAL * len(wanted) if len(wanted) > 1 else OUTFIT_SIZE
    # "Nothing too high, my knees won't have it", "a little bag": more looked at, those kept.
    wishes = wishes_of(text, asked, entities)
    outfit = complete_the_look(
        session,
        anchors,
        sizes=shopper_sizes_now(tracker, session) | kind_sizes(own_sizes.values()),
        limit=_LOW_HEELS_POOL * len(wanted) if wishes.any else limit,
        only_kind=wanted if len(wanted) > 1 else wanted[0],
        occasions=query.occasions,
    )
    if not outfit.suggestions:
        return None
    for kind, size in own_sizes.values():  # "I'm a 10.5 in shoes": kept, and said so
        remember_own_size(dispatcher, session, tracker, size_query_key(size), kind)
    if wishes.any:  # each kind in the order said, the shoes lowest first, the bags small
        outfit = ordered_by_wishes(session, outfit, wanted, wishes, EACH_OF_SEVERAL, limit)
    outfit, quiet = quietly_ordered(session, outfit, text)  # "not too loud": plain ones first
    gender = session.scalar(select(Product.gender).where(Product.handle == anchors[0].handle))
    who = gender if gender in ("male", "female") else None
    # ("shiny black ones" next refines the one kind asked for; of several, none is the search)
    kind = wanted[0] if len(wanted) == 1 else None
    result = dataclasses.replace(outfit.as_result(), query=ProductQuery(category=kind, gender=who))
    events = show_suggestions(
        dispatcher,
        result,
        wording.outfit_text(outfit, quiet=quiet, lowest_heels=wishes.low_heels, kinds=wanted),
        goes_with=anchors[0].handle if len(anchors) == 1 else None,
    )
    if featured := with_feature_wished(session, outfit, entities):  # "maybe velvet ones"
        dispatcher.utter_message(
            text=wording.feature_wished_text(*featured[:1], wanted[0], featured[1])
        )
    # "a bag that goes on the shoulder and fits a tablet" (stranger test 90, B3)
    if wishes.shoulder_bags:
        dispatcher.utter_message(response=ONLY_SHOULDER_BAGS)
    shown = [suggestion.match.handle for suggestion in outfit.suggestions]
    tell_what_fits_in_bags_listed(dispatcher, session, text, shown)
    return events


def answer_kind_goes_with_those_shown(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """`answer_kind_goes_with_it` when nothing is in focus ("it" after a list of suits); with a
    product in focus, "what goes with it" answers that (`ActionSuggestOutfit`)."""
    if tracker.get_slot(CURRENT_PRODUCT):
        return None
    return answer_kind_goes_with_it(dispatcher, tracker, session)


def answer_goes_with_wishes(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """ "What would go with it? low shoes and a little bag": the kinds asked for that go with the
    product looked at, each in its own order (`ordered_by_wishes`); None without such a wish."""
    text = tracker.latest_message.get("text") or ""
    said = tracker.latest_message.get("entities") or []
    feature = any(e.get("entity") == "feature" and not e.get("role") for e in said)
    if not (wants_low_heels(text) or wants_small_bag(text) or feature):
        return None
    return answer_kind_goes_with_it(dispatcher, tracker, session)
