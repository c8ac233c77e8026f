"""What the conversation is about: the current search, the results on screen, the product in focus.

These helpers read and write the three slots the discovery actions share, and turn the latest
message's entities into changes of the search.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from sqlalchemy.orm import Session

from commerce.products import find_product_by_name
from commerce.search import ProductQuery, SearchResult, parse_price
from commerce.sizes import size_query_key

SEARCH_QUERY = "search_query"
SHOWN_RESULTS = "shown_results"
CURRENT_PRODUCT = "current_product"


def latest_intent(tracker: Tracker) -> str | None:
    """The latest message's intent (also for button payloads, which carry no ranking)."""
    return (tracker.latest_message.get("intent") or {}).get("name")


def latest_entities(tracker: Tracker) -> dict[str, list[str]]:
    """Entity name -> values in the latest message, in the order they were said."""
    found: dict[str, list[str]] = {}
    for entity in tracker.latest_message.get("entities") or []:
        value = entity.get("value")
        if value is not None and str(value).strip():
            found.setdefault(entity["entity"], []).append(str(value).strip())
    return found


def query_changes(entities: dict[str, list[str]]) -> dict:
    """The search fields that the latest message sets ("in brown" sets only the colour)."""
    changes: dict = {}
    for name in ("category", "colour", "brand", "gender", "product", "sort"):
        if name in entities:
            changes[name] = entities[name][-1]
    if "size" in entities:
        changes["size"] = size_query_key(entities["size"][-1]) or entities["size"][-1].lower()
    if "occasion" in entities:
        changes["occasions"] = tuple(dict.fromkeys(entities["occasion"]))
    for bound in ("price_min", "price_max"):
        if bound in entities:
            changes[bound] = parse_price(entities[bound][-1])
    return changes


def current_query(tracker: Tracker) -> ProductQuery:
    return ProductQuery.from_dict(tracker.get_slot(SEARCH_QUERY))


@dataclass
class ShownResults:
    """The products on the shopper's screen, so "the second one" and "cheaper" mean something."""

    handles: list[str] = field(default_factory=list)
    offset: int = 0
    total: int = 0
    lowest_price: str | None = None
    highest_price: str | None = None
    # The query these results came from: the shopper's own, or the relaxed one of alternatives.
    query: dict = field(default_factory=dict)

    @classmethod
    def of(cls, result: SearchResult) -> ShownResults:
        prices = [match.price_from for match in result.matches]
        return cls(
            handles=[match.handle for match in result.matches],
            offset=result.offset,
            total=result.total,
            lowest_price=str(min(prices)) if prices else None,
            highest_price=str(max(prices)) if prices else None,
            query=result.query.to_dict(),
        )

    @classmethod
    def from_tracker(cls, tracker: Tracker) -> ShownResults:
        data = tracker.get_slot(SHOWN_RESULTS) or {}
        known = {key: value for key, value in data.items() if key in cls.__dataclass_fields__}
        return cls(**known)

    def slot(self) -> SlotSet:
        return SlotSet(SHOWN_RESULTS, asdict(self))

    def price_bounds(self) -> tuple[Decimal | None, Decimal | None]:
        return parse_price(self.lowest_price), parse_price(self.highest_price)


@dataclass(frozen=True)
class ProductReference:
    """Which product a message is about, or why that is unclear."""

    handle: str | None
    problem: str | None = None  # "unknown_name", "bad_ordinal", "ambiguous", "none"


def resolve_product(tracker: Tracker, session: Session) -> ProductReference:
    """The product the latest message refers to: by button, name, position, or the one in focus.

    "it" and "this one" mean the product in focus; right after a list of one product, that one.
    """
    entities = latest_entities(tracker)
    shown = ShownResults.from_tracker(tracker)
    if "product_handle" in entities:
        return ProductReference(entities["product_handle"][-1])
    if "product" in entities:
        handle = find_product_by_name(session, entities["product"][-1])
        return ProductReference(handle, None if handle else "unknown_name")
    if "ordinal" in entities:
        return _by_position(entities["ordinal"][-1], shown)
    if focus := tracker.get_slot(CURRENT_PRODUCT):
        return ProductReference(focus)
    if len(shown.handles) == 1:
        return ProductReference(shown.handles[0])
    return ProductReference(None, "ambiguous" if shown.handles else "none")


def _by_position(ordinal: str, shown: ShownResults) -> ProductReference:
    if not shown.handles:
        return ProductReference(None, "none")
    if ordinal == "last":
        return ProductReference(shown.handles[-1])
    try:
        position = int(ordinal)
    except ValueError:
        return ProductReference(None, "bad_ordinal")
    # "the 5th one" on the second page of three means the 5th overall, the 2nd on screen.
    if shown.offset and shown.offset < position <= shown.offset + len(shown.handles):
        position -= shown.offset
    if 1 <= position <= len(shown.handles):
        return ProductReference(shown.handles[position - 1])
    return ProductReference(None, "bad_ordinal")
