"""Whether two products go together ("does the belt match the shoes?"), from the catalog and the
shop owner's rules: their colours by the table outfits use (catalog/lexicon.yml
`colours_that_go_together`, `colour_fit`), a material both are made of, and the occasion and style
tags both carry. Facts and a verdict; the wording is the actions' job."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from commerce.lexicon import load_lexicon
from commerce.product_facts import MATERIALS
from commerce.recommend.outfit_scoring import OutfitItem, colour_fit, load_items

YES = "yes"  # the colours go and both are for the same occasions
CAN_BUT = "can_but"  # they can, but the colours or the occasions don't line up
UNKNOWN = "unknown"  # the catalog and the table say too little to tell


@dataclass(frozen=True)
class PairCheck:
    """Two products side by side: what they share, and whether their colours go."""

    titles: tuple[str, str]
    # The colours judged, as the catalog names them (first's, second's); None for a product
    # without colours.
    colours: tuple[str | None, str | None]
    # True: the same colour or a pair the table lists; False: the table knows both and doesn't
    # pair them; None: it says nothing about them.
    colours_go: bool | None
    # When the colours looked at don't go: (0 or 1, a colour that product is in stock in that does).
    other_colour: tuple[int, str] | None
    material: str | None  # a material both are made of ("leather")
    occasions: tuple[str, ...]  # occasion and style tags both carry, the lexicon's order
    own_occasions: tuple[tuple[str, ...], tuple[str, ...]]  # each one's own occasion tags

    @property
    def verdict(self) -> str:
        if self.colours_go and (self.occasions or not any(self.own_occasions)):
            return YES
        if self.colours_go is False or (self.colours_go and not self.occasions):
            return CAN_BUT
        return UNKNOWN


def _occasion_order() -> list[str]:
    """The lexicon's occasion tags in its own order (black-tie, formal, wedding, ... casual)."""
    return list(dict.fromkeys(load_lexicon().occasions.values()))


def _colours(item: OutfitItem, looked_at: str | None) -> dict[str, tuple[str, str | None]]:
    """colour key -> (the catalog's name, its family) of the colours `item` is in stock in; only
    the colour looked at (by name or family) when it is in stock in it."""
    colours = {
        v.colour_key: (v.colour, v.colour_family)
        for v in item.variants
        if v.colour and v.colour_key and v.stock > 0
    }
    if looked_at:
        lexicon = load_lexicon()
        key = looked_at.strip().lower()
        key = lexicon.colour_synonyms.get(key, key)
        picked = {c: named for c, named in colours.items() if key in (c, named[1])}
        return picked or colours
    return colours


def _fit(a: tuple[str, str | None], b: tuple[str, str | None]) -> float:
    """How well two colours (key, family) go, either way round in the table (0: not at all)."""
    return max(
        colour_fit(b[0], b[1], {a[0]: a[1] or a[0]})[0],
        colour_fit(a[0], a[1], {b[0]: b[1] or b[0]})[0],
    )


def _known(key: str, family: str | None) -> bool:
    harmony = load_lexicon().colour_harmony
    return key in harmony or (family or "") in harmony


def check_pair(
    session: Session,
    first: str,
    second: str,
    looked_at: tuple[str | None, str | None] = (None, None),
) -> PairCheck | None:
    """Whether products `first` and `second` (handles) go together, in the colours the shopper
    looked at (`looked_at`, each None for any it is in stock in); None when either is unknown."""
    items = load_items(session, [first, second])
    if first not in items or second not in items or first == second:
        return None
    a, b = items[first], items[second]
    a_colours, b_colours = _colours(a, looked_at[0]), _colours(b, looked_at[1])
    best: tuple[float, str | None, str | None] = (-1.0, None, None)
    known = False
    for a_key, (a_name, a_family) in a_colours.items():
        for b_key, (b_name, b_family) in b_colours.items():
            known = known or a_key == b_key or _known(a_key, a_family) or _known(b_key, b_family)
            score = _fit((a_key, a_family), (b_key, b_family))
            if score > best[0]:
                best = (score, a_name, b_name)
    colours_go: bool | None = None
    other_colour = None
    if best[1] is not None and best[2] is not None:
        colours_go = True if best[0] > 0 else (False if known else None)
    if colours_go is False:
        # Black shoes with a brown belt: the belt (or the shoes) in a colour that goes instead.
        for side, (own, other) in enumerate(
            [(_colours(a, None), b_colours), (_colours(b, None), a_colours)]
        ):
            fits = [
                name
                for key, (name, family) in own.items()
                if any(_fit((key, family), (k, f)) > 0 for k, (_, f) in other.items())
            ]
            if fits:  # the second one's colour is the one offered, when both could change
                other_colour = (side, fits[0])
    order = _occasion_order()
    occasion_tags = set(order)
    shared = a.tags & b.tags
    materials = sorted(shared & set(MATERIALS))
    return PairCheck(
        titles=(a.title, b.title),
        colours=(best[1], best[2]),
        colours_go=colours_go,
        other_colour=other_colour,
        material=materials[0] if materials else None,
        occasions=tuple(tag for tag in order if tag in shared & occasion_tags),
        own_occasions=(
            tuple(tag for tag in order if tag in a.tags),
            tuple(tag for tag in order if tag in b.tags),
        ),
    )


def colours_that_go_with(colour: str) -> tuple[str, ...]:
    """The colours the shop's table pairs with `colour` ("shoes to go with green"), the colour
    itself first and the rest as the table names them; () when the table says nothing about it."""
    lexicon = load_lexicon()
    key = lexicon.colour_synonyms.get(colour.strip().lower(), colour.strip().lower())
    harmony = lexicon.colour_harmony
    partners = harmony.get(key) or harmony.get(lexicon.colour_family(key) or "") or frozenset()
    if not partners or "|" in key:
        return ()
    return (key, *sorted(partners - {key}))
