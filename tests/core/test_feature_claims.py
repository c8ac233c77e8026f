"""Which of a list's products the catalog describes with a feature asked about it
(commerce/search/claims.py; docs/nlu/stranger-test-23.md, the nurse's "anything with good arch
support? or cushioned"): only those whose own words say it; a feature said of none is said as
unknown, with the nearest feature the catalog does say (lexicon `nearest_features`)."""

from __future__ import annotations

from commerce.models import Product
from commerce.search import ProductQuery, described_among, features_of_list

COMFY_SHOES_IN_8 = ProductQuery(
    category="shoes", features=("comfortable",), gender="female", size="8"
)


def _says(session, handles: list[str], word: str) -> bool:
    products = session.query(Product).filter(Product.handle.in_(handles)).all()
    return len(products) == len(handles) and all(
        word in (p.description or "").lower() for p in products
    )


def test_a_feature_some_are_described_with_filters_the_list(demo_session):
    answer = features_of_list(demo_session, COMFY_SHOES_IN_8, ("cushioned",), limit=10)

    assert not answer.unstated and len(answer.found) == 1
    found = answer.found[0]
    assert 0 < found.total < answer.listed_total
    assert _says(demo_session, [m.handle for m in found.matches], "cushion")


def test_a_feature_none_is_described_with_is_unstated_with_the_nearest(demo_session):
    answer = features_of_list(demo_session, COMFY_SHOES_IN_8, ("arch support",))

    assert answer.unstated == ("arch support",) and not answer.found
    assert answer.nearest is not None and answer.feature_of(answer.nearest) == "cushioned"
    assert _says(demo_session, [m.handle for m in answer.nearest.matches], "cushion")


def test_either_of_two_features_keeps_the_one_said(demo_session):
    answer = features_of_list(demo_session, COMFY_SHOES_IN_8, ("arch support", "cushioned"))

    assert answer.unstated == ("arch support",)
    assert [answer.feature_of(result) for result in answer.found] == ["cushioned"]
    assert answer.nearest is None


def test_which_of_some_products_are_described_with_a_feature(demo_session):
    """ "Which of them are cushioned?" of three boots: the one whose words say it, in their
    order; the others those it says neither of (known miss 13.1, tests/actions)."""
    boots = ["wren-suede-chelsea-boot", "linnet-heeled-chelsea-boot", "heather-chelsea-boot"]

    among = described_among(demo_session, boots, ("cushioned", "padded insole"))

    assert [m.handle for m in among.products] == boots
    assert [m.handle for m in among.described["cushioned"]] == ["linnet-heeled-chelsea-boot"]
    assert among.described["padded insole"] == ()
    assert [m.handle for m in among.others] == ["wren-suede-chelsea-boot", "heather-chelsea-boot"]
