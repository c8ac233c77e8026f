"""The ways a message picks one product: by name, by the words of its title, by a description
of one on screen ("the cheapest one", "the black one") or by its position; and the
`ProductReference` they answer with (which product, or why that is unclear)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from actions.conversation.screen import ShownResults
from commerce.models import Product
from commerce.products import find_product_by_name
from commerce.search import ProductQuery, find_products


@dataclass(frozen=True)
class ProductReference:
    """Which product a message is about, or why that is unclear."""

    handle: str | None
    # "unknown_name", "ambiguous_name" (several products are called that), "bad_ordinal",
    # "ambiguous", "no_such_one" (none on screen fits), "none"
    problem: str | None = None
    name: str | None = None  # the name the shopper used, when it fits several products
    # For "ambiguous": the products that fit ("the black one" when both belts are black), so the
    # shopper can be asked by name (`ask_which_one`).
    candidates: tuple[str, ...] = ()
    # "The cheapest one" when two share the lowest price (the highest, for the priciest): it.
    tied_at: Decimal | None = None


# Entities that describe one of the products on screen ("the black one", "the cheapest one").
DESCRIBERS = frozenset({"sort", "colour", "brand", "category", "feature"})


# "The cheaper one" / "the pricier one" among products on screen: the cheapest / priciest of them.
SORT_OF_DIRECTION = {"cheaper": "price_asc", "pricier": "price_desc"}
# Words that say nothing about which product is meant.
NOT_NAMING = frozenset(
    [
        "the",
        "one",
        "that",
        "this",
        "and",
        "add",
        "put",
        "cart",
        "basket",
        "buy",
        "get",
        "want",
        "need",
        "please",
        "pls",
        "size",
    ]
)


def by_name(session: Session, name: str, entities: dict[str, list[str]]) -> ProductReference:
    """A product named whole or in part; "the kensington tux" picks the tuxedo of the two."""
    handle = find_product_by_name(session, name)
    if handle:
        return ProductReference(handle)
    described = ProductQuery(
        product=name,
        category=(entities.get("category") or [None])[-1],
        colour=(entities.get("colour") or [None])[-1],
        brand=(entities.get("brand") or [None])[-1],
    )
    fitting = find_products(session, described, limit=2, in_stock_only=False)
    if fitting.total == 1:
        return ProductReference(fitting.matches[0].handle)
    return ProductReference(None, "ambiguous_name" if fitting.total else "unknown_name", name)


def by_title_words(session: Session, text: str, shown: ShownResults) -> ProductReference | None:
    """The product on screen whose title shares the most words with the message ("add the suede
    belt in brown", "the calla one"), when exactly one shares the most."""
    words = {w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in NOT_NAMING}
    if not words:
        return None
    titles = session.execute(
        select(Product.handle, Product.title).where(Product.handle.in_(shown.handles))
    )
    scores = {
        handle: len(words & set(re.findall(r"[a-z]+", title.lower()))) for handle, title in titles
    }
    best = max(scores.values(), default=0)
    winners = [handle for handle, score in scores.items() if score == best]
    return ProductReference(winners[0]) if best and len(winners) == 1 else None


def by_description(
    session: Session, entities: dict[str, list[str]], shown: ShownResults
) -> ProductReference:
    """The product on screen that fits a description; the first by price for a superlative."""
    description = ProductQuery(
        colour=(entities.get("colour") or [None])[-1],
        brand=(entities.get("brand") or [None])[-1],
        category=(entities.get("category") or [None])[-1],
        sort=(entities.get("sort") or [None])[-1],
        features=tuple(entities.get("feature") or ()),
    )
    # "The green one" after a list in size M: the colours the list showed, those of that size.
    if description.colour and shown.query.get("size"):
        in_size = description.updated(size=shown.query["size"])
        if find_products(session, in_size, limit=1, only_handles=shown.handles).matches:
            description = in_size
    fitting = find_products(
        session, description, limit=len(shown.handles), only_handles=shown.handles
    )
    handles = [match.handle for match in fitting.matches]
    if not description.sort:  # keep the order on screen
        handles = [handle for handle in shown.handles if handle in handles]
    if description.sort in SORT_OF_DIRECTION.values() and len(handles) > 1:
        # "the cheapest one" of two belts at $69: which of them (stranger test 31).
        price = [match.price_from for match in fitting.matches]  # what the order ranks by
        tied = tuple(h for h, at in zip(handles, price, strict=True) if at == price[0])
        if len(tied) > 1:
            return ProductReference(None, "ambiguous", candidates=tied, tied_at=price[0])
    if len(handles) == 1 or (handles and description.sort):
        return ProductReference(handles[0])
    if handles:
        return ProductReference(None, "ambiguous", candidates=tuple(handles))
    return ProductReference(None, "no_such_one")


def by_position(ordinal: str, shown: ShownResults) -> ProductReference:
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
    # "The second one of those" past a list of one flat, three sandals listed above it.
    if 1 <= position <= len(shown.listed_above):
        return ProductReference(shown.listed_above[position - 1])
    return ProductReference(None, "bad_ordinal")
