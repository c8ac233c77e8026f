"""Sizes told together, each with its kind ("I'm a 42R in the jacket, 34 waist and a 10.5 in
shoes"): the search uses the one of the kind searched, and each is kept as the shopper's size in
its own kind (docs/nlu/stranger-test-71.md, B1). The reading is shop_nlu/sizes_told_together.py."""

from __future__ import annotations

from itertools import chain

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import profile_replies
from commerce.profiles import (
    LETTER_KIND,
    kind_of_stated_size,
    remember_size,
    says_someone_elses_size,
    size_kind,
)
from commerce.sizes import size_query_key
from shop_nlu.entity import Entity
from shop_nlu.sizes_told_together import COLLAR, WAIST, kind_words_of_sizes

# The size kind of what a size measures.
_MEASURED_KINDS = {WAIST: "waist", COLLAR: "dress shirts"}


def sizes_told_by_kind(tracker: Tracker, session: Session) -> dict[str, str]:
    """The size keys the latest message tells, by size kind ("suits": "42r", "shoes": "10.5"),
    when it tells two or more of different kinds; else none."""
    return _told_in(session, tracker.latest_message)


def size_told_earlier(tracker: Tracker, session: Session, kind: str | None) -> str | None:
    """The size key an earlier message told for the size kind of `kind`, among sizes told
    together ("$300 for both, I'm a size 8 in dresses and a 7 in shoes", then boots: "7");
    the latest such message's, None when none did (stranger test 73, B3)."""
    users = [event for event in tracker.events or [] if event.get("event") == "user"]
    told_before = (
        told for event in reversed(users[:-1])
        if (told := _told_in(session, {"text": event.get("text"), **(event.get("parse_data") or {})}))
    )  # fmt: skip
    # The kind's size kind (a query) only once an earlier message has told sizes at all.
    latest = next(told_before, None) if kind else None
    wanted = size_kind(session, kind) if latest else None
    if wanted is None:
        return None
    return next((told[wanted] for told in chain([latest], told_before) if wanted in told), None)


def _told_in(session: Session, message: dict) -> dict[str, str]:
    text = message.get("text") or ""
    entities = [
        Entity(str(e["entity"]), str(e["value"]), int(e["start"]), int(e["end"]), "",
               e.get("role"))
        for e in message.get("entities") or []
        if e.get("start") is not None and e.get("end") is not None
    ]  # fmt: skip
    told: dict[str, str] = {}
    for size, word in kind_words_of_sizes(text.lower(), entities):
        key = size_query_key(size.value)
        if not key:
            continue
        kind = _MEASURED_KINDS.get(word or "") or (size_kind(session, word) if word else None)
        kind = kind or kind_of_stated_size(key, "")  # "42R" alone is a suit's size
        if kind and kind != LETTER_KIND:
            told.setdefault(kind, key)
    return told if len(told) >= 2 else {}


def size_of_kind_searched(
    tracker: Tracker, session: Session, entities: dict[str, list[str]]
) -> dict[str, list[str]]:
    """`entities` with the size told with the kind searched ("a suit ... 42R in the jacket, 10.5
    in shoes": 42R), or none when the sizes told are all of other kinds."""
    told = sizes_told_by_kind(tracker, session)
    if not told or not entities.get("category"):
        return entities
    kept = {name: values for name, values in entities.items() if name != "size"}
    if (kind := size_kind(session, entities["category"][0])) in told:
        kept["size"] = [told[kind]]
    return kept


def remember_sizes_told(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> bool:
    """Keep each size told with its kind as the shopper's own, and say so; whether there were."""
    text = tracker.latest_message.get("text") or ""
    told = sizes_told_by_kind(tracker, session)
    if not told or says_someone_elses_size(text):
        return False
    for kind, size in told.items():
        remember_size(session, tracker.sender_id, kind, size)
    dispatcher.utter_message(text=profile_replies.sizes_remembered_text(told))
    return True
