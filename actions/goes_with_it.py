""" "A shirt that goes with it" gets the shirts that go with the product looked at, or with those
on screen ("it" after a list of suits), by the shop owner's pairing rules (commerce/recommend/
outfits.py) and for the occasion said earlier, instead of a plain search for shirts (stranger test
22, docs/nlu/stranger-test-22.md)."""

from __future__ import annotations

import dataclasses
import re

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions import recommendation_replies as wording
from actions.base import Events
from actions.conversation import CURRENT_PRODUCT, ShownResults, current_query
from actions.shared_answers import (
    EACH_OF_SEVERAL,
    OUTFIT_SIZE,
    quietly_ordered,
    shopper_sizes_now,
    show_suggestions,
)
from commerce.models import Product
from commerce.recommend import Anchor, complete_the_look
from commerce.search import ProductQuery, category_types

# "goes with it", "to go with the suit", "that matches this", "to wear with them", "go w it".
_WITH_IT = re.compile(
    r"\b(?:go(?:es)?|going|match(?:es)?|wear|pair(?:s)?)\s+(?:well\s+)?(?:with\s+|w/\s*|w\s+)?"
    r"(?P<anchor>it|this|that|them|these|those|the\s+\w+|my\s+\w+)\b"
)
# "does the belt go with the shoes?": whether two go together (`answer_goes_together`).
_YES_NO = re.compile(r"^\W*(?:does|do|will|would|is|are|can|could|should|did)\b")
# Entities that make it a search of that kind: "a black tie to go with it".
_NARROWING = frozenset(
    {"colour", "size", "price_max", "price_min", "brand", "features", "material"}
)
# Those on screen an "it" may stand for: the first page.
_ON_SCREEN = 3


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
    with_it = _WITH_IT.search(text)
    if not with_it or _YES_NO.search(text):
        return None
    entities = tracker.latest_message.get("entities") or []
    named = [e for e in entities if e.get("entity") == "category"]
    # "what bag would go with the dress": the dress is what it goes with, not the kind asked for.
    anchored = [e for e in named if (e.get("start") or -1) >= with_it.start("anchor")]
    kinds = [str(e["value"]) for e in named if e not in anchored]
    # "a black tie to go with it": a search of that kind in that colour (or size, or price).
    if not kinds or any(e.get("entity") in _NARROWING for e in entities):
        return None
    focus = tracker.get_slot(CURRENT_PRODUCT)
    shown = ShownResults.from_tracker(tracker).handles[:_ON_SCREEN]
    candidates = [focus] if focus else shown
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
    outfit = complete_the_look(
        session,
        anchors,
        sizes=shopper_sizes_now(tracker, session),
        limit=EACH_OF_SEVERAL * len(wanted) if len(wanted) > 1 else OUTFIT_SIZE,
        only_kind=wanted if len(wanted) > 1 else wanted[0],
        occasions=query.occasions,
    )
    if not outfit.suggestions:
        return None
    outfit, quiet = quietly_ordered(session, outfit, text)  # "not too loud": plain ones first
    gender = session.scalar(select(Product.gender).where(Product.handle == anchors[0].handle))
    who = gender if gender in ("male", "female") else None
    # ("shiny black ones" next refines the one kind asked for; of several, none is the search)
    kind = wanted[0] if len(wanted) == 1 else None
    result = dataclasses.replace(outfit.as_result(), query=ProductQuery(category=kind, gender=who))
    return show_suggestions(dispatcher, result, wording.outfit_text(outfit, quiet=quiet))


def answer_kind_goes_with_those_shown(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """`answer_kind_goes_with_it` when nothing is in focus ("it" after a list of suits); with a
    product in focus, "what goes with it" answers that (`ActionSuggestOutfit`)."""
    if tracker.get_slot(CURRENT_PRODUCT):
        return None
    return answer_kind_goes_with_it(dispatcher, tracker, session)
