"""Asking which product the shopper means when a message fits several: by name, with a button
each that goes on with what they asked."""

from __future__ import annotations

import json
from collections.abc import Sequence

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select
from sqlalchemy.orm import Session

from actions import reference_replies
from actions.conversation.picking import ProductReference
from actions.conversation.said import latest_entities, latest_intent
from commerce.models import Product


def ask_which_one(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    session: Session,
    reference: ProductReference,
) -> bool:
    """Ask which of the candidates the shopper means, by name with a button each; False (nothing
    said) when the reference has no candidates to offer."""
    buttons = which_one_buttons(tracker, session, reference.candidates)
    if len(buttons) < 2:
        return False
    colour = (latest_entities(tracker).get("colour") or [None])[-1]
    titles = [button["title"] for button in buttons]
    tied = (reference.tied_at, (latest_entities(tracker).get("sort") or [""])[-1])
    text = reference_replies.which_one_text(titles, colour, *tied if reference.tied_at else ())
    dispatcher.utter_message(text=text, buttons=buttons)
    return True


# Intents whose action can go on from a tapped product alone; any other question about "the
# black one" (its words would be lost in the tap) opens the product instead.
_GOES_ON_FROM_A_TAP = frozenset(
    {"select_product", "add_to_cart", "buy", "ask_what_goes_with", "ask_bought_together",
     "check_availability", "ask_price", "product_details"}
)  # fmt: skip


def which_one_buttons(tracker: Tracker, session: Session, handles: Sequence[str]) -> list[dict]:
    """One button per candidate, titled with its name; a tap goes on with what the shopper asked
    ("what goes with it", "add to cart"), with the size, colour and quantity they said."""
    intent = latest_intent(tracker) or "select_product"
    if intent not in _GOES_ON_FROM_A_TAP:
        intent = "select_product"
    said = latest_entities(tracker)
    kept = {name: said[name][-1] for name in ("size", "colour", "quantity") if name in said}
    rows = session.execute(
        select(Product.handle, Product.title).where(Product.handle.in_(handles))
    ).all()
    titles = {handle: title for handle, title in rows}
    return [
        {
            "title": titles[handle],
            "payload": f"/{intent}" + json.dumps({"product_handle": handle, **kept}),
        }
        for handle in handles
        if handle in titles
    ]
