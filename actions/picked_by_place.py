""" "The first dress is lovely! What ankle boots would go with it?": the one on screen the shopper
picked by its place in the list and its kind, named only as what the goods asked for go with
(shop_nlu/chosen_to_go_with.py gives the kind the role "worn_with"; docs/nlu/stranger-test-73.md).
Read by the search (whom the boots are for) and by the suggestions that go with it."""

from __future__ import annotations

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions.conversation import (
    latest_entities,
    listed_of_kind,
    ordinal_of_kind,
    own_gender_said,
)
from commerce.products import genders_of


def picked_to_go_with(tracker: Tracker, session: Session) -> str | None:
    """The handle of the product "the first dress" picks when the message asks for goods to go
    with it; None when it picks none so."""
    if "worn_with_category" not in latest_entities(tracker):
        return None
    if not (said := ordinal_of_kind(tracker)) or not said[0].isdigit():
        return None
    listed = listed_of_kind(tracker, session, said[1])
    at = int(said[0]) - 1
    return listed[at] if 0 <= at < len(listed) else None


def department_of_one_chosen_to_go_with(tracker: Tracker, session: Session) -> str | None:
    """ "male" or "female" for "the first dress is lovely! what ankle boots would go with it?":
    whom the one picked is made for (women's boots for a dress), unless the message or the
    shopper says whom the goods are for; else None."""
    if "gender" in latest_entities(tracker) or own_gender_said(tracker):
        return None
    handle = picked_to_go_with(tracker, session)
    genders = genders_of(session, [handle] if handle else [])
    return genders.pop() if len(genders) == 1 else None
