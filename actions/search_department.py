"""Who a new kind is searched for when the message names no one: the department carried from the
search before, unless it was a person's ("a suit for my son") and the kind is sold only for the
other department ("green dress for 200": dresses for women, never "we don't have dresses for
men"). The shopper's own department ("womens red dresses", then "a suit") still carries, and is
answered that we have none for her (tests/actions/test_follow_ups.py)."""

from __future__ import annotations

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from commerce.search import ProductQuery, sells_kind
from shop_nlu.department_words import said_as_a_department

_OTHER = {"male": "female", "female": "male"}


def department_of_the_kind(
    tracker: Tracker, session: Session, query: ProductQuery, changes: dict
) -> ProductQuery:
    """`query`, for the other department when the one carried (not said in this message) was a
    person's and the kind is sold only for the other ("any heels?" after a suit for a son: never
    men's oxfords as the closest); otherwise unchanged."""
    carried = query.gender
    if (
        "gender" in changes
        or "category" not in changes
        or carried not in _OTHER
        or not query.category
        or sells_kind(session, query.category, carried)
        or not sells_kind(session, query.category, _OTHER[carried])
        or _said_as_a_department(tracker, carried)
    ):
        return query
    return query.updated(gender=_OTHER[carried])


def _said_as_a_department(tracker: Tracker, gender: str) -> bool:
    """Whether the latest message that named `gender` named it as a department ("womens"), not
    a person ("my daughter"); True when none did (the department carries, as before)."""
    for event in reversed(tracker.events or []):
        if event.get("event") != "user":
            continue
        text = event.get("text") or ""
        for entity in reversed((event.get("parse_data") or {}).get("entities") or []):
            if entity.get("entity") != "gender" or entity.get("value") != gender:
                continue
            start, end = entity.get("start"), entity.get("end")
            said = text[start:end] if start is not None and end is not None else ""
            return said_as_a_department(said or str(entity.get("value")))
    return True
