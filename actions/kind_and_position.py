""" "Please add the dress in medium to my cart, and the second one of those in size 8 too. What's
the total with express shipping, and will it arrive before I fly out on December 9th?" (stranger
test 92, docs/nlu/stranger-test-92.md, B4): a kind named ("the dress": the one opened) and a
product by its place in the list ("the second one of those"), each with its own size. The place
was read as the only product meant, past a list of one: "I don't see that number in the list",
the dress dropped. Right: the place is read as that product named, so both go in as "the dress
and the Marisol sandal" would (actions/adding.py), then the total and the arrival when asked
(actions/adds_with_total.py)."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.add_with_questions import asks_to_add_to_the_cart, days_not_places
from actions.adds_with_total import answer_adds_with_total
from actions.base import Events, shop_action_named
from actions.conversation import ShownResults, ordinal_of_kind
from actions.conversation.picking import by_position
from commerce.products import product_details


def answer_kind_and_one_by_place(dispatcher, tracker: Tracker, session) -> Events | None:
    """Both added (and the total asked, with its arrival); None unless the message asks to add
    one kind named and one product by its place alone, outside a form or a checkout."""
    text = tracker.latest_message.get("text") or ""
    if not asks_to_add_to_the_cart(tracker, text):
        return None
    tracker = days_not_places(tracker, text)  # "before I fly out on the 9th": a day
    entities = tracker.latest_message.get("entities") or []
    places = [entity for entity in entities if entity.get("entity") == "ordinal"]
    kinds = {str(entity.get("value")) for entity in entities if entity.get("entity") == "category"}
    if (
        len(places) != 1
        or len(kinds) != 1
        or places[0].get("start") is None
        or any(entity.get("entity") in ("product", "product_handle") for entity in entities)
        or ordinal_of_kind(tracker) is not None  # "the second dress": the dresses' second
    ):
        return None
    meant = by_position(str(places[0]["value"]), ShownResults.from_tracker(tracker)).handle
    details = product_details(session, meant) if meant else None
    kind = details.product_type.strip().lower() if details else ""
    if details is None or kind in kinds:
        return None
    place = places[0]
    named = [  # "the second one of those" read as "the Marisol Strappy Sandal sandals"
        {"entity": "product", "value": details.title, "start": place["start"], "end": place["end"]},
        {"entity": "category", "value": kind, "start": place["end"], "end": place["end"]},
    ]
    copy = tracker.copy()
    copy.latest_message = {
        **tracker.latest_message,
        "entities": [entity for entity in entities if entity is not place] + named,
    }
    asked = answer_adds_with_total(dispatcher, copy, session)
    if asked is not None:
        return asked
    return shop_action_named("action_add_to_cart").perform(dispatcher, copy, {}, session)
