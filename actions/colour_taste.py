"""A colour said as the person's taste ("he likes black stuff", "all black everything", "his
favourite colour is navy") carries into the next searches for them until another colour is named
(stranger test 22, docs/nlu/stranger-test-22.md)."""

from __future__ import annotations

import re

from rasa_sdk import Tracker

# "likes", "loves", "only wears", "is into", "favourite colour", "all black everything".
_TASTE = re.compile(
    r"\b(?:likes?|loves?|into|prefers?|only wears?|always wears?|wears? a lot of|"
    r"favou?rite colou?r|fave colou?r|all \w+ everything|everything \w+)\b"
)


def taste_colour(tracker: Tracker) -> str | None:
    """The colour the shopper said was the person's taste in an earlier message, when no colour
    was named since; None otherwise."""
    for event in _earlier(tracker):
        entities = (event.get("parse_data") or {}).get("entities") or []
        colours = [
            str(e["value"]) for e in entities if e.get("entity") == "colour" and not e.get("role")
        ]
        if not colours:
            continue
        # The latest colour named decides: a taste, or a colour for one search ("navy jacket").
        return colours[0] if _TASTE.search((event.get("text") or "").lower()) else None
    return None


def _earlier(tracker: Tracker):
    messages = (event for event in reversed(tracker.events or []) if event.get("event") == "user")
    next(messages, None)  # the latest: what is being answered now
    yield from messages
