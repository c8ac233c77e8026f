"""Which of the products compared last a message picks: "the cheaper one then", "the navy one",
"the second one" right after "whats the diff between the first two" mean one of the two compared,
not of the whole list still on screen, whatever else the message says ("does it need hemming??
trousers always too long on me" names trousers, and none is on screen): stranger test 23,
docs/nlu/stranger-test-23.md.
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from sqlalchemy.orm import Session

from actions.conversation.pointing import points_at_shown
from actions.conversation.said import latest_entities
from actions.conversation.screen import compared_products
from commerce.products import product_details
from commerce.search import ProductQuery, find_products

# "the second one", "2nd one then", "the first." : an ordinal that stands alone, not one said of a
# kind ("the first shirt" is the first of the shirts listed).
_ALONE_AFTER_ORDINAL = re.compile(r"\s*(?:one\b|1\b|then\b|pls\b|please\b|[.,;:!?-]|$)")
# "the cheaper one", "the cheapest": by price; "the pricier one", "the more expensive one".
_BY_PRICE = {"cheaper": min, "price_asc": min, "pricier": max, "price_desc": max}
# "cheaper one pls", "ok pricier one": the pick said without "the" (not "a cheaper one", a search).
_BARE_PICK = re.compile(
    r"(?:^|[.,!?]\s*|\b(?:ok|okay|so|then|yeah|yes|hmm)\s+)(?:the\s+)?"
    r"(?:cheaper|cheapest|pricier|priciest|dearer|more expensive|less expensive)\s+one\b"
)


def pick_among_compared(tracker: Tracker, session: Session) -> str | None:
    """The product of those compared last (while their list is on screen) that the latest message
    picks by position, price or colour; None when no comparison is on screen, the message names a
    product, or it picks none of them (one by one) that way."""
    compared = compared_products(tracker)
    entities = latest_entities(tracker)
    if len(compared) < 2 or entities.keys() & {"product", "product_handle"}:
        return None
    # ("the cheaper 1 pls": "1" said for "one")
    text = re.sub(r"(?<=[a-z] )1\b", "one", (tracker.latest_message.get("text") or "").lower())
    if len(ordinals := entities.get("ordinal") or []) == 1:
        return _by_position(tracker, compared, ordinals[0])
    direction = (entities.get("price_direction") or entities.get("sort") or [""])[-1]
    if direction in _BY_PRICE and (points_at_shown(text) or _BARE_PICK.search(text)):
        prices = {
            handle: details.price_from
            for handle in compared
            if (details := product_details(session, handle)) is not None
        }
        if len(set(prices.values())) < len(prices) or not prices:
            return None  # two at the same price: neither is "the cheaper one"
        return _BY_PRICE[direction](prices, key=prices.__getitem__)
    colours = entities.get("colour") or []
    if len(colours) == 1 and points_at_shown(text):
        fitting = find_products(
            session, ProductQuery(colour=colours[0]), limit=len(compared), only_handles=compared
        )
        if len(fitting.matches) == 1:
            return fitting.matches[0].handle  # "the navy one": the one of them in navy
    return None


def _by_position(tracker: Tracker, compared: list[str], ordinal: str) -> str | None:
    """ "The second one" of those compared, when the ordinal stands alone."""
    text = tracker.latest_message.get("text") or ""
    ends = [
        int(entity["end"])
        for entity in tracker.latest_message.get("entities") or []
        if entity.get("entity") == "ordinal" and entity.get("end") is not None
    ]
    if not ends or not _ALONE_AFTER_ORDINAL.match(text, ends[0]):
        return None
    if ordinal == "last":
        return compared[-1]
    position = int(ordinal) if ordinal.isdigit() else 0
    return compared[position - 1] if 1 <= position <= len(compared) else None
