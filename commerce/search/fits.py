"""A fit ruled out ("not slim fit", "nothing skinny"; stranger test 34): the fits that are not it
(lexicon `fits_instead`), so that a product saying one of them is never that fit ("Relaxed fit;
size down for a slimmer look"), and the products saying the preferred ones come first ("Regular
fit" before "Relaxed fit" before a shirt that says nothing of its fit)."""

from __future__ import annotations

from sqlalchemy import case, or_

from commerce.lexicon import load_lexicon
from commerce.models import Product


def fit_tiers(feature: str) -> tuple[tuple[str, ...], ...]:
    """The fits that are not `feature`, in tiers, preferred first; () for any other feature."""
    return load_lexicon().fits_instead.get(feature.strip().lower(), ())


def _says_any(words, any_case) -> object:
    """The product's title or description says one of `words` (`any_case`: how a text column is
    matched in any case, fitting's `_AnyCase`)."""
    return or_(
        *(
            any_case(column).contains(word, autoescape=True)
            for word in words
            for column in (Product.title, Product.description)
        )
    )


def not_another_fit(feature: str, any_case) -> list:
    """WHERE terms: the product says none of the fits that are not `feature` (none for a
    feature that is no such fit)."""
    words = [word for tier in fit_tiers(feature) for word in tier]
    return [~_says_any(words, any_case)] if words else []


def other_fits_first(not_features, any_case) -> list:
    """ORDER BY terms for the fits ruled out (`not_features`): the products saying a fit of the
    first tier first, then of the next; none when no fit is ruled out."""
    terms = []
    for feature in not_features:
        tiers = fit_tiers(feature)
        if tiers:
            ranks = [(_says_any(tier, any_case), rank) for rank, tier in enumerate(tiers)]
            terms.append(case(*ranks, else_=len(tiers)))
    return terms
