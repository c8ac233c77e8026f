"""How high a shoe's heel is, from what the catalog says of it: "on a slender 9 cm heel", "a neat
4 cm kitten heel", a flat. "What shoes would go with it? Nothing too high, my knees won't have it"
(stranger test 38, docs/nlu/stranger-test-38.md) puts flats and the lowest heels first. Nothing is
guessed: a heel whose height the catalog doesn't give comes after those it does."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commerce.models import Product
from commerce.search.query import (
    ProductQuery,
    category_types,  # (the module: finding.py imports this one)
)
from commerce.search.results import SearchResult

# "9 cm heel", "6 cm block heel", "12 cm heel", "a 4 cm kitten heel".
_CM = re.compile(r"(\d+(?:\.\d+)?)\s*cm\b[^.;,]*?\bheel", re.IGNORECASE)
# A heel said low without a number ("kitten heel", "low heel"): as low as a kitten heel goes.
_LOW_WORDS = re.compile(r"\b(?:kitten|low|low[- ]stacked)\s+heels?\b|\blow-heeled\b", re.I)
_KITTEN_CM = 4.0
# The lexicon feature of heels asked for low ("low heel only pls", catalog/lexicon.yml).
LOW_HEEL_FEATURE = "low heel"
# Heels whose height the catalog doesn't give: after every height it does give.
_UNKNOWN = float("inf")


def heel_height_cm(product_type: str, title: str, description: str) -> float:
    """The heel height the catalog gives (0 for flats and any shoe that isn't a heel, inf for a
    heel whose height it doesn't say)."""
    if (product_type or "").lower() not in category_types("heels"):
        return 0.0
    text = f"{title} {description}"
    if said := _CM.search(text):
        return float(said.group(1))
    return _KITTEN_CM if _LOW_WORDS.search(text) else _UNKNOWN


def lowest_heels_first(session: Session, handles: Iterable[str]) -> list[str]:
    """`handles` with flats and the lowest heels first, each kept where it was among those of the
    same height."""
    handles = list(handles)
    height = _heights(session, handles, heel_height_cm)
    return sorted(handles, key=lambda handle: height.get(handle, _UNKNOWN))


def heights_asked(query: ProductQuery) -> bool:
    """Whether a search's heels are listed with their heights: a heel limit said ("nothing higher
    than a couple of inches") or a low heel asked for ("low heel only pls")."""
    return query.heel_max_cm is not None or LOW_HEEL_FEATURE in map(str.lower, query.features)


def heights_said(session: Session, found: SearchResult) -> SearchResult:
    """`found` with the height of each heel whose height the catalog gives, for a search that
    asks for them (`heights_asked`); as it was for any other."""
    if not heights_asked(found.query) or not found.matches:
        return found
    height = _heights(session, [match.handle for match in found.matches], heel_height_cm)
    matches = [
        replace(match, heel_cm=height[match.handle])
        if 0 < height.get(match.handle, _UNKNOWN) < _UNKNOWN
        else match
        for match in found.matches
    ]
    return replace(found, matches=matches)


def heels_over(session: Session, limit_cm: float) -> tuple[str, ...]:
    """The heels higher than `limit_cm`, and those whose height the catalog doesn't give: never
    claimed to be no higher than it. Of no heel at all (a limit of 0, "nothing with a heel"),
    every shoe or boot whose words give a heel ("Linnet Heeled Chelsea Boot") too."""
    kinds = category_types("heels")
    if limit_cm <= 0:
        kinds = kinds | category_types("shoes") | category_types("boots")
    rows = session.execute(
        select(Product.handle, Product.product_type, Product.title, Product.description).where(
            func.lower(Product.product_type).in_(kinds)
        )
    ).all()
    return tuple(
        row[0]
        for row in rows
        if heel_of_any_shoe_cm(row[1] or "", row[2] or "", row[3] or "") > limit_cm
    )


def _heights(
    session: Session, handles: list[str], measure: Callable[[str, str, str], float]
) -> dict[str, float]:
    """Each product's heel height by `measure`, from its type, title and description."""
    rows = session.execute(
        select(Product.handle, Product.product_type, Product.title, Product.description).where(
            Product.handle.in_(handles)
        )
    ).all()
    return {row[0]: measure(row[1] or "", row[2] or "", row[3] or "") for row in rows}


# A heel a boot's or shoe's words give without a height ("a stacked heel", "Linnet Heeled Chelsea
# Boot"); "wraps the heel", "a heel tab" are the wearer's heel. A shoe that says none is flat.
_HEEL_SAID = re.compile(
    r"\bheeled\b|\b(?:stacked|block|cuban|chunky|high|stiletto|wooden|slim|wedge)\s+heels?\b",
    re.IGNORECASE,
)
# "Anything flat-ish?" of boots: flat, or no higher than a kitten heel.
FLAT_ENOUGH_CM = _KITTEN_CM


def heel_of_any_shoe_cm(product_type: str, title: str, description: str) -> float:
    """The heel height a shoe's or boot's words give: as `heel_height_cm` for heels; for other
    kinds the height said, a low one said without a number, 0 for one that says no heel, and inf
    for a heel said without a height."""
    if (product_type or "").lower() in category_types("heels"):
        return heel_height_cm(product_type, title, description)
    text = f"{title} {description}"
    if said := _CM.search(text):
        return float(said.group(1))
    if _LOW_WORDS.search(text):
        return _KITTEN_CM
    return _UNKNOWN if _HEEL_SAID.search(text) else 0.0


def flat_or_low_heeled(session: Session, handles: Iterable[str]) -> list[str]:
    """Of `handles`, the flat and low-heeled ones (no higher than a kitten heel), flattest first,
    each kept where it was among those of the same height."""
    handles = list(handles)
    height = _heights(session, handles, heel_of_any_shoe_cm)
    low = [handle for handle in handles if height.get(handle, _UNKNOWN) <= FLAT_ENOUGH_CM]
    return sorted(low, key=lambda handle: height[handle])
