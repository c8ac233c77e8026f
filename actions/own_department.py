"""The department a search that names no kind is for, from the kinds the shopper spoke of before:
"I bought brown leather loafers from you ... I'd like to return them", then "something
comfortable, size 11 wide, brown, under $130" (stranger test 60, Doug #1 and #3) is for men, as
every loafer the shop sells is, never a women's flat as "the closest". Read by
`said_in_words` (actions/search_followups.py) for ActionSearchProducts."""

from __future__ import annotations

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions.conversation import current_query, latest_entities, own_gender_said
from commerce.search import sells_kind
from shop_nlu.worn_over_it import worn_with_or_over_it

# Entities that say what or whom a search is for: with any of them, the message says it itself.
_SAYS_WHAT_OR_WHOM = frozenset({"category", "product", "product_handle", "brand", "gender"})


def _kinds_spoken_of(tracker: Tracker) -> list[str]:
    """The kinds the shopper named in earlier messages, wished for or had ("the loafers I
    bought"), never those ruled out."""
    messages = [event for event in tracker.events or [] if event.get("event") == "user"]
    kinds: list[str] = []
    for event in messages[:-1]:  # the latest is the one being answered
        for entity in (event.get("parse_data") or {}).get("entities") or []:
            if entity.get("entity") == "category" and entity.get("role") in (None, "owned"):
                kinds.append(str(entity.get("value") or "").lower())
    return [kind for kind in dict.fromkeys(kinds) if kind]


def department_of_kinds_spoken_of(tracker: Tracker, session: Session) -> str | None:
    """ "male" or "female" for a search whose message names no kind, product, brand or gender
    and whose query has neither kind nor gender yet, when the shopper said nothing of their own
    gender and every kind they spoke of before is sold for that department only; else None."""
    said = {entity.get("entity") for entity in tracker.latest_message.get("entities") or []}
    query = current_query(tracker)
    if said & _SAYS_WHAT_OR_WHOM or query.category or query.gender or query.product:
        return None
    if own_gender_said(tracker):
        return None  # the search keeps the gender they said of themselves its own way
    kinds = _kinds_spoken_of(tracker)
    departments = {_only_department(session, kind) for kind in kinds}
    # Every kind spoken of of one department ("loafers" and "dresses": neither; "shoes": both).
    if len(departments) != 1:
        return None
    return departments.pop()


def _only_department(session: Session, kind: str) -> str | None:
    """ "male" or "female" when every product of the kind is for that department (loafers)."""
    if not sells_kind(session, kind):
        return None
    sold_for = [gender for gender in ("male", "female") if sells_kind(session, kind, gender)]
    return sold_for[0] if len(sold_for) == 1 else None


def department_of_what_it_goes_over(tracker: Tracker, session: Session) -> str | None:
    """ "male" or "female" for "something to go over it, a little jacket or a wrap maybe" after
    her dress (stranger test 77, B3): whom every kind spoken of before is made for, when the
    message asks for goods to go with or over "it", none of which is sold for them (men's
    blazers are never hers), and no one's gender is said; else None."""
    said = latest_entities(tracker)
    if "gender" in said or current_query(tracker).gender or not said.get("category"):
        return None
    text = str(tracker.latest_message.get("text") or "").lower()
    if own_gender_said(tracker) or not worn_with_or_over_it(text):
        return None
    departments = {_only_department(session, kind) for kind in _kinds_spoken_of(tracker)}
    if len(departments) != 1 or not (department := departments.pop()):
        return None
    sold = any(sells_kind(session, kind, department) for kind in said["category"])
    return None if sold else department
