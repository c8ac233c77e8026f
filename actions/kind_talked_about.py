"""Which products of a kind the shopper talked about since the list that showed them: "the shoes"
is no pick when two of them were. Stranger test 94 (docs/nlu/stranger-test-94.md, B5): two shoes
listed, "does the first one come in size 7?" (not even understood), "how much is the second one?",
then "put the shoes in my basket" added the second, the last in focus, without a word. Now the
adding asks which (actions/adding.py), a button each."""

from __future__ import annotations

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions.conversation import (
    CURRENT_PRODUCT,
    ORDINAL_OF_KIND,
    SHOWN_RESULTS,
    listed_of_kind,
    picked_of_kind,
)


def talked_about_of_kind(tracker: Tracker, session: Session, kind: str) -> list[str]:
    """The products of `kind` in the latest list that had any that the shopper talked about since
    it was shown: opened (its price or stock asked) or pointed at by number ("does the first one
    come in 7?", understood or not), before the latest message; in the order first talked about.
    Empty when fewer than two were: then "the shoes" is the one picked, as before."""
    listed = listed_of_kind(tracker, session, kind)
    if len(listed) < 2:
        return []
    users = [event for event in tracker.events or [] if event.get("event") == "user"]
    shown: list[str] = []
    talked: list[str] = []
    for event in tracker.events or []:
        if event.get("event") == "slot" and event.get("name") == SHOWN_RESULTS:
            shown = [str(h) for h in (event.get("value") or {}).get("handles") or []]
            if set(listed) <= set(shown):
                talked = []  # the list (shown again): what counts is said after it
        elif event.get("event") == "slot" and event.get("name") == CURRENT_PRODUCT:
            talked.append(str(event.get("value") or ""))
        elif event.get("event") == "user" and event is not users[-1]:
            talked.extend(_pointed_at(event, shown, kind))
    talked = [handle for handle in dict.fromkeys(talked) if handle in listed]
    return talked if len(talked) > 1 else []


def _pointed_at(event: dict, shown: list[str], kind: str) -> list[str]:
    """The product on screen a user message points at by its number ("the first one"); none for
    a number said of another kind ("the first suit" under dresses is no dress)."""
    text = event.get("text") or ""
    entities = (event.get("parse_data") or {}).get("entities") or []
    ordinals = [e for e in entities if e.get("entity") == "ordinal"]
    if len(ordinals) != 1:
        return []
    ordinal = ordinals[0]
    for other in entities:  # the kind said right after the number
        if other.get("entity") == "category" and other.get("value") != kind:
            gap = text[int(ordinal.get("end") or 0) : int(other.get("start") or 0)]
            if other.get("start") is not None and ORDINAL_OF_KIND.fullmatch(gap):
                return []
    value = str(ordinal.get("value"))
    at = len(shown) if value == "last" else int(value) if value.isdigit() else 0
    return [shown[at - 1]] if 1 <= at <= len(shown) else []


def adds_each_kind(tracker: Tracker, session: Session, kinds: list[str]) -> bool:
    """Whether an add names kinds to take one by one (`add_each_kind`): two or more ("the suit and
    the shirt"), or one of which two products were talked about ("the shoes": which?)."""
    return len(kinds) > 1 or (
        len(kinds) == 1 and bool(talked_about_of_kind(tracker, session, kinds[0]))
    )


def of_kind_meant(tracker: Tracker, session: Session, kind: str) -> list[str]:
    """The products "the shoes" may mean: those of the kind talked about (two or more: which?),
    else the one picked (`picked_of_kind`)."""
    return talked_about_of_kind(tracker, session, kind) or picked_of_kind(tracker, session, kind)
