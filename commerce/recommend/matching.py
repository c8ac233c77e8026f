"""Matching outfits for two ("matching outfits for me and my partner", "matching navy outfits for
two"): clothing for him and for her in one shared colour, the colour asked for or else the one both
have most of in stock (stranger test 19, docs/nlu/stranger-test-19.md: "must be matching" was lost).
Returns facts: the colour and each one's products; the wording is the actions' job."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commerce.models import Product, Variant
from commerce.search import ProductQuery, SearchResult, colour_choices, find_products

# What an outfit for either is looked for among, when the shopper names no kind.
OUTFIT_KIND = "clothing"
PEOPLE = ("male", "female")


@dataclass(frozen=True)
class MatchingOutfits:
    """One shared colour, and in it what the shop has in stock for each of the two."""

    colour: str
    for_him: SearchResult
    for_her: SearchResult


def matching_outfits(
    session: Session, query: ProductQuery, limit: int = 2
) -> MatchingOutfits | None:
    """Clothing for a man and for a woman in one colour: the query's colour (its first choice that
    both are in stock in), else the catalog colour both have the most of in stock, ties to the
    colour the catalog sells most. The query's kind (clothing when none), occasions, budget and
    features hold for both. None when no colour has something in stock for each."""
    base = query.updated(gender=None, category=query.category or OUTFIT_KIND, size=None)
    for colour in colour_choices(query.colour) or _colours_by_stock(session):
        found = [
            find_products(session, base.updated(colour=colour, gender=who), limit=limit)
            for who in PEOPLE
        ]
        if all(result.matches for result in found):
            return MatchingOutfits(colour=colour, for_him=found[0], for_her=found[1])
        if query.colour:
            continue
    return None


def _colours_by_stock(session: Session) -> list[str]:
    """The catalog's colours, those with the most variants in stock first."""
    rows = session.execute(
        select(func.lower(Variant.colour), func.count(Variant.id))
        .join(Product)
        .where(Product.is_active.is_(True), Variant.colour.is_not(None), Variant.stock > 0)
        .group_by(func.lower(Variant.colour))
        .order_by(func.count(Variant.id).desc(), func.lower(Variant.colour))
    )
    return [colour for colour, _ in rows if colour]
