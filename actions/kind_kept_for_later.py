"""The kind a search left for later ("Let's start with the dress shoes; then ask me for the
handbags"), asked for at last ("ok now the handbag", "show me the bags"): searched as its button
would search it, with what was said of it then ("a handbag for myself, black or tan": black or
tan, hers, not his), never the kind alone (docs/nlu/stranger-test-78.md, B1, "Not done")."""

from __future__ import annotations

import json

from rasa_sdk import Tracker

from actions.conversation import SEARCH_QUERY, query_changes
from commerce.search import category_types

_SEARCH = "/search_products"
# The key in a bot message's metadata that marks the kinds it leaves for later (its buttons).
LEFT_FOR_LATER = "kinds_left_for_later"


def kept_for_the_kind(tracker: Tracker, changes: dict) -> dict:
    """`changes` (the search fields the latest message sets) with what was said earlier of the
    kind it names, when a search left that kind for later and it has not been searched since:
    its colour, size, features, occasion and whom it is for, each unless said again now."""
    kind = changes.get("category")
    said = _left_for_later(tracker, kind) if kind else None
    if said is None:
        return changes
    kept = query_changes(
        {name: value if isinstance(value, list) else [value] for name, value in said.items()}
    )
    merged = {**kept, **changes}
    # "show me the bags" after handbags were left for later: the handbags.
    merged["category"] = kept.get("category") or kind
    if "gender" not in said and not changes.get("gender"):
        merged["gender"] = None  # ("for myself" after his shoes: not his department)
    return merged


def _left_for_later(tracker: Tracker, kind: str) -> dict | None:
    """The search a button of a message that left kinds for later (`LEFT_FOR_LATER`) holds for
    `kind` (or a narrower kind it covers), newest first; None when there is none, or that kind
    was searched after it."""
    asked = category_types(kind)
    for event in reversed(tracker.events or []):
        if event.get("event") == "slot" and event.get("name") == SEARCH_QUERY:
            searched = (event.get("value") or {}).get("category")
            if searched and asked & category_types(searched):
                return None
        if event.get("event") != "bot" or not (event.get("metadata") or {}).get(LEFT_FOR_LATER):
            continue
        for button in (event.get("data") or {}).get("buttons") or []:
            payload = str(button.get("payload") or "")
            if not payload.startswith(_SEARCH + "{"):
                continue
            try:
                said = json.loads(payload.removeprefix(_SEARCH))
            except ValueError:
                continue
            later = str(said.get("category") or "")
            if later and asked & category_types(later):
                return said
    return None
