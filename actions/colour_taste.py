"""A colour said as the person's taste ("he likes black stuff", "all black everything", "his
favourite colour is navy") carries into the next searches for them until another colour is named
(stranger test 22, docs/nlu/stranger-test-22.md): every colour said ("navy or emerald green"),
never only the first. Said while one kind was searched ("she wears a small, likes navy or emerald
green" under prom dresses), it is that kind's colour: shoes to go with the dress are not narrowed
to it, unless the words say it is her colour for everything ("navy stuff", "all black
everything") (stranger test 25, docs/nlu/stranger-test-25.md)."""

from __future__ import annotations

import re

from rasa_sdk import Tracker

from actions.conversation import SEARCH_QUERY
from commerce.search import COLOUR_ALTERNATIVES

# "likes", "loves", "only wears", "is into", "favourite colour", "all black everything".
_TASTE = re.compile(
    r"\b(?:likes?|loves?|into|prefers?|only wears?|always wears?|wears? a lot of|"
    r"favou?rite colou?rs?|fave colou?rs?|all \w+ everything|everything \w+)\b"
)


# Words that make a taste the person's colour for anything, whatever kind was being searched.
_FOR_EVERYTHING = re.compile(
    r"\b(?:stuff|everything|clothes|clothing|things|outfits?|all \w+ everything)\b"
)


def taste_colour(tracker: Tracker, kind: str | None = None) -> str | None:
    """The colours ("navy|emerald") the shopper said were the person's taste in an earlier
    message, when no colour was named since and the taste holds for `kind`, the kind searched
    now; None otherwise."""
    events = list(tracker.events or [])
    for index in _earlier(events):
        event = events[index]
        entities = (event.get("parse_data") or {}).get("entities") or []
        colours = [
            str(e["value"]) for e in entities if e.get("entity") == "colour" and not e.get("role")
        ]
        if not colours:
            continue
        # The latest colour named decides: a taste, or a colour for one search ("navy jacket").
        text = (event.get("text") or "").lower()
        if not _TASTE.search(text):
            return None
        then = _kind_searched_after(events, index)
        if then and then != kind and not _FOR_EVERYTHING.search(text):
            return None  # the dress's colours, said under dresses: not the shoes'
        return COLOUR_ALTERNATIVES.join(dict.fromkeys(colours))
    return None


def _earlier(events: list[dict]):
    """The indexes of the shopper's messages before the latest one, the latest first."""
    messages = (i for i in reversed(range(len(events))) if events[i].get("event") == "user")
    next(messages, None)  # the latest: what is being answered now
    yield from messages


def _kind_searched_after(events: list[dict], index: int) -> str | None:
    """The kind of the search in effect once the message at `index` was answered."""
    query = None
    for event in events[:index]:
        if event.get("event") == "slot" and event.get("name") == SEARCH_QUERY:
            query = event.get("value")
    for event in events[index + 1 :]:
        if event.get("event") == "user":
            break
        if event.get("event") == "slot" and event.get("name") == SEARCH_QUERY:
            query = event.get("value")
    return (query or {}).get("category")
