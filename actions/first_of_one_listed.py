""" "Put the first dress in size 12 and those flats in 7.5 in my cart" when the dresses shown were
one closest match (stranger test 83, docs/nlu/stranger-test-83.md, B4): "the first dress" is that
dress, a list of one counting as shown, never "I haven't shown you a dress yet"."""

from __future__ import annotations

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions.conversation import listed_of_kind, picked_of_kind


def listed_or_alone(tracker: Tracker, session: Session, kind: str, ordinal: str) -> list[str]:
    """The products of a kind in the latest list of several that had any (`listed_of_kind`); with
    none, for the first (or last) of the kind, the one product of it shown or opened alone."""
    listed = listed_of_kind(tracker, session, kind)
    if listed or ordinal not in ("1", "last"):
        return listed
    alone = picked_of_kind(tracker, session, kind)
    return alone if len(alone) == 1 else []
