"""What the shopper asked of a product before this message: the search that speaks of it (the
current one, or the earlier one that listed it when the current search is for another kind), and
the colour asked about lately or with that search. The variant chosen (`variant_choice`) and the
reply that says what was taken (`variant_taken`) read them here."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.conversation import (
    ShownResults,
    colour_asked_about,
    colour_asked_lately,
    current_query,
    search_that_listed,
)
from commerce.search import ProductQuery, colour_choices, find_products


def search_of_another_kind(tracker: Tracker, session, handle: str) -> ProductQuery | None:
    """The earlier search whose list showed the product, when it is not on screen now and the
    current search is for another kind (the suits' search, with shirts searched since): what the
    shopper asked of that product still holds (stranger test 34, Desmond #7). None otherwise: a
    new search of its own kind overtakes it."""
    current = current_query(tracker)
    listed = search_that_listed(tracker, handle)
    if listed is None or listed == current or handle in ShownResults.from_tracker(tracker).handles:
        return None
    if current.category and _of_the_kind(session, current.category, handle):
        return None  # "shirt dresses" searched since the dress was listed: of that search
    return listed


def _of_the_kind(session, kind: str, handle: str) -> bool:
    """Whether the product is of the kind a search was for."""
    return bool(
        find_products(session, ProductQuery(category=kind), limit=1, only_handles=[handle],
                      in_stock_only=False).total
    )  # fmt: skip


def searched_for_it(tracker: Tracker, session, handle: str | None) -> ProductQuery:
    """The current search, as far as it speaks of the product: when it was for a kind the product
    is not of ("a warm coat, camel or black" searched, no coats sold, the shoes still on screen),
    the search that listed the product, else one without a size or colour. A colour said of the
    coat is never the shoes' (stranger test 47, docs/nlu/stranger-test-47.md, problem 2)."""
    current = current_query(tracker)
    if handle is None or not current.category or _of_the_kind(session, current.category, handle):
        return current
    listed = search_that_listed(tracker, handle)
    if listed is None:
        return current.without("size", "colour", "not_colours")
    # A sneaker listed as the closest to boots in size 7: that 7 was never asked of it (test 53).
    kind = listed.category
    return listed if not kind or _of_the_kind(session, kind, handle) else listed.without("size")


def colour_asked_lately_of_it(tracker: Tracker, search: ProductQuery) -> str | None:
    """The colour asked about lately (`colour_asked_lately`), unless it was said with a search
    for another kind than the product's (`search` is then not the current one): "a coat in black"
    searched with the shoes on screen is not black shoes."""
    asked = colour_asked_lately(tracker)
    current = current_query(tracker)
    if asked and search != current and asked in colour_choices(current.colour):
        return None
    return asked


def colours_for_earlier(
    tracker: Tracker, handle: str, earlier: ProductQuery | None, colour: str | None
) -> tuple[str, ...]:
    """For a product an earlier list showed (`search_of_another_kind`) and no colour said now:
    the colour asked about it, then the one its search asked for (one colour, not "white or
    grey", which is asked)."""
    if earlier is None or colour is not None:
        return ()
    searched = earlier.colour if earlier.colour and "|" not in earlier.colour else None
    return tuple(c for c in (colour_asked_about(tracker, handle, True), searched) if c)
