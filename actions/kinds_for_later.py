"""The other kinds a message asks for, after the one searched first ("a trench coat for me,
women's M, and also comfy shoes, I'm a US 8"): said before the first search, so nothing is
silently lost, with a button that searches the next kind for the same person in the size said
with it (docs/nlu/stranger-test-69.md, persona B, worst problem 1)."""

from __future__ import annotations

import json

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.conversation import second_kind_starts_at
from actions.replies import kinds_asked_too_text, kinds_not_sold_text
from actions.search_replies import kind_buttons, one_kind_at_a_time_text
from commerce.search import ProductQuery
from commerce.search.on_offer import nearest_kind_on_sale, sells_kind


def tell_kinds_for_later(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    session: Session,
    query: ProductQuery,
    later: list[str],
) -> None:
    """ "Let's start with the suits; then ask me for the shoes", and a button for each kind left
    for later: for whom the first search is (`query`), in the size said with it, if one is. When
    the first kind is one we don't sell, the search says so; this only keeps the others."""
    # "shoes and a couple of polo shirts": a kind the catalog doesn't sell gets no button of its
    # own, but the nearest it does, said so (stranger test 72, docs/nlu/stranger-test-72.md, B1).
    unsold = [kind for kind in later if not sells_kind(session, kind)]
    instead = {kind: nearest_kind_on_sale(session, kind) for kind in unsold}
    later = list(
        dict.fromkeys(instead.get(kind, kind) for kind in later if instead.get(kind, kind))
    )
    later = [kind for kind in later if kind != query.category]
    note = kinds_not_sold_text(instead)
    if not later:
        if note:
            dispatcher.utter_message(text=note)
        return
    # "a suit for my son and a dress for my daughter": the dress in her department, not his.
    buttons = kind_buttons(later, _said_with_next_kind(tracker, "gender") or query.gender)
    if len(later) == 1 and (size := _said_with_next_kind(tracker, "size")):
        payload = json.loads(buttons[0]["payload"].removeprefix("/search_products"))
        buttons[0]["payload"] = "/search_products" + json.dumps({**payload, "size": size})
    first = query.category or ""
    if first and not sells_kind(session, first):
        text = kinds_asked_too_text(later)
    else:
        text = one_kind_at_a_time_text(query.category, later)
    dispatcher.utter_message(text=f"{note} {text}" if note else text, buttons=buttons)


def _said_with_next_kind(tracker: Tracker, name: str) -> str | None:
    """The `name` entity said after the message turns to its second kind: the size of "and
    shoes, I'm a US 8", the person of "and a dress for my daughter"."""
    starts = second_kind_starts_at(tracker)
    if starts is None:
        return None
    values = [
        str(entity["value"])
        for entity in tracker.latest_message.get("entities") or []
        if entity.get("entity") == name and not entity.get("role")
        and (entity.get("start") or 0) >= starts
    ]  # fmt: skip
    return values[-1] if values else None
