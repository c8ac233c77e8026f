"""The parts of a message about the kind searched or bought first, when it comes back to that kind
after the kinds left for later: "put the suit and the blouse in my cart, and the shoes too if the
first pair comes in an 8" (stranger test 95, docs/nlu/stranger-test-95.md, B5: "For the suits I'll
keep to size 8, as you said"). The 8 is the shoes', never kept for the suits. Where a part begins
is shop_nlu/another_kinds_part.py's to say."""

from __future__ import annotations

import re

from rasa_sdk import Tracker

from commerce.search.query import category_types
from shop_nlu.another_kinds_part import another_kinds_part_starts


def first_kinds_parts(tracker: Tracker, first_kind: str | None) -> list[tuple[int, int]]:
    """(start, end) of each part of the latest message about `first_kind`: a kind of it named
    ("the shoes") or the one on screen picked ("the first pair"), each running to the next other
    kind named. Empty when no first kind is known or the message does not come back to it."""
    if not first_kind:
        return []
    types = category_types(first_kind)
    text = tracker.latest_message.get("text") or ""
    said = sorted(
        (
            entity
            for entity in tracker.latest_message.get("entities") or []
            if entity.get("start") is not None and not entity.get("role")
        ),
        key=lambda entity: int(entity["start"]),
    )
    parts: list[tuple[int, int]] = []
    since = 0  # where the last other kind was named: the turn to the first kind comes after it
    opened: int | None = None
    for at, entity in enumerate(said):
        start = int(entity["start"])
        kind = entity.get("entity") == "category"
        of_first = (
            entity.get("entity") == "ordinal"
            and not _picks_another_kind(text, entity, said[at + 1 :], types)
        ) or (kind and bool(category_types(str(entity.get("value"))) & types))
        if of_first and opened is None:
            opened = another_kinds_part_starts(text, start, since)
        elif kind and not of_first:
            if opened is not None:
                parts.append((opened, another_kinds_part_starts(text, start, opened)))
                opened = None
            since = int(entity.get("end") or start)
    if opened is not None:
        parts.append((opened, len(text)))
    return parts


# Between a place and the kind it picks: "the second bow tie", "the 2nd of the ties".
_PLACE_OF_KIND = re.compile(r"^[\s-]*(?:(?:one|of|the|those|these)\s+)*$")


def _picks_another_kind(text: str, place: dict, after: list[dict], types: set[str]) -> bool:
    """Whether the place said (`place`: "second") is that of the kind named right after it, one
    not the first kind ("the suit in 38L and the second bow tie": the bow tie's, stranger 89)."""
    if not after or after[0].get("entity") != "category":
        return False
    if category_types(str(after[0].get("value"))) & types:
        return False
    between = text[int(place.get("end") or 0) : int(after[0]["start"])].lower()
    return bool(_PLACE_OF_KIND.match(between))
