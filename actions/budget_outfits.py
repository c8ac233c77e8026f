"""A whole outfit within a total budget: "need an outfit for an interview, 300 max for everything"
gets an outfit whose pieces together fit the amount (commerce/recommend/budget_outfit.py), or
honestly the closest, instead of a search with the amount as a limit per item; a day said in the
same message ("by thursday") gets the delivery line (stranger test 22, docs/nlu/stranger-test-22.md).
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from decimal import Decimal, InvalidOperation

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import budget_outfit_replies as wording
from actions.base import Events
from actions.conversation import latest_entities, own_gender_said, query_changes
from actions.order_replies import needed_by_note
from actions.routing import show_suggestions
from commerce.recommend.budget_outfit import outfits_within
from shop_nlu.dates import leaves_on, needed_by

# "an outfit", "the whole look", "head to toe": a whole outfit, not one piece.
_OUTFIT = re.compile(r"\b(?:outfits?|(?:whole|full|complete) look|head to toe)\b")
# "for everything", "in total", "all in", "for the whole thing": the amount is for all of it.
_TOTAL = re.compile(
    r"\b(?:for (?:everything|it all|all of it|the lot)|in total|total|all in|all together|"
    r"altogether|overall|(?:whole|entire) (?:thing|outfit|lot))\b"
)
_AMOUNT = re.compile(r"\$?\s?(\d{2,5}(?:\.\d\d)?)(?!\s*(?:th|st|nd|rd)\b)")
_HIM = re.compile(r"\b(?:mens|men's|man|guy|male|him|his|husband|boyfriend|son|dad|lad)\b")
_HER = re.compile(
    r"\b(?:womens|women's|woman|ladies|lady|female|her|wife|girlfriend|daughter|mum|mom)\b"
)


# "whats the total for the outfit", "how much would it all come to": a question about a total.
_ASKS_TOTAL = re.compile(r"\bwhat'?s the total\b|\bhow much (?:is|would|does|will|do)\b")


def asks_for_outfit_on_budget(text: str) -> bool:
    """Whether the shopper asks for a whole outfit with a budget for all of it."""
    lowered = text.lower()
    return bool(
        _OUTFIT.search(lowered)
        and _TOTAL.search(lowered)
        and _AMOUNT.search(lowered)
        and not _ASKS_TOTAL.search(lowered)
    )


def _budget(tracker: Tracker, text: str) -> Decimal | None:
    said = query_changes(latest_entities(tracker)).get("price_max")
    if said is not None:
        return Decimal(str(said))
    match = _AMOUNT.search(text.lower())
    try:
        return Decimal(match.group(1)) if match else None
    except InvalidOperation:
        return None


def _genders(tracker: Tracker, text: str) -> tuple[str, ...]:
    said = query_changes(latest_entities(tracker)).get("gender")
    if said in ("male", "female"):
        return (said,)
    lowered = text.lower()
    him, her = bool(_HIM.search(lowered)), bool(_HER.search(lowered))
    if him != her:
        return ("male",) if him else ("female",)
    own = own_gender_said(tracker)
    return (own,) if own in ("male", "female") else ("male", "female")


def answer_outfit_on_budget(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """The outfit within the total, with the delivery line for a day said; None when the message
    asks for no whole outfit on a total budget."""
    text = tracker.latest_message.get("text") or ""
    if not asks_for_outfit_on_budget(text) or (budget := _budget(tracker, text)) is None:
        return None
    occasions = tuple(query_changes(latest_entities(tracker)).get("occasions") or ())
    outfits = outfits_within(session, budget, _genders(tracker, text), occasions)
    result = wording.outfit_result(outfits)
    events = show_suggestions(
        dispatcher, result, wording.budget_outfit_text(outfits, occasions[0] if occasions else None)
    )
    today = datetime.now(timezone.utc).date()
    # "an interview thursday, need an outfit": the day it is needed by.
    if needed := needed_by(text, today):
        leaving = leaves_on(text, needed, today)
        dispatcher.utter_message(text=needed_by_note(needed, today, leaving))
    return events
