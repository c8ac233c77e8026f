"""A whole outfit within a total budget ("need an outfit for an interview, $300 for everything"):
the main piece and the clothes and shoes the shop owner's rules pair with it (catalog/lexicon.yml
`goes_with`), one of each, whose prices together fit the amount. Facts only; the wording is the
actions' job."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from commerce.recommend.outfits import outfit_places
from commerce.search import ProductMatch, ProductQuery, category_types, find_products
from commerce.sizes import size_query_key

# The pieces an outfit is built around, for whom they are made.
MAIN_PIECES = {"male": ("suits", "blazers"), "female": ("dresses",)}
# Places of an outfit that are worn (clothes and shoes), not accessories.
_WORN = ("clothing", "shoes")
# How many candidates of each piece are tried, cheapest first.
_TRIED = 6


@dataclass(frozen=True)
class BudgetOutfit:
    """One outfit: its pieces (cheapest that fit first) and what they come to together."""

    main: str  # the kind it is built around ("suits")
    gender: str
    pieces: tuple[ProductMatch, ...]
    occasions: tuple[str, ...] = ()  # the occasions its pieces were looked for first

    @property
    def total(self) -> Decimal:
        return sum((piece.price_from for piece in self.pieces), Decimal(0))


@dataclass(frozen=True)
class BudgetOutfits:
    """For each gender asked: the outfit that fits the budget, else the cheapest one the shop can
    put together (`fits` False), or None when it can put none together."""

    budget: Decimal
    by_gender: tuple[tuple[str, BudgetOutfit | None], ...]

    def fits(self, gender: str) -> bool:
        outfit = dict(self.by_gender).get(gender)
        return outfit is not None and outfit.total <= self.budget


def gender_of_kinds(session: Session, kinds: list[str]) -> str | None:
    """The one gender the kinds named imply ("a dress, shoes and a bag": a dress is sold only
    for women, so the whole outfit is a women's one), or None when they imply none or both."""
    implied = set()
    for kind in kinds:
        sold_for = [
            gender
            for gender in MAIN_PIECES
            if find_products(session, ProductQuery(category=kind, gender=gender), limit=1).matches
        ]
        if len(sold_for) == 1:
            implied.add(sold_for[0])
    return implied.pop() if len(implied) == 1 else None


def _worn_places(main: str) -> list[str]:
    worn = set().union(*(category_types(kind) for kind in _WORN))
    places = []
    for place in outfit_places(main):
        kinds = [kind for kind in place if category_types(kind) & worn]
        if kinds:
            places.append("|".join(kinds))
    return places


def _size_for(kind: str, sizes: Mapping[str, str]) -> str | None:
    """The size the shopper told for `kind` (a size "in shoes" holds for flats), as a size key."""
    for sized, size in sizes.items():
        if category_types(sized) & category_types(kind):
            return size_query_key(size) or size.lower()
    return None


def _cheapest(
    session: Session,
    kind: str,
    gender: str,
    occasions: tuple[str, ...],
    sizes: Mapping[str, str] | None = None,
) -> list[ProductMatch]:
    """In-stock products of `kind` for `gender` (in the size told for it), cheapest first: those
    for the occasion said, else any but evening wear (a tuxedo shirt is no shirt for an
    interview)."""
    evening = {"black-tie", "evening"}
    not_occasions = () if evening & set(occasions) else tuple(sorted(evening))
    size = _size_for(kind, sizes or {})
    for said in dict.fromkeys([occasions, ()]):
        query = ProductQuery(
            category=kind, gender=gender, occasions=said, not_occasions=not_occasions,
            sort="price_asc", size=size,
        )  # fmt: skip
        found = find_products(session, query, limit=_TRIED).matches
        if found:
            return list(found)
    return []


def _build(
    session: Session,
    main: str,
    gender: str,
    occasions: tuple[str, ...],
    sizes: Mapping[str, str] | None = None,
    extra: tuple[str, ...] = (),
) -> BudgetOutfit | None:
    """The outfit around `main`: the cheapest of each piece the rules pair with it, and of each
    `extra` kind asked for that they leave out ("and a small bag"); None when the shop has no
    `main` for `gender`."""
    kinds = [main, *_worn_places(main)]
    covered = set().union(*(category_types(kind) for kind in kinds))
    kinds += [kind for kind in extra if not category_types(kind) & covered]
    options = [_cheapest(session, kind, gender, occasions, sizes) for kind in kinds]
    if not options[0]:
        return None
    options = [found for found in options if found]
    return BudgetOutfit(main, gender, tuple(found[0] for found in options), occasions)


def outfits_within(
    session: Session,
    budget: Decimal,
    genders: tuple[str, ...] = ("male", "female"),
    occasions: tuple[str, ...] = (),
    sizes: Mapping[str, str] | None = None,
    extra: tuple[str, ...] = (),
) -> BudgetOutfits:
    """For each of `genders`, the cheapest whole outfit the shop can put together around one of
    its main pieces (`MAIN_PIECES`), preferring those made for the occasion; each piece in the
    size told for its kind (`sizes`, kind -> size), with the `extra` kinds asked for too."""
    by_gender = []
    for gender in genders:
        # For the occasion where the shop has pieces for it, then any (but evening wear).
        built = [
            outfit
            for said in dict.fromkeys([occasions, ()])
            for main in MAIN_PIECES.get(gender, ())
            if (outfit := _build(session, main, gender, said, sizes, extra)) is not None
        ]
        # The first outfit that fits (for the occasion, a suit before a blazer), else the
        # cheapest of those for the occasion.
        fitting = [outfit for outfit in built if outfit.total <= budget]
        for_it = [outfit for outfit in built if outfit.occasions == occasions] or built
        best = fitting[0] if fitting else min(for_it, key=lambda o: o.total, default=None)
        by_gender.append((gender, best))
    return BudgetOutfits(budget, tuple(by_gender))
