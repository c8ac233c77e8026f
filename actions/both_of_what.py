""" "Add both" when the two on screen are not clearly the two meant (stranger test 85, A5,
docs/nlu/stranger-test-85.md): black ties listed, then two suits, "the cheaper one" opened the
Hanover, and "add both to cart pls" put both suits in the cart ($888 on a $500 budget) when the
shopper meant the suit and a tie. With one of the two picked and a list of another kind shown
before, "both" asks which: the one picked and one of the other kind, or both on screen."""

from __future__ import annotations

import json

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from actions.base import Events
from actions.conversation import (
    SHOWN_RESULTS,
    latest_entities,
    opened_products,
    several_meant,
    the_several,
    which_one_buttons,
)
from actions.conversation.screen import CURRENT_PRODUCT, ShownResults
from actions.reference_replies import both_of_what_text
from commerce.models import Product


def _earlier_list_of_another_kind(tracker: Tracker, shown: ShownResults) -> dict | None:
    """The query of the latest list shown before the one on screen whose kind is another one
    (the ties before the suits), when none of its products was opened; None if there is none."""
    kind = (shown.query or {}).get("category")
    for event in reversed(tracker.events or []):
        value = event.get("value") if event.get("event") == "slot" else None
        if event.get("name") != SHOWN_RESULTS or not isinstance(value, dict):
            continue
        handles, query = value.get("handles") or [], value.get("query") or {}
        if not handles or set(handles) & set(shown.handles):
            continue
        other = query.get("category")
        if not other or not kind or str(other).lower() == str(kind).lower():
            return None
        if set(handles) & set(opened_products(tracker)):
            return None  # a tie opened: "both" is it and the suit (the_several's `opened_lately`)
        return query
    return None


def answer_both_of_what(
    dispatcher: CollectingDispatcher, tracker: Tracker, session
) -> Events | None:
    """ "Add both" read as the two on screen while only one of them was picked (opened, the other
    never) and a list of another kind came before: nothing added, the question which two, with a
    button for each on screen and one that shows the other kind again. None (nothing said) when
    "both" is clear: the kind named ("both suits"), both opened, or no other kind listed."""
    if several_meant(tracker.latest_message.get("text") or "") != 2:
        return None
    meant = the_several(tracker, 2)
    shown = ShownResults.from_tracker(tracker)
    focus = tracker.get_slot(CURRENT_PRODUCT)
    said = latest_entities(tracker)
    if (
        len(meant) != 2
        or set(meant) != set(shown.handles)
        or focus not in meant
        or said.keys() & {"category", "product", "product_handle"}
        or any(handle in opened_products(tracker) for handle in meant if handle != focus)
    ):
        return None
    earlier = _earlier_list_of_another_kind(tracker, shown)
    if earlier is None:
        return None
    title = session.scalar(select(Product.title).where(Product.handle == focus))
    other_kind = str(earlier["category"])
    search = {k: earlier[k] for k in ("category", "colour") if earlier.get(k)}
    buttons = which_one_buttons(tracker, session, [focus, *[h for h in meant if h != focus]])
    buttons.append(
        {"title": other_kind.title(), "payload": "/search_products" + json.dumps(search)}
    )
    kind = str(shown.query.get("category") or "")
    dispatcher.utter_message(text=both_of_what_text(title, other_kind, kind), buttons=buttons)
    return []
