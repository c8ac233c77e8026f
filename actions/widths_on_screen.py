""" "Any of these come in wide fit?? my feet r wide af" under a list of boots, heard as a size-guide
question (docs/nlu/stranger-test-77.md, A2): the size chart said nothing about widths. Which of
those on screen the catalog describes as suiting a wide foot (the lexicon's "wide fit" feature),
and, when none is, those of the kind asked for (else any shoes) it does, in the size searched."""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.base import Events
from actions.conversation import CURRENT_PRODUCT, ShownResults, current_query, latest_entities
from actions.replies import kind_words
from actions.size_advice_replies import widths_shown_text
from commerce.search import ProductQuery, find_products

_WIDE_FIT = "wide fit"
# "any of these", "do they", "are any of them", "those": the products on screen, not one.
_THOSE_SHOWN = re.compile(r"\b(?:these|those|them|they|any|em|ones)\b")


def answer_width_of_those_shown(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """Which products on screen are described as wide fit; None unless the message asks about a
    wide fit (and names no kind, product or size) of a list on screen, none of it in focus."""
    entities = latest_entities(tracker)
    text = str(tracker.latest_message.get("text") or "").lower()
    shown = ShownResults.from_tracker(tracker)
    if (
        _WIDE_FIT not in (entities.get("feature") or [])
        or entities.keys() & {"category", "product", "product_handle", "size"}
        or not shown.handles
        or (tracker.get_slot(CURRENT_PRODUCT) and not _THOSE_SHOWN.search(text))
    ):
        return None
    on_screen = find_products(
        session, ProductQuery(features=(_WIDE_FIT,)), limit=len(shown.handles),
        only_handles=shown.handles,
    )  # fmt: skip
    wide = {match.handle for match in on_screen.matches}
    titles = {match.handle: match.title for match in _shown(session, shown.handles)}
    query = current_query(tracker)
    kind = (shown.query or {}).get("category") or query.category or "shoes"
    elsewhere, elsewhere_kind = [], kind
    if not wide:
        for elsewhere_kind in dict.fromkeys((kind, "shoes")):
            wanted = ProductQuery(
                category=elsewhere_kind, features=(_WIDE_FIT,), gender=query.gender, size=query.size
            )
            if found := find_products(session, wanted, limit=3).matches:
                elsewhere = [match.title for match in found]
                break
    dispatcher.utter_message(
        text=widths_shown_text(
            kind_words(kind) or kind,
            [titles[h] for h in shown.handles if h in wide and h in titles],
            [titles[h] for h in shown.handles if h not in wide and h in titles],
            elsewhere,
            kind_words(elsewhere_kind) or elsewhere_kind,
        )
    )
    return []


def _shown(session: Session, handles: list[str]):
    """The products on screen, as result lines (their titles)."""
    return find_products(session, ProductQuery(), limit=len(handles), only_handles=handles).matches
