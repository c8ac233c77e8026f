"""Completing an outfit: in-stock products that go with the product in focus or the cart, each
with why (shared occasion and style tags, colours that go together, materials), from the catalog
and the shop owner's rules in catalog/lexicon.yml (`goes_with`, `colours_that_go_together`). How
each candidate is scored: `outfit_scoring`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from commerce.cart import cart_items
from commerce.lexicon import load_lexicon
from commerce.product_facts import MATERIALS
from commerce.profiles import LETTER_KIND, LETTER_SIZED_KINDS, SIZE_KINDS, kind_of_type, known_sizes
from commerce.recommend.outfit_scoring import (
    OutfitItem,
    Reason,
    _load_candidates,
    _matches,
    _score,
    _tag_rarity,
    load_items,
    occasion_tags,
)
from commerce.search import ProductMatch, ProductQuery, SearchResult, category_types, find_products
from commerce.sizes import key_of_label


@dataclass(frozen=True)
class Anchor:
    """A product the outfit is built around, in the colour the shopper has or looks at (if known)."""

    handle: str
    colour: str | None = None


@dataclass(frozen=True)
class Suggestion:
    match: ProductMatch
    place: str  # the part of the outfit it fills, as the lexicon names it ("dress shirts")
    reasons: tuple[Reason, ...]
    score: float = field(default=0.0, compare=False)


@dataclass(frozen=True)
class Outfit:
    anchors: tuple[str, ...]  # the titles of the products it goes with
    suggestions: tuple[Suggestion, ...]
    # Places the lexicon names for the anchors that nothing in stock (in the shopper's size) fills.
    unfilled: tuple[str, ...] = ()
    # False when the lexicon says nothing about what goes with these kinds of product.
    known_kind: bool = True
    # Whom the suggestions were searched for ("male", "female"): the anchors' own, when one.
    gender: str | None = None
    # True when the rules' places held nothing in stock (`unfilled`), so the suggestions are
    # clothes and shoes that go with the anchors (`WIDER_PLACES`), not what the rules name.
    widened: bool = False

    def as_result(self) -> SearchResult:
        """The suggestions as a result list, for the same lines, cards and buttons as a search."""
        matches = [suggestion.match for suggestion in self.suggestions]
        return SearchResult(query=ProductQuery(), matches=matches, total=len(matches))


# When the rules' places hold nothing in stock for whom the anchor is made (a men's weekender bag,
# and the rules pair bags with heels and dresses): clothes and shoes that go with it instead.
WIDER_PLACES = ("clothing", "shoes")
# Evening wear goes only with a dressy piece or for a dressy occasion: a tuxedo shirt with a
# tuxedo or for a wedding, never with a business suit for an interview.
EVENING_WEAR = frozenset({"black-tie", "evening"})
DRESSY = EVENING_WEAR | {"formal", "wedding", "prom", "party", "cocktail"}


def outfit_places(product_type: str) -> tuple[tuple[str, ...], ...]:
    """The places an outfit around a product of `product_type` has ((kinds filling each), ...),
    from the most specific `goes_with` entry that covers the type; () when none does."""
    lexicon = load_lexicon()
    wanted = product_type.strip().lower()
    covering = [
        (len(category_types(kind)), kind)
        for kind in lexicon.goes_with
        if wanted in category_types(kind)
    ]
    if not covering:
        return ()
    return lexicon.goes_with[min(covering)[1]]


def complete_the_look(
    session: Session,
    anchors: Iterable[Anchor],
    sizes: Mapping[str, str] | None = None,
    limit: int = 4,
    only_kind: str | Iterable[str] | None = None,
    occasions: Iterable[str] = (),
) -> Outfit:
    """In-stock products that complete an outfit with `anchors` (the product in focus, or the
    cart), one per place of the outfit first, then the next best of each place.

    `sizes` maps a product type (lowercase, "oxfords") to the shopper's size key there ("10",
    see `shopper_sizes`); a product of that type made in that size is suggested only when it is in
    stock in it.
    `only_kind` ("shoes" in "what shoes go with it?") keeps the places of that kind; several
    ("what shirt and tie go with it?") keep the places of each.
    Ranked by shared occasion and style tags (rarer tags count more), colours that go together
    (the lexicon's table) and shared materials; ties keep the shop's own order.
    When no place has anything in stock (for whom the anchors are made) and no kind was asked
    for, clothes and shoes that go with them stand in (`WIDER_PLACES`, `Outfit.widened`).
    Evening wear (a tuxedo shirt) goes only with what is dressy itself, or for a dressy occasion
    said (`occasions`, "interview": never), see `DRESSY`.
    """
    anchors = list(anchors)
    items = load_items(session, [a.handle for a in anchors])
    anchor_items = [items[a.handle] for a in anchors if a.handle in items]
    if not anchor_items:
        return Outfit((), (), known_kind=False)
    titles = tuple(item.title for item in anchor_items)
    own_types = {item.product_type.lower() for item in anchor_items}
    places: list[tuple[str, frozenset[str]]] = []
    known_kind = False
    for item in anchor_items:
        for place in outfit_places(item.product_type):
            known_kind = True
            kinds = frozenset().union(*(category_types(kind) for kind in place))
            if kinds & own_types or any(kinds == seen for _, seen in places):
                continue  # the shopper has one already, or another anchor asked for it
            places.append((place[0], kinds))
    if only_kind:
        asked = [only_kind] if isinstance(only_kind, str) else list(only_kind)
        wanted = frozenset().union(*(category_types(kind) for kind in asked))
        places = [(name, kinds & wanted) for name, kinds in places if kinds & wanted]
        if known_kind:  # a kind the rules don't name: still, that kind
            for kind in asked:
                if not any(kinds & category_types(kind) for _, kinds in places):
                    places.append((kind.lower(), frozenset(category_types(kind))))
    if not places:
        return Outfit(titles, (), known_kind=known_kind)

    genders = {item.gender for item in anchor_items if item.gender in ("male", "female")}
    gender = next(iter(genders)) if len(genders) == 1 else None
    dressy = frozenset().union(*(item.tags for item in anchor_items), occasions) & DRESSY
    scoring = _Scoring(
        rarity=_tag_rarity(session),
        anchor_colours=_anchor_colours(anchors, items),
        anchor_items=anchor_items,
        sizes={kind.lower(): key for kind, key in (sizes or {}).items()},
        not_tags=frozenset() if dressy else EVENING_WEAR,
    )
    ranked_by_place, unfilled = _rank(session, places, genders, scoring)
    widened = False
    if not ranked_by_place and known_kind and not only_kind:
        wider = [(name, frozenset(category_types(name) - own_types)) for name in WIDER_PLACES]
        ranked_by_place, _ = _rank(session, [p for p in wider if p[1]], genders, scoring)
        widened = bool(ranked_by_place)
    picked: list[tuple[str, OutfitItem, tuple[Reason, ...], float]] = []
    depth = 0
    while len(picked) < limit and any(depth < len(ranked) for _, ranked in ranked_by_place):
        for name, ranked in ranked_by_place:
            if depth < len(ranked) and len(picked) < limit:
                negative_score, _, item, _colour, reasons = ranked[depth]
                picked.append((name, item, reasons, -negative_score))
        depth += 1
    matches = _matches(session, [item for _, item, _, _ in picked], scoring.sizes)
    chosen = [
        Suggestion(matches[item.handle], name, reasons, score)
        for name, item, reasons, score in picked
        if item.handle in matches
    ]
    return Outfit(titles, tuple(chosen), tuple(unfilled), known_kind, gender, widened)


# A place's candidates, best first: (-score, shop position, product, colour shown, reasons).
_Ranked = list[tuple[float, int, "OutfitItem", str | None, tuple[Reason, ...]]]


@dataclass(frozen=True)
class _Scoring:
    """What ranking a candidate against the anchors needs."""

    rarity: dict[str, float]
    anchor_colours: dict[str, str]
    anchor_items: list[OutfitItem]
    sizes: dict[str, str]
    not_tags: frozenset[str] = frozenset()  # candidates with one of these are left out


def _rank(
    session: Session,
    places: list[tuple[str, frozenset[str]]],
    genders: set[str],
    scoring: _Scoring,
) -> tuple[list[tuple[str, _Ranked]], list[str]]:
    """(place name, its in-stock candidates best first) for each place that has some, and the
    names of the places with none."""
    candidates = _load_candidates(session, places, genders)
    anchor_tags = frozenset().union(*(item.tags for item in scoring.anchor_items))
    anchor_occasions = anchor_tags & occasion_tags()
    anchor_materials = anchor_tags & set(MATERIALS)
    ranked_by_place: list[tuple[str, _Ranked]] = []
    unfilled = []
    for name, kinds in places:
        ranked: _Ranked = []
        for item in candidates:
            if item.product_type.lower() not in kinds and item.department.lower() not in kinds:
                continue
            if item.tags & scoring.not_tags:
                continue
            scored = _score(
                item, scoring.sizes, scoring.rarity, anchor_occasions, anchor_materials,
                scoring.anchor_colours,
            )  # fmt: skip
            if scored is not None:
                score, colour, reasons = scored
                ranked.append((-score, item.position, item, colour, reasons))
        ranked.sort(key=lambda entry: (entry[0], entry[1]))
        if ranked:
            ranked_by_place.append((name, ranked))
        else:
            unfilled.append(name)
    return ranked_by_place, unfilled


def complete_an_owned_look(
    session: Session,
    kind: str,
    colours: Iterable[str] = (),
    occasions: Iterable[str] = (),
    sizes: Mapping[str, str] | None = None,
    limit: int = 4,
) -> Outfit | None:
    """What goes with something the shopper already owns ("I already have an emerald green gown,
    I need everything else"): the outfit around a product of that kind in that colour standing in
    for theirs (`complete_the_look`), for the occasions said. Only the reasons that hold for their
    own piece are kept: its colour and the occasions said, never the stand-in's material or other
    occasions. Its `anchors` are empty (the piece is theirs, not ours); None when the shop has
    nothing of that kind to stand in for it, or no rules for what goes with it."""
    colours, occasions = list(colours), tuple(occasions)
    lexicon = load_lexicon()
    stand_in, colour = None, None
    # "emerald": a green one stands in when none is called emerald.
    families = [lexicon.colour_family(c) for c in colours]
    for colour in dict.fromkeys([*colours, *filter(None, families), None]):
        for said in dict.fromkeys([occasions, ()]):
            query = ProductQuery(category=kind, colour=colour, occasions=said)
            found = find_products(session, query, limit=1, in_stock_only=False)
            if found.matches:
                stand_in = found.matches[0]
                break
        if stand_in is not None:
            break
    if stand_in is None:
        return None
    outfit = complete_the_look(session, [Anchor(stand_in.handle, colour)], sizes, limit)
    if not outfit.known_kind:
        return None
    # The colours a reason may name as the piece's own: those said, by colour or family.
    theirs = {c.lower() for c in colours} | {lexicon.colour_family(c) for c in colours} - {None}

    def holds(reason: Reason) -> bool:
        if reason.kind == "same_colour":
            return reason.value in theirs or lexicon.colour_family(reason.value) in theirs
        if reason.kind == "colour_goes":
            return reason.detail in theirs or lexicon.colour_family(reason.detail) in theirs
        return reason.kind == "occasion" and reason.value in occasions

    suggestions = tuple(
        Suggestion(
            s.match, s.place,
            tuple(Reason(r.kind, r.value) if r.kind == "same_colour" else r
                  for r in s.reasons if holds(r)),
            s.score,
        )
        for s in outfit.suggestions
    )  # fmt: skip
    return Outfit((), suggestions, outfit.unfilled, outfit.known_kind)


def _anchor_colours(anchors: list[Anchor], items: dict[str, OutfitItem]) -> dict[str, str]:
    """colour key -> its family, for each anchor whose colour is known: the one given, or the only
    colour the product is in stock in."""
    colours: dict[str, str] = {}
    lexicon = load_lexicon()
    for anchor in anchors:
        item = items.get(anchor.handle)
        if item is None:
            continue
        in_stock = {
            v.colour_key: v.colour_family for v in item.variants if v.colour_key and v.stock > 0
        }
        picked = {}
        if anchor.colour:  # the colour looked at, when the product is in stock in it
            key = anchor.colour.strip().lower()
            key = lexicon.colour_synonyms.get(key, key)
            picked = {c: f for c, f in in_stock.items() if key in (c, f)}
        colours.update(picked or (in_stock if len(in_stock) == 1 else {}))
    return colours


def _same_size_types(product_type: str) -> frozenset[str]:
    """The types a size of `product_type` holds for ("oxfords" -> every kind of shoe)."""
    kind = kind_of_type(product_type)
    return SIZE_KINDS[kind] if kind else frozenset({product_type.lower()})


def shopper_sizes(
    session: Session, owner: str, searched_kind: str | None = None, searched_size: str | None = None
) -> dict[str, str]:
    """{product type: size key} of what the shopper has told us, the most recent last: the sizes
    their profile knows (said, or from their orders), the sizes in their cart, and the size of
    the current search for its kind of product ("oxfords in 10": every kind of shoe in 10)."""
    sizes: dict[str, str] = {}
    for kind, known in known_sizes(session, owner).items():
        kinds = LETTER_SIZED_KINDS if kind == LETTER_KIND else (kind,)
        for types in (SIZE_KINDS.get(name, frozenset()) for name in kinds):
            sizes.update(dict.fromkeys(types, known.size_key))
    for item in cart_items(session, owner):
        if item.variant.size:
            types = _same_size_types(item.variant.product.product_type or "")
            sizes.update(dict.fromkeys(types, key_of_label(item.variant.size)))
    if searched_kind and searched_size:
        for word in category_types(searched_kind):
            sizes.update(dict.fromkeys(_same_size_types(word), searched_size.lower()))
    return sizes
