"""What a list of products says of the features a shopper asks about it ("anything with good arch
support? or cushioned"): which of the products a search found the catalog describes with each
feature, which features it describes none of them with, and then the nearest feature it does
(lexicon `nearest_features`); and which of some products (those on screen) it describes with
each feature asked ("which of them are cushioned?"). A product has a feature only where its own
title, description or tags say so (`find_products`); nothing is inferred."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from commerce.lexicon import load_lexicon
from commerce.search.finding import find_products
from commerce.search.query import ProductQuery
from commerce.search.results import ProductMatch, SearchResult


@dataclass(frozen=True)
class FeaturesOfList:
    """The answer to "any of these with X (or Y)?" about the products `listed` finds."""

    listed: ProductQuery  # the search whose products were asked about
    listed_total: int
    asked: tuple[str, ...]  # the features asked about, in the order said
    # For each feature asked that some of them are described with, those products (its query is
    # `listed` with that feature added), in the order asked.
    found: tuple[SearchResult, ...]
    unstated: tuple[str, ...]  # the features asked that the catalog says of none of them
    # When none asked is stated of any: those described with the nearest feature, if any is.
    nearest: SearchResult | None = None

    @staticmethod
    def feature_of(result: SearchResult) -> str:
        """The feature a result of `found` or `nearest` was filtered by (the last one added)."""
        return result.query.features[-1]


def features_of_list(
    session: Session, listed: ProductQuery, features: tuple[str, ...], limit: int = 3
) -> FeaturesOfList:
    """Which of the products `listed` finds the catalog describes with each of `features`."""
    total = find_products(session, listed, limit=1, for_a_guest=True).total
    found: list[SearchResult] = []
    unstated: list[str] = []
    for feature in dict.fromkeys(features):
        result = _with_feature(session, listed, feature, limit)
        if result.total:
            found.append(result)
        else:
            unstated.append(feature)
    nearest = None
    if not found:
        nearest_features = load_lexicon().nearest_features
        near = (n for f in unstated for n in nearest_features.get(f, ()) if n not in features)
        for feature in dict.fromkeys(near):
            if (result := _with_feature(session, listed, feature, limit)).total:
                nearest = result
                break
    return FeaturesOfList(listed, total, tuple(features), tuple(found), tuple(unstated), nearest)


@dataclass(frozen=True)
class FeaturesAmong:
    """The answer to "which of them are cushioned?" about some products (those on screen)."""

    products: tuple[ProductMatch, ...]  # those asked about, in the order given
    # For each feature asked, in the order said: those of them the catalog describes with it.
    described: dict[str, tuple[ProductMatch, ...]]

    @property
    def others(self) -> tuple[ProductMatch, ...]:
        """Those it describes with none of the features asked: what it doesn't say."""
        said = {match.handle for matches in self.described.values() for match in matches}
        return tuple(match for match in self.products if match.handle not in said)


def described_among(
    session: Session, handles: Sequence[str], features: Sequence[str]
) -> FeaturesAmong:
    """Which of the products `handles` the catalog describes with each of `features`, in the
    order of `handles`. Stock aside: what a product's own words claim holds whatever is left."""

    def among(query: ProductQuery) -> tuple[ProductMatch, ...]:
        found = find_products(session, query, limit=len(handles), in_stock_only=False,
                              only_handles=handles)  # fmt: skip
        matches = {match.handle: match for match in found.matches}
        return tuple(matches[handle] for handle in handles if handle in matches)

    described = {feature: among(ProductQuery(features=(feature,))) for feature in features}
    return FeaturesAmong(among(ProductQuery()), described)


def _with_feature(session: Session, listed: ProductQuery, feature: str, limit: int) -> SearchResult:
    features = tuple(f for f in listed.features if f != feature) + (feature,)
    return find_products(session, listed.updated(features=features), limit=limit, for_a_guest=True)
