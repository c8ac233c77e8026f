"""Matching outfits for two ("matching outfits for me and my partner", "matching navy outfits for
two"): clothing for him and for her in one shared colour, the colour asked for or else the one both
have most of in stock (stranger test 19, docs/nlu/stranger-test-19.md: "must be matching" was lost).
Two people matching in one kind ("matching ties for me and my twin bro") wear the same product:
`same_for_both`, those in stock in a colour the shop has enough of for both (stranger test 31,
docs/nlu/stranger-test-31.md: ties, sold for men only, found no colour "for both of you").
Returns facts: the colour and each one's products; the wording is the actions' job."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commerce.models import Product, Variant
from commerce.search import (
    ProductQuery,
    SearchResult,
    colour_choices,
    find_products,
    load_variant_facts,
    variant_fits,
)

# What an outfit for either is looked for among, when the shopper names no kind.
OUTFIT_KIND = "clothing"
PEOPLE = ("male", "female")
# How many products of the kind are looked through for those the shop has enough of for two.
SAME_FOR_BOTH_CANDIDATES = 24


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


def outfits_of_two_kinds(
    session: Session, query: ProductQuery, kinds: list[str], limit: int = 2
) -> MatchingOutfits | None:
    """Coordinating outfits with a kind named for each ("a navy dress for me and a navy blazer
    for him", stranger test 56): his kind for him and her kind for her, in one colour chosen as
    `matching_outfits` chooses it; whichever of the two kinds each wears (no dress for him).
    None when no colour has both in stock, or fewer than two kinds are named."""
    if len(kinds) < 2:
        return None
    base = query.updated(gender=None, size=None)

    def worn_by(kind: str, who: str) -> bool:
        return bool(
            find_products(session, base.updated(category=kind, gender=who), limit=1).matches
        )

    # Only where one kind is his or hers alone (a dress): "suits and ties for me and my brother"
    # are for two men, and stay a search of their own.
    if all(worn_by(kind, who) for kind in kinds[:2] for who in PEOPLE):
        return None
    for his, hers in ((kinds[0], kinds[1]), (kinds[1], kinds[0])):
        for colour in colour_choices(query.colour) or _colours_by_stock(session):
            him = find_products(
                session, base.updated(category=his, colour=colour, gender="male"), limit=limit
            )
            her = find_products(
                session, base.updated(category=hers, colour=colour, gender="female"), limit=limit
            )
            if him.matches and her.matches:
                return MatchingOutfits(colour=colour, for_him=him, for_her=her)
    return None


def same_for_both(
    session: Session, query: ProductQuery, people: int = 2, limit: int = 3
) -> SearchResult:
    """Products of the query's kind that `people` people can wear alike: one product, bought once
    for each in one colour (and the query's size, if it has one) of which one variant has at least
    `people` in stock. Each match's colours are those only; no matches when none has such a one."""
    found = find_products(session, query, limit=SAME_FOR_BOTH_CANDIDATES)
    handles = [match.handle for match in found.matches]
    rows = session.execute(select(Product.handle, Product.id).where(Product.handle.in_(handles)))
    ids = dict(rows.all())
    variants = load_variant_facts(session, list(ids.values()))
    matches = []
    for match in found.matches:
        enough = [
            variant
            for variant in variants.get(ids[match.handle], [])
            if variant.stock >= people and variant_fits(variant, query, in_stock_only=True)
        ]
        if enough:
            colours = tuple(dict.fromkeys(v.colour for v in enough if v.colour))
            matches.append(dataclasses.replace(match, colours=colours))
    return SearchResult(query=query, matches=matches[:limit], total=len(matches))


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
