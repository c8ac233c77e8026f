"""A shade asked of "it" under a list, none opened: "does it come in lite blue" under three white
shirts (stranger test 86, A3; 87, B2). No product on screen is listed as light blue (the catalog
names no shades), so the message was "None of the products on screen fits that"; "in blue" picks
the one shown in blue. Now the shade picks as its plain colour would, and that product's answer
says it comes in Blue and that the catalog doesn't say which shade (actions/shade_answers.py)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.arrival_before_ordering import stock_and_arrival_answer
from actions.base import Events
from actions.conversation import CURRENT_PRODUCT, ShownResults, latest_entities, resolve_product
from commerce.products import product_details
from commerce.shades import plain_colour_of
from shop_nlu.colour_questions import asks_if_made_in_colour


def answer_shade_of_one_shown(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """The stock answer of the product on screen that the message's shade picks as its plain
    colour would ("lite blue": the one shown in blue); None when a product is open, none is
    shown, the message asks nothing or says no light or dark shade, or it picks one as said."""
    colours = list(dict.fromkeys(latest_entities(tracker).get("colour") or []))
    if tracker.get_slot(CURRENT_PRODUCT) or not ShownResults.from_tracker(tracker).handles:
        return None
    text = tracker.latest_message.get("text") or ""
    if not (asks_if_made_in_colour(text) or text.rstrip().endswith("?")):
        return None  # "light blue" alone under a list: the list narrowed to it
    if len(colours) != 1 or not (plain := plain_colour_of(colours[0])):
        return None
    if resolve_product(tracker, session).problem != "no_such_one":
        return None
    as_plain = tracker.copy()
    as_plain.latest_message = {
        **tracker.latest_message,
        "entities": [
            {**e, "value": plain} if e.get("entity") == "colour" and not e.get("role") else e
            for e in tracker.latest_message.get("entities") or []
        ],
    }
    handle = resolve_product(as_plain, session).handle
    details = product_details(session, handle) if handle else None
    if details is None:
        return None
    events = stock_and_arrival_answer(dispatcher, tracker, session, details)
    return [SlotSet(CURRENT_PRODUCT, details.handle), *events]
