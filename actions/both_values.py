""" "I'm a women's 8 normally but sometimes 8.5 in sandals, does that one come in both?": two sizes
(or two colours) said, and "both" asked of the product looked at or of the list on screen. Each
product gets an answer for each of them, never the general size guide (stranger test 53,
docs/nlu/stranger-test-53.md, worst problem 5)."""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.availability_replies import each_of_two_text
from actions.base import Events
from actions.conversation import CURRENT_PRODUCT, ShownResults, latest_entities, opened_last
from commerce.products import check_variant
from commerce.sizes import size_query_key

# "come in both", "have both", "in either", "both sizes": the values said, each asked about.
_BOTH = re.compile(r"\b(?:both|either)\b")
# Shoe and dress sizes said bare beside one the extractor found ("8 normally but sometimes 8.5"):
# a whole or half number, never a price, a time or a count of days.
_BARE_SIZE = re.compile(
    r"(?<![\d$.,])\b(\d{1,2}(?:\.5)?)\b(?![.,]?\d|\s*(?:%|\$|dollars|pm|am|days?|weeks?|hours?))"
)


def _values_said(tracker: Tracker) -> tuple[str, list[str]] | None:
    """("size", its keys) or ("colour", the colours) when the message says two or more of one."""
    entities = latest_entities(tracker)
    said = entities.get("size", []) + _BARE_SIZE.findall(tracker.latest_message.get("text") or "")
    sizes = list(dict.fromkeys(filter(None, map(size_query_key, said))))
    if len(sizes) > 1:
        return "size", sizes
    colours = list(dict.fromkeys(entities.get("colour", [])))
    if len(colours) > 1:
        return "colour", colours
    return None


def answer_for_both(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """Whether the product opened last (else each of those on screen, else the one in focus)
    comes in each of the sizes or colours said; None unless "both" or "either" asks it of two."""
    text = (tracker.latest_message.get("text") or "").lower()
    said = _values_said(tracker)
    if not _BOTH.search(text) or said is None:
        return None
    focus = tracker.get_slot(CURRENT_PRODUCT)
    shown = ShownResults.from_tracker(tracker).handles
    handles = [focus] if focus and (opened_last(tracker) or not shown) else list(shown)
    if not handles:
        return None
    name, values = said
    answers = []
    for handle in handles:
        checks = [check_variant(session, handle, **{name: value}) for value in values]
        if all(checks):
            answers.append(checks)
    if not answers:
        return None
    dispatcher.utter_message(text=each_of_two_text(answers))
    return []
