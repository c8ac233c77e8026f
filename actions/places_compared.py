"""Two places of the list on screen compared by price, with a size asked of one of them beside it:
"Oh those look nice. Which of them is cheaper, the first or the second? And does the cheaper one
come in a 14 as well?" got the fallback (stranger test 82, docs/nlu/stranger-test-82.md, B2).

The comparison is the one "which is cheaper, the first or the second?" gets from the comparison
action (the cheaper named first, with both prices, then the table), whichever intent the
classifier heard; the size is then answered for the one asked of, as "does it come in a 14" is
(a US dress size read as the catalog's letter, from stock). The reading is
shop_nlu/places_compared.py's; listed in the `gives_way_to` of the actions such a message reaches.
"""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import recommendation_replies as wording
from actions.arrival_before_ordering import stock_and_arrival_answer
from actions.base import Events
from actions.conversation import CURRENT_PRODUCT, ShownResults, compared_slot
from actions.conversation.picking import by_position
from commerce.products import product_details
from commerce.recommend import compare_products
from commerce.recommend.compare import Comparison
from shop_nlu.places_compared import places_compared, size_asked_of

# What a size question beside the comparison may ask about the one it names.
_ASKED_IN = ("size", "colour")


def answer_places_compared(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> Events | None:
    """The two places named compared by price ("The Vivienne Velvet Dress is cheaper: $109.00,
    against $189.00 for the Rosalie Tea Dress.", then the table), and, when the message goes on
    to ask whether one of them comes in a size or colour, that answer for it, in focus so that
    "it" then means it. None (nothing said) when the message compares no two places of the list
    on screen, or names a place the list hasn't."""
    text = tracker.latest_message.get("text") or ""
    compared = places_compared(text)
    if compared is None:
        return None
    shown = ShownResults.from_tracker(tracker)
    handles = [by_position(place, shown).handle for place in compared.places]
    if None in handles or handles[0] == handles[1]:
        return None
    comparison = compare_products(session, handles)
    if len(comparison.sides) < 2:
        return None
    dispatcher.utter_message(
        text=wording.comparison_text(comparison, compared.asked),
        buttons=wording.comparison_buttons(comparison),
    )
    events: Events = [compared_slot(tracker, [side.details.handle for side in comparison.sides])]
    asked_of = size_asked_of(text, compared.end)
    said_after = [
        entity
        for entity in tracker.latest_message.get("entities") or []
        if entity.get("entity") in _ASKED_IN and (entity.get("start") or 0) >= compared.end
    ]
    if asked_of is None or not said_after:
        return events
    for handle in _meant(comparison, compared.asked, asked_of, shown):
        details = product_details(session, handle)
        if details is None:
            continue
        focused = tracker.copy()
        focused.slots[CURRENT_PRODUCT] = handle
        focused.latest_message = {**tracker.latest_message, "entities": said_after}
        events += [SlotSet(CURRENT_PRODUCT, handle)]
        events += stock_and_arrival_answer(dispatcher, focused, session, details)
    return events


def _meant(comparison: Comparison, asked: str, asked_of: str, shown: ShownResults) -> list[str]:
    """The products the size question means: the cheaper or the dearer one ("pick" the one the
    comparison named, "other" the one it didn't), or one by its place; both when they cost the
    same and it asks by price."""
    handles = [side.details.handle for side in comparison.sides]
    if asked_of not in ("cheaper", "pricier", "pick", "other"):
        handle = by_position(asked_of, shown).handle
        return [handle] if handle else []
    if asked_of in ("pick", "other"):
        named = "cheaper" if asked == "cheaper" else "pricier"
        asked_of = named if asked_of == "pick" else ({"cheaper", "pricier"} - {named}).pop()
    side = comparison.cheapest if asked_of == "cheaper" else comparison.dearest
    return [side.details.handle] if side is not None else handles
