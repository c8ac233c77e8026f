"""How well a product goes with an outfit's anchors: the products as scoring reads them
(`OutfitItem`), shared occasion and style tags (rarer ones count more), colours that go together
by the shop owner's table (`colour_fit`) and shared materials, each with its `Reason`; and whether
a product's colours go with one the shopper has (`colours_going_with`)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from commerce.lexicon import load_lexicon
from commerce.models import Product, ProductTag
from commerce.search import (
    ProductMatch,
    ProductQuery,
    VariantFacts,
    find_products,
    load_variant_facts,
)


@dataclass(frozen=True)
class Reason:
    """Why a suggestion is there, as a fact for the wording module.

    kind: "occasion" (value: a shared occasion or style tag, "black-tie"), "same_colour" (value:
    the colour both share; detail: the material both are made of, if any), "colour_goes" (value:
    the suggestion's colour; detail: the anchor's colour), "material" (value: a shared material).
    """

    kind: str
    value: str
    detail: str = ""


@dataclass(frozen=True)
class OutfitItem:
    """What scoring needs of one product."""

    id: int
    handle: str
    title: str
    product_type: str
    department: str
    gender: str | None
    position: int
    tags: frozenset[str]
    variants: tuple[VariantFacts, ...]


def load_items(session: Session, handles: list[str]) -> dict[str, OutfitItem]:
    """The active products of `handles` as scoring sees them, by handle (unknown ones left out)."""
    rows = session.execute(
        select(Product).where(Product.handle.in_(handles), Product.is_active.is_(True))
    ).scalars()
    return {item.handle: item for item in _items(session, list(rows))}


def _load_candidates(
    session: Session, places: list[tuple[str, frozenset[str]]], genders: set[str]
) -> list[OutfitItem]:
    kinds = sorted(frozenset().union(*(kinds for _, kinds in places)))
    conditions = [
        Product.is_active.is_(True),
        or_(func.lower(Product.product_type).in_(kinds), func.lower(Product.department).in_(kinds)),
    ]
    if len(genders) == 1:  # a mixed cart (a suit and a dress) takes both
        conditions.append(or_(Product.gender.in_((*genders, "unisex")), Product.gender.is_(None)))
    rows = session.execute(select(Product).where(*conditions).order_by(Product.position))
    return _items(session, list(rows.scalars()))


def _items(session: Session, products: list[Product]) -> list[OutfitItem]:
    ids = [product.id for product in products]
    tags: dict[int, set[str]] = defaultdict(set)
    for product_id, tag in session.execute(
        select(ProductTag.product_id, ProductTag.tag).where(ProductTag.product_id.in_(ids))
    ):
        tags[product_id].add(tag)
    variants = load_variant_facts(session, ids)
    return [
        OutfitItem(
            id=product.id,
            handle=product.handle,
            title=product.title,
            product_type=product.product_type or "",
            department=product.department or "",
            gender=product.gender,
            position=product.position,
            tags=frozenset(tags[product.id]),
            variants=tuple(variants[product.id]),
        )
        for product in products
    ]


def occasion_tags() -> set[str]:
    return set(load_lexicon().occasions.values())


def _tag_rarity(session: Session) -> dict[str, float]:
    """How telling a shared tag is: 1 / the share of products that carry it ("black-tie" on few
    products says more than "casual" on many)."""
    total = session.scalar(select(func.count(Product.id)).where(Product.is_active.is_(True))) or 1
    rows = session.execute(
        select(ProductTag.tag, func.count(ProductTag.product_id))
        .join(Product, Product.id == ProductTag.product_id)
        .where(Product.is_active.is_(True))
        .group_by(ProductTag.tag)
    )
    return {tag: total / count for tag, count in rows}


def colour_fit(
    colour_key: str, family: str | None, anchor_colours: dict[str, str]
) -> tuple[float, Reason | None, str | None]:
    """How well a colour sits next to the anchors' colours: the same colour, one that goes with
    it in the lexicon's table, or neither (0)."""
    harmony = load_lexicon().colour_harmony
    best: tuple[float, Reason | None, str | None] = (0.0, None, None)
    for anchor_key, anchor_family in anchor_colours.items():
        if colour_key == anchor_key:
            return 2.0, Reason("same_colour", anchor_key), anchor_key
        partners = harmony.get(anchor_key) or harmony.get(anchor_family or "") or frozenset()
        # Tone on tone (burgundy with red) goes too.
        goes = colour_key in partners or (family and family in partners | {anchor_family})
        if goes and best[0] < 1.5:
            best = (1.5, Reason("colour_goes", colour_key, anchor_key), anchor_key)
    return best


def _score(
    item: OutfitItem,
    sizes: dict[str, str],
    rarity: dict[str, float],
    anchor_occasions: frozenset[str],
    anchor_materials: frozenset[str],
    anchor_colours: dict[str, str],
) -> tuple[float, str | None, tuple[Reason, ...]] | None:
    """(score, the colour to show, reasons), or None when nothing is in stock in the size."""
    size = sizes.get(item.product_type.lower())
    if size and not any(size in v.size_keys for v in item.variants):
        size = None  # not a size this product is made in: it says nothing about it
    variants = [v for v in item.variants if v.stock > 0 and (not size or size in v.size_keys)]
    if not variants:
        return None
    shared = sorted(item.tags & anchor_occasions, key=lambda tag: (-rarity.get(tag, 1.0), tag))
    score = sum(min(rarity.get(tag, 1.0), 10.0) for tag in shared)
    reasons: list[Reason] = []
    if shared:
        reasons.append(Reason("occasion", shared[0]))
    materials = sorted(item.tags & anchor_materials)
    colour_score, colour_reason, colour = 0.0, None, None
    for variant in variants:
        if not variant.colour_key:
            continue
        fit = colour_fit(variant.colour_key, variant.colour_family, anchor_colours)
        if fit[0] > colour_score:
            colour_score, colour_reason, colour = fit[0], fit[1], variant.colour_key
    score += 2 * colour_score + (1.0 if materials else 0.0)
    if colour_reason is not None and colour_reason.kind == "same_colour" and materials:
        colour_reason = Reason("same_colour", colour_reason.value, materials[0])
        materials = []
    if colour_reason is not None:
        reasons.append(colour_reason)
    if materials:
        reasons.append(Reason("material", materials[0]))
    return score, colour, tuple(reasons[:2])


def _matches(
    session: Session, items: list[OutfitItem], sizes: dict[str, str]
) -> dict[str, ProductMatch]:
    """The products as result lines (prices of the shopper's size where it applies), one search
    per size rather than one per product."""
    by_size: dict[str | None, list[str]] = defaultdict(list)
    for item in items:
        size = sizes.get(item.product_type.lower())
        if size and not any(size in v.size_keys for v in item.variants):
            size = None
        by_size[size].append(item.handle)
    found: dict[str, ProductMatch] = {}
    for size, handles in by_size.items():
        result = find_products(
            session, ProductQuery(size=size), limit=len(handles), only_handles=handles
        )
        found.update((match.handle, match) for match in result.matches)
    return found


@dataclass(frozen=True)
class ColourPairing:
    """Whether a product's colours go with a colour the shopper has ("would that go with green?"),
    by the shop owner's table (`colours_that_go_together`)."""

    title: str
    colour: str  # the colour asked about, as the shopper said it
    known: bool  # False when the table says nothing about that colour: no judgement
    going: tuple[str, ...]  # the product's colours in stock that go with it, as the catalog names
    others: tuple[str, ...]  # its other colours in stock


def colours_going_with(session: Session, handle: str, colour: str) -> ColourPairing | None:
    """Which of the product's colours in stock go with `colour`: the same colour, one the table
    pairs with it, or tone on tone (`colour_fit`); None when there is no such product."""
    item = load_items(session, [handle]).get(handle)
    if item is None:
        return None
    lexicon = load_lexicon()
    key = lexicon.colour_synonyms.get(colour.strip().lower(), colour.strip().lower())
    family = lexicon.colour_family(key)
    harmony = lexicon.colour_harmony
    known = key in harmony or (family or "") in harmony
    in_stock = {
        v.colour_key: (v.colour, v.colour_family)
        for v in item.variants
        if v.colour and v.colour_key and v.stock > 0
    }
    going = tuple(
        name
        for colour_key, (name, colour_family) in in_stock.items()
        if known and colour_fit(colour_key, colour_family, {key: family or key})[0] > 0
    )
    others = tuple(name for name, _ in in_stock.values() if name not in going)
    return ColourPairing(item.title, colour, known, going, others)
