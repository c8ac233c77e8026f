"""The size the shopper asked about one product: "does it come in 9.5" of the loafer opened, then
"add both to cart pls" (stranger test 84, docs/nlu/stranger-test-84.md, A6) means the loafer in
9.5, not in the 9 its search was for."""

from __future__ import annotations

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions.conversation.said import SEARCH_QUERY
from actions.conversation.screen import CURRENT_PRODUCT, SHOWN_RESULTS
from commerce.products import check_variant
from commerce.sizes import size_query_key

# How many of the shopper's messages before the latest the question may be.
_LOOK_BACK = 4


def size_asked_about(tracker: Tracker, session: Session, handle: str) -> dict[str, str]:
    """{"size": the size} the shopper named alone in one of their last few messages before the
    latest, while `handle` was the product in focus and no list answered it, when the product is
    offered in it; {} when none was, or a search was made since."""
    asked: list[tuple[list[str], str | None]] = []  # (sizes said, the focus after), in order
    sizes: list[str] | None = None
    focus: str | None = None
    listed = False
    for event in tracker.events or []:
        if event.get("event") == "user":
            if sizes is not None:
                asked.append(([] if listed else sizes, focus))
            listed = False
            entities = (event.get("parse_data") or {}).get("entities") or []
            sizes = [str(e["value"]) for e in entities
                     if e.get("entity") == "size" and not e.get("role") and e.get("value")]  # fmt: skip
        elif event.get("event") == "slot" and event.get("name") == CURRENT_PRODUCT:
            focus = str(event["value"]) if event.get("value") else None
        elif event.get("event") == "slot" and event.get("name") == SHOWN_RESULTS:
            listed = listed or bool(event.get("value"))
        elif event.get("event") == "slot" and event.get("name") == SEARCH_QUERY:
            asked = []  # a search since: what was asked before was about other products
    # `sizes` is left holding the latest message's: not an earlier question.
    for said, focused in reversed(asked[-_LOOK_BACK:]):
        if said and focused == handle:
            if len(set(said)) != 1:
                return {}
            key = size_query_key(said[0])
            check = check_variant(session, handle, key) if key else None
            return {"size": said[0]} if check is not None and check.offered else {}
    return {}
