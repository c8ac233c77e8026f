"""Products listed above the list a reply ends with: "None of our sandals is all of that ... The
sandals we have: 1. 2. 3.", then "The nearest we have are flats: 1. Margot" (stranger test 92,
B3-B4). The list on screen stays the last one; the products above it are kept beside it, so "the
second one of those" past a list of one is the second sandal, not "that number isn't listed"."""

from __future__ import annotations

from rasa_sdk.events import SlotSet

from actions.base import Events
from actions.conversation import SHOWN_RESULTS
from commerce.search import SearchResult


def with_listed_above(events: Events, above: SearchResult | None) -> Events:
    """`events`, their list on screen keeping the products of `above` listed over it."""
    handles = [match.handle for match in above.matches] if above else []
    if not handles:
        return events
    return [
        SlotSet(SHOWN_RESULTS, {**event["value"], "listed_above": handles})
        if event.get("event") == "slot"
        and event.get("name") == SHOWN_RESULTS
        and isinstance(event.get("value"), dict)
        else event
        for event in events
    ]
