""" "The cheaper one of those please, in size 7, and can you add both the dress and the shoes to my
cart?" (stranger test 87, docs/nlu/stranger-test-87.md, B4), said with flats on screen "to go
with" the dress opened, got "the Harriet isn't made in size 7" and "which shoes do you mean?".
Right: "the cheaper one of those" is the cheapest of the list on screen (the shoes), and the size
and colour said with it, before any kind is named, are that list's, never the dress's. Adding each
kind itself: actions/adding.py (`add_each_kind`); the words: shop_nlu/cheaper_of_those.py."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.conversation import ShownResults
from commerce.products import product_details
from commerce.search import category_types
from shop_nlu.cart_picks import price_pick_of_kind
from shop_nlu.cheaper_of_those import price_end_of_those


def price_end_meant(tracker: Tracker, kind: str, picked: list[str]) -> str | None:
    """Which end of the prices of `picked` (the products of `kind` the shopper may mean) the
    message picks: "low" for "the cheaper belt", or for "the cheaper one of those" when they are
    the list on screen; "high" for the pricier; None when it picks none by price."""
    text = tracker.latest_message.get("text") or ""
    if end := price_pick_of_kind(text, kind):
        return end
    shown = ShownResults.from_tracker(tracker).handles
    if len(shown) > 1 and set(picked) <= set(shown):
        return price_end_of_those(text)
    return None


def said_of_those(
    tracker: Tracker, session, kinds: list[str], said: dict[str, dict[str, str]]
) -> dict[str, dict[str, str]]:
    """`said` (the size and colour said with each kind, those said before any kind given to the
    first) with those said before any kind given instead to the kind of the list on screen, when
    the message picks one of "those" by its price before naming a kind ("the cheaper one of
    those, in size 7, ... the dress and the shoes": 7 is the shoes')."""
    text = tracker.latest_message.get("text") or ""
    named = _kinds_said(tracker)
    if len(named) < 2 or price_end_of_those(_before_the_kinds(tracker, text)) is None:
        return said
    first = named[0][1]
    listed = _kind_of_the_list(tracker, session, kinds)
    if listed is None or listed == first:
        return said
    moved = {kind: dict(details) for kind, details in said.items()}
    for entity in tracker.latest_message.get("entities") or []:
        name, value = entity.get("entity"), entity.get("value")
        if name not in ("size", "colour") or entity.get("role") or value is None:
            continue
        if int(entity.get("start") or 0) >= named[0][0]:
            continue  # said after a kind: that kind's
        if moved.get(first, {}).get(name) == str(value):
            del moved[first][name]
        moved.setdefault(listed, {}).setdefault(name, str(value))
    return moved


def _kinds_said(tracker: Tracker) -> list[tuple[int, str]]:
    """The kinds the latest message names, with where each starts, in the order said."""
    found = [
        (int(entity["start"]), str(entity["value"]))
        for entity in tracker.latest_message.get("entities") or []
        if entity.get("entity") == "category" and entity.get("start") is not None
    ]
    return sorted(found)


def _before_the_kinds(tracker: Tracker, text: str) -> str:
    """The words of the message before the first kind it names (all of it when it names none)."""
    named = _kinds_said(tracker)
    return text[: named[0][0]] if named else text


def _kind_of_the_list(tracker: Tracker, session, kinds: list[str]) -> str | None:
    """Which of `kinds` the products on screen all are ("shoes" for four flats), if one is."""
    types = {
        details.product_type.lower()
        for handle in ShownResults.from_tracker(tracker).handles
        if (details := product_details(session, handle)) is not None
    }
    return next((kind for kind in kinds if types and types <= category_types(kind)), None)
