"""The products a message describes when nothing is on screen or open (stranger test 64,
problem 1): "is the burgundy velvet dress still in stock in M?" means the velvet dresses made in
burgundy M, so it is answered about them (one, or each), never with "what are you looking for?"."""

from __future__ import annotations

from dataclasses import replace

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from sqlalchemy.orm import Session

from actions import search_replies
from actions.base import Events
from actions.conversation import CURRENT_PRODUCT, ShownResults, latest_entities
from commerce.search import ProductQuery, SearchResult, find_products
from commerce.sizes import size_query_key


def products_described(tracker: Tracker, session: Session) -> ShownResults | None:
    """The products the message's material (with its kind or colour) describes, with nothing
    shown or in focus: those sold in the size named when any are (the velvet dress in M, not the
    velvet loafer), else all of them; up to three. None when the message describes none."""
    found = _found_described(tracker, session)
    return ShownResults.of(found) if found else None


def show_described(dispatcher, tracker: Tracker, session: Session) -> Events:
    """Under the stock of each product described ("is the burgundy velvet dress still in stock
    in M?"), those products to tap, to open or buy (stranger test 64): a button and a card each;
    "the first one" then means the first of them."""
    found = _found_described(tracker, session)
    if found is None:
        return []
    dispatcher.utter_message(
        response="utter_tap_one_to_see_or_buy",
        buttons=search_replies.result_buttons(found),
        product_cards=search_replies.product_cards(found),
    )
    return [SlotSet(CURRENT_PRODUCT, None), ShownResults.of(found).slot()]


def _found_described(tracker: Tracker, session: Session) -> SearchResult | None:
    entities = latest_entities(tracker)
    if (
        "feature" not in entities
        or not entities.keys() & {"category", "colour"}
        or ShownResults.from_tracker(tracker).handles
        or tracker.get_slot(CURRENT_PRODUCT)
    ):
        return None
    size, colour = asked_size_and_colour(tracker)
    described = ProductQuery(
        category=(entities.get("category") or [None])[-1],
        colour=colour,
        features=tuple(entities["feature"]),
    )
    for query in ([replace(described, size=size)] if size else []) + [described]:
        found = find_products(session, query, limit=3, in_stock_only=False)
        if found.total:
            return replace(found, query=described)
    return None


def asked_size_and_colour(tracker: Tracker) -> tuple[str | None, str | None]:
    """The size (as a size key) and colour the latest message asks about, if any."""
    entities = latest_entities(tracker)
    size = size_query_key(entities["size"][-1]) if "size" in entities else None
    return size, (entities.get("colour") or [None])[-1]
