"""A kind asked about as a yes or no beside a search ("... a bag that goes on the shoulder, and
my husband keeps hinting at cufflinks, do you sell silver ones?"): answered from the catalog at
once, "Yes, we have 2 silver cufflinks ($109.00–$119.50)" with a button that shows them, or "We
don't sell pink cufflinks", while the first kind is searched (docs/nlu/stranger-test-90.md, B3;
before, "then ask me for the cufflinks")."""

from __future__ import annotations

import json

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.conversation import second_kind_starts_at
from actions.kind_kept_for_later import LEFT_FOR_LATER
from actions.replies import describe_query
from actions.sold_answer_replies import kind_in_stock_text, kind_not_in_stock_text
from commerce.childrens_range import sells_for_children
from commerce.search import ProductQuery, find_products
from shop_nlu.asked_if_sold_beside import asked_for_a_child, asks_if_sold_of

# Enough to see every one of a kind in a colour, for the range of their prices.
_ALL_OF_THEM = 50


def kinds_asked_if_sold(tracker: Tracker, later: list[str]) -> list[str]:
    """Those of the kinds left for later (`later`) that the message asks whether we sell."""
    text = tracker.latest_message.get("text") or ""
    turns_at = second_kind_starts_at(tracker)
    if turns_at is None:
        return []
    said = _kinds_said_at(tracker)
    return [kind for kind in later if kind in said and asks_if_sold_of(text, said[kind], turns_at)]


def kinds_not_for_a_child(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session, asked: list[str]
) -> list[str]:
    """Those of the kinds `asked` if sold that are not asked for a child. For those that are
    ("u sell kids rain boots too?"), when the shop sells nothing for children, that is said once
    (stranger test 91, A5), never "Yes, we have 13 boots" of grown-ups' boots; when it does,
    they are answered as any other kind."""
    text = tracker.latest_message.get("text") or ""
    turns_at = second_kind_starts_at(tracker) or 0
    said = _kinds_said_at(tracker)
    for_a_child = [k for k in asked if asked_for_a_child(text, said.get(k, turns_at), turns_at)]
    if not for_a_child or sells_for_children(session):
        return asked
    dispatcher.utter_message(response="utter_no_childrens_range")
    return [kind for kind in asked if kind not in for_a_child]


def _kinds_said_at(tracker: Tracker) -> dict[str, int]:
    """Each kind the message names (no role) -> where it is said."""
    return {
        str(entity["value"]): int(entity["start"])
        for entity in tracker.latest_message.get("entities") or []
        if entity.get("entity") == "category" and entity.get("start") is not None
        and not entity.get("role")
    }  # fmt: skip


def answer_whether_sold(
    dispatcher: CollectingDispatcher,
    session: Session,
    kind: str,
    colours: list[str],
    gender: str | None,
) -> None:
    """Whether we sell `kind` in `colours` (for `gender`, if said with it): how many are in
    stock and for how much, with a button that searches them; or that none is, with the kind in
    other colours offered. Marked as leaving the kind for later, so "ok the cufflinks" next is
    searched in those colours (actions/kind_kept_for_later.py)."""
    asked = {"category": kind, **({"colour": colours} if colours else {})}
    asked |= {"gender": gender} if gender else {}
    query = ProductQuery(category=kind, colour="|".join(colours) or None, gender=gender)
    described = describe_query(query)
    found = find_products(session, query, limit=_ALL_OF_THEM)
    if found.matches:
        prices = [price for m in found.matches for price in (m.price_from, m.price_to)]
        text = kind_in_stock_text(described, found.total, min(prices), max(prices))
        buttons = [_search_button(f"Show the {described}", asked)]
    else:
        sold_out = find_products(session, query, limit=1, in_stock_only=False).total > 0
        others = find_products(
            session, ProductQuery(category=kind, gender=gender), limit=_ALL_OF_THEM
        )
        in_colours = list(dict.fromkeys(c.lower() for m in others.matches for c in m.colours))
        text = kind_not_in_stock_text(described, sold_out, kind, in_colours, bool(others.total))
        without_colour = {name: value for name, value in asked.items() if name != "colour"}
        buttons = [_search_button(f"Show the {kind}", without_colour)] if others.total else []
    dispatcher.utter_message(text=text, buttons=buttons, **{LEFT_FOR_LATER: True})


def _search_button(title: str, entities: dict) -> dict:
    return {"title": title, "payload": "/search_products" + json.dumps(entities)}
