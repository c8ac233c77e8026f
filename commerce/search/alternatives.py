"""What to show when a search finds nothing in stock (`find_alternatives`): the closest in-stock
products and the filters they give up, the exact matches that are sold out, and the sizes in stock
when the size was given up."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property

from sqlalchemy.orm import Session

from commerce.lexicon import load_lexicon
from commerce.search.budget_margin import nearest_in_reach
from commerce.search.closest import find_closest, of_a_wider_kind
from commerce.search.distance import RELAXATION_ORDER
from commerce.search.finding import find_products
from commerce.search.on_offer import available_sizes
from commerce.search.query import COLOUR_ALTERNATIVES, ProductQuery, colour_choices
from commerce.search.quiet import quiet_first
from commerce.search.results import SearchResult
from commerce.search.size_bounds import SizeBound, size_beyond_those_made


@dataclass(frozen=True)
class Alternatives:
    """The closest thing to a query that found nothing: which filters were dropped, what was found."""

    dropped: tuple[str, ...]
    result: SearchResult
    sold_out: SearchResult | None = None  # the exact matches, all out of stock
    # Reads `available_sizes` from the store; a reply that names no sizes never asks.
    sizes_in_stock: Callable[[], tuple[str, ...]] = field(
        default=lambda: (), repr=False, compare=False
    )

    @cached_property
    def available_sizes(self) -> tuple[str, ...]:
        """When the size was given up: the sizes in stock of what fits the rest of the query.
        Read from the store when first asked for, so ask while the search's session is open
        (every variant of the kind is read: docs/performance.md, section 3.2)."""
        return self.sizes_in_stock()

    # Reads `size_beyond_those_made` from the store, as `sizes_in_stock`.
    bound_of_size: Callable[[], SizeBound | None] = field(
        default=lambda: None, repr=False, compare=False
    )

    @cached_property
    def size_bound(self) -> SizeBound | None:
        """When the size was given up for being beyond every size made of the kind ("shoes in
        14"): the furthest size made ("US 13"). Ask while the search's session is open."""
        return self.bound_of_size()


# Looks a shopper wishes for but would give up before a colour, a size or the budget said with
# them: "something floaty" (catalog/lexicon.yml features; the catalog's "airy", "fluid").
LOOKS_GIVEN_UP_FIRST = frozenset({"floaty"})


def find_alternatives(
    session: Session, query: ProductQuery, limit: int = 3, keep: Iterable[str] = ()
) -> Alternatives:
    """The closest in-stock products to a query that found nothing in stock.

    Closest means smallest `alternative_distance`: first keeping what the shopper has just
    changed (`keep`, e.g. the colour of "in brown instead"; when every filter is new, as in a
    first search, none is preferred), then the price distance (over budget, the cheapest above
    it), then the fewest filters given up. The kind of
    product is kept unless the shop has nothing in stock of that kind, or its closest give up
    what was just asked for and its wider kind keeps it (a gold flat before heels in black:
    closest.py, `_wider_keeping_first`). The result's query has
    sort="closest", so "Show more" goes on in the same order; `dropped` names every filter that
    some product shown gives up (each match's own are in `ProductMatch.gave_up`).
    """
    # "Floaty, in light blue or a soft pink": with none both, the pink ones come before floaty
    # ones in other colours; a look wished for is given up first (stranger test 53).
    if wished := [f for f in query.features if f in LOOKS_GIVEN_UP_FIRST]:
        plain = query.updated(features=tuple(f for f in query.features if f not in wished))
        found = find_alternatives(session, plain, limit, keep)
        if found.result.total:
            return found
    sold_out = find_products(session, query, limit=limit, in_stock_only=False)
    # "Pale blue shirts": those in plain blue first, each said as not the exact shade.
    near = _in_nearest_shade(session, query, limit)
    if near is not None and len(near.matches) >= limit:
        return Alternatives(
            dropped=("shade",), result=near, sold_out=sold_out if sold_out.total else None
        )
    relaxable = [name for name in RELAXATION_ORDER if name in query.active_filters()]
    keep = tuple(name for name in relaxable if name in set(keep))
    if set(keep) == set(relaxable):  # all of it just asked: nothing to prefer
        keep = ()
    # "not too expensive": of equally close ones, the cheapest first (stranger test 65).
    closest = query.updated(sort="closest", keep=keep, cheap_first=query.sort == "price_asc")
    # Nothing fits even out of stock, so nothing in stock does: no need to look again.
    result = find_closest(session, closest, 0, limit, nothing_fits=not sold_out.total)
    lost_category: tuple[str, ...] = ()
    # Only other kinds keep a material or detail asked ("velvet boots": velvet loafers): the kind
    # was given up for it, which the caller never does while the kind has any close (stranger
    # test 63: warm suede boots got a suede derby).
    wider = [of_a_wider_kind(match.product_type, query) for match in result.matches]
    if query.features and wider and all(wider):
        lost_category = ("category",)
    if not result.total:
        fixed = [name for name in closest.active_filters() if name not in RELAXATION_ORDER]
        closest = closest.without("category", *fixed)
        result = find_products(session, closest, limit=limit)
        lost_category = ("category",)
    given_up = {name for match in result.matches for name in match.gave_up}
    dropped = tuple(name for name in RELAXATION_ORDER if name in given_up) + lost_category
    if near is not None:  # too few in the plain colour: they come first, then the closest
        shown = {match.handle for match in near.matches}
        others = [match for match in result.matches if match.handle not in shown]
        result = replace(result, matches=[*near.matches, *others][:limit])
        dropped = ("shade", *dropped)
    if query.quiet:  # "smart but not too showy": the showy ones of the closest last
        order = quiet_first(session, [match.handle for match in result.matches], query.quiet)
        result = replace(
            result, matches=sorted(result.matches, key=lambda m: order.index(m.handle))
        )
    return Alternatives(
        dropped=dropped,
        result=result,
        sold_out=sold_out if sold_out.total else None,
        sizes_in_stock=lambda: _sizes_if_size_dropped(session, query, dropped),
        bound_of_size=lambda: size_beyond_those_made(session, query) if "size" in dropped else None,
    )


def nearest_shade_query(query: ProductQuery) -> ProductQuery | None:
    """ "Pale blue shirts": the same search in the colour nearest that shade (lexicon
    `colour_shades`: blue), leaving out the shades no match for it (navy); None when the query
    names no shade. "Dusty pink or sage green": pink or green (or olive), each shade in turn;
    a plain colour said beside a shade ("black or sage green") stays as it is."""
    if not query.colour:
        return None
    lexicon = load_lexicon()
    colours = [lexicon.colour_synonyms.get(c.strip().lower(), c.strip().lower())
               for c in colour_choices(query.colour)]  # fmt: skip
    shades = [colour for colour in colours if colour in lexicon.colour_shades]
    if not shades:
        return None
    nearer: list[str] = []
    unlike = list(query.not_colours)
    for colour in colours:
        if colour not in lexicon.colour_shades:
            nearer.append(colour)
            continue
        near, never = lexicon.colour_shades[colour]
        nearer += colour_choices(near)
        unlike += [colour, *never]
    nearer = [colour for colour in dict.fromkeys(nearer) if colour not in unlike]
    return query.updated(
        colour=COLOUR_ALTERNATIVES.join(nearer) or None, not_colours=tuple(dict.fromkeys(unlike))
    )


def _in_nearest_shade(session: Session, query: ProductQuery, limit: int) -> SearchResult | None:
    """The products in stock in the colour nearest the query's shade, each giving up the shade
    ("shade": said as not the exact shade, never as it); None when none is or no shade is said."""
    nearer = nearest_shade_query(query)
    if nearer is None or not nearer.colour:
        return None
    found = find_products(session, nearer, limit=limit)
    if not found.matches:
        return None
    return replace(found, matches=[replace(match, gave_up=("shade",)) for match in found.matches])


def _sizes_if_size_dropped(
    session: Session, query: ProductQuery, dropped: Iterable[str]
) -> tuple[str, ...]:
    return available_sizes(session, query.without("size")) if "size" in dropped else ()


def offered_in_reach(alternatives: Alternatives, budget: Decimal | None) -> Alternatives:
    """`alternatives` as offered to a shopper with a price cap `budget`: none far over it while
    one within reach is; when none is, the least expensive alone (`nearest_in_reach`, stranger
    test 91, B3: a $269.95 clutch for "nothing over $60")."""
    result = alternatives.result
    near = nearest_in_reach(result.matches, budget)
    if len(near) == len(result.matches):
        return alternatives
    shown = replace(result, matches=near, total=result.offset + len(near), total_capped=False)
    return replace(alternatives, result=shown)
