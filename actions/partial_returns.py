"""Returning some items of an order ("keep the shirt, return the trousers", "can i return just the
shoes", "send back 1 of the 2 things i got").

What the shopper said of the items is kept while the order is looked up (the number and email may
come in later messages), then read against the order's lines (commerce.return_items). The return
is offered for exactly those items, with what it pays back (commerce.orders_after_sale.refund_for); the yes
opens it for those lines only. Whether a return is allowed at all is asked before (after_sales).
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions.base import Events
from actions.replies import money
from commerce.models import Order, OrderLine
from commerce.orders_after_sale import refund_for
from commerce.return_items import items_meant

RETURN_ITEMS_SAID = "return_items_said"  # what the shopper said of the items, since the request
RETURN_LINES = "return_lines"  # the order lines a return waiting for a yes covers

# "Some of it", "one item", "1 of the 2 things", "just the shoes", "keep the shirt": not all of it.
_SOME_ITEMS = re.compile(
    r"\b(?:some|part|half|one|1|two|2|a few|a couple) (?:of (?:it|them|my|the|those)|items?|things?"
    r"|pieces?|bits?)\b|\b(?:1|one|2|two) of\b|\bnot (?:all|everything|the whole)\b"
    r"|\b(?:just|only) (?:the|one|1|my|this|that)\b|\bkeep(?:ing)? (?:the|one|my)\b|\bthe rest\b"
    r"|\bpartial\b"
)
# "Return the trousers", "only sending back the chinos": a return asked for ("i returned it weeks
# ago", "i want a refund" said in anger are complaints: a person, not a new return).
_SENDS_BACK = re.compile(r"\b(?:return(?:ing|s)?|send(?:ing)? (?:\w+ ){0,3}back)\b")


def speaks_of_some_items(text: str) -> bool:
    """Whether a return request is for only some of the order's items."""
    return bool(_SOME_ITEMS.search(text.lower()))


def asks_to_send_back(text: str) -> bool:
    """Whether the shopper asks to send something back (heard as a complaint or not)."""
    return bool(_SENDS_BACK.search(text.lower()))


def items_said(tracker: Tracker) -> str:
    """What the shopper said of the items since asking for the return, this message included."""
    text = tracker.latest_message.get("text") or ""
    earlier = tracker.get_slot(RETURN_ITEMS_SAID) or ""
    return f"{earlier}. {text}" if earlier and text not in earlier else earlier or text


def remember_items_said(tracker: Tracker) -> Events:
    """While the order is looked up: keep what the shopper said of the items."""
    return [SlotSet(RETURN_ITEMS_SAID, items_said(tracker)[-1000:])]


def waiting_note(tracker: Tracker) -> str | None:
    """Said while the order is being looked up for a return of some of its items."""
    text = tracker.latest_message.get("text") or ""
    if not speaks_of_some_items(text):
        return None
    if tracker.get_slot(RETURN_ITEMS_SAID):
        return (
            "Noted: I'll start the return for just the items you named once I've found the order."
        )
    return "Yes, you can send back just some of the items of an order and keep the rest."


def _title(line: OrderLine) -> str:
    details = ", ".join(part for part in (line.colour, line.size) if part)
    return f"{line.title} ({details})" if details else line.title


def _titles(lines: list[OrderLine]) -> str:
    names = [f"the {_title(line)}" for line in lines]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def offer_partial_return(dispatcher, tracker: Tracker, session, order: Order) -> Events | None:
    """For a return of some items of `order`: the offer for exactly those, or the question which;
    None when the shopper means the whole order (the caller offers that)."""
    said = items_said(tracker)
    lines = items_meant(session, order, said)
    done = [SlotSet(RETURN_ITEMS_SAID, None)]
    if lines is None and speaks_of_some_items(said) and len(order.lines) > 1:
        dispatcher.utter_message(
            text=f"Which items from order {order.number} would you like to send back? It has "
            f'{_titles(list(order.lines))}. Say, for example, "return the '
            f'{order.lines[0].title}".'
        )
        return [SlotSet(RETURN_ITEMS_SAID, said[-1000:])]
    if lines is None or len(lines) == len(order.lines):
        return None
    kept = [line for line in order.lines if line not in lines]
    dispatcher.utter_message(
        text=f"Start a return of {_titles(lines)} from order {order.number}? You keep "
        f"{_titles(kept)}. You'll get {money(refund_for(order, lines))} back once it reaches us "
        "(what you paid for it, tax included; the shipping is refunded only with a whole order).",
        buttons=[
            {"title": "Yes, return it", "payload": "/affirm"},
            {"title": "No, keep it", "payload": "/deny"},
        ],
    )
    return done + [SlotSet(RETURN_LINES, [line.id for line in lines])]


def returned_titles(order: Order, line_ids: list[int]) -> str:
    """ "the Camden Slim Chinos (Navy, 30)": the items a partial return covers."""
    return _titles([line for line in order.lines if line.id in set(line_ids)])
