"""When nothing in stock fits: which filters are given up, in what order, and what is offered."""

from __future__ import annotations

from decimal import Decimal

import pytest

from commerce.search import ProductQuery, find_alternatives, find_products

from .catalog_rows import colour_family_members, handles_with


def handles(result) -> list[str]:
    return [match.handle for match in result.matches]


def test_size_is_given_up_first_and_the_sizes_in_stock_are_reported(demo_session, demo_catalog):
    query = ProductQuery(product="windsor", size="13")
    assert find_products(demo_session, query).total == 0

    alternatives = find_alternatives(demo_session, query)

    assert alternatives.dropped == ("size",)
    assert handles(alternatives.result) == ["windsor-patent-oxford"]
    windsor = demo_catalog["windsor-patent-oxford"]
    assert alternatives.available_sizes == tuple(v.size for v in windsor.in_stock)
    assert "US 10 / EU 43" in alternatives.available_sizes
    assert "US 13 / EU 46" not in alternatives.available_sizes
    # The shoe is made in 13, it is just sold out.
    assert handles(alternatives.sold_out) == ["windsor-patent-oxford"]
    assert not alternatives.sold_out.matches[0].in_stock


def test_colour_is_given_up_when_the_size_alone_does_not_help(demo_session):
    query = ProductQuery(product="windsor", colour="brown", size="10")
    alternatives = find_alternatives(demo_session, query)
    assert alternatives.dropped == ("colour",)
    assert handles(alternatives.result) == ["windsor-patent-oxford"]
    assert alternatives.result.matches[0].colours == ("Black",)
    assert alternatives.sold_out is None  # Windsor is never brown
    assert alternatives.available_sizes == ()


def test_price_is_given_up_next_cheapest_first(demo_session, demo_catalog):
    query = ProductQuery(category="oxfords", colour="black", size="10", price_max=Decimal("60"))

    def black_oxford_10(v):
        return v.colour == "Black" and "US 10" in v.size_parts

    oxfords = {h: p for h, p in demo_catalog.items() if p.product_type == "Oxfords"}
    assert not handles_with(oxfords, variant=lambda v: v.price <= 60)  # nothing near the budget

    alternatives = find_alternatives(demo_session, query)

    assert alternatives.dropped == ("price",)
    # Closest above the budget first: read the cheapest fitting variants off the CSV.
    fitting = handles_with(oxfords, variant=black_oxford_10)
    position = {handle: index for index, handle in enumerate(demo_catalog)}
    cheapest = sorted(
        fitting,
        key=lambda h: (
            min(v.price for v in oxfords[h].in_stock if black_oxford_10(v)),
            position[h],
        ),
    )
    assert handles(alternatives.result) == cheapest[:3]
    assert alternatives.result.total == len(fitting)
    prices = [match.price_from for match in alternatives.result.matches]
    assert prices == sorted(prices)
    assert all(price > 60 for price in prices)


@pytest.mark.parametrize(
    ("query", "dropped"),
    [
        (ProductQuery(category="sneakers", occasions=("black-tie",)), ("occasions",)),
        (ProductQuery(category="tuxedos", brand="Kestrel"), ("brand",)),
        (ProductQuery(category="gowns", gender="male"), ("gender",)),
        (ProductQuery(category="oxfords", product="stratus"), ("product",)),
        (ProductQuery(category="oxfords", colour="teal"), ("colour",)),
    ],
)
def test_one_filter_that_fits_nothing_is_given_up(query, dropped, demo_session, demo_catalog):
    assert find_products(demo_session, query).total == 0
    alternatives = find_alternatives(demo_session, query)
    assert alternatives.dropped == dropped
    expected = find_products(demo_session, query.without(*dropped), limit=3)
    assert alternatives.result.matches == expected.matches
    assert alternatives.result.total > 0


def test_filters_are_given_up_together_when_one_at_a_time_finds_nothing(demo_session):
    query = ProductQuery(category="oxfords", colour="teal", size="13", price_max=Decimal("60"))
    alternatives = find_alternatives(demo_session, query)
    assert alternatives.dropped == ("size", "colour", "price")
    assert (
        alternatives.result.total
        == find_products(demo_session, ProductQuery(category="oxfords")).total
    )
    for match in alternatives.result.matches:
        assert match.product_type == "Oxfords"  # the kind of product is kept


def test_a_filter_just_asked_for_is_given_up_last(demo_session, demo_catalog):
    # "Windsor in size 10" ... "in brown?": Windsor isn't brown, so keep brown and size 10.
    query = ProductQuery(product="windsor", colour="brown", size="10")
    alternatives = find_alternatives(demo_session, query, keep=("colour",))
    assert alternatives.dropped == ("product",)
    demo_colours = {v.colour for p in demo_catalog.values() for v in p.variants if v.colour}
    browns = colour_family_members("brown", demo_colours)
    brown_10 = handles_with(
        demo_catalog, variant=lambda v: v.colour in browns and "US 10" in v.size_parts
    )
    assert handles(alternatives.result)
    assert set(handles(alternatives.result)) <= brown_10
    assert alternatives.result.total == len(brown_10)


def test_sold_out_exact_matches_are_reported(demo_session):
    query = ProductQuery(category="oxfords", product="firenze")  # sold out in every size
    alternatives = find_alternatives(demo_session, query)
    assert handles(alternatives.sold_out) == ["firenze-museum-calf-oxford"]
    assert "firenze-museum-calf-oxford" not in handles(alternatives.result)
    assert alternatives.result.matches
    assert all(match.in_stock for match in alternatives.result.matches)


def test_a_colour_the_shop_does_not_carry_still_gets_alternatives(demo_session):
    alternatives = find_alternatives(demo_session, ProductQuery(colour="teal"))
    assert alternatives.dropped == ("colour",)
    assert alternatives.result.matches
    assert alternatives.sold_out is None


@pytest.mark.parametrize(
    "query",
    [
        ProductQuery(category="spaceships"),
        ProductQuery(category="spaceships", colour="teal", size="xxxxl"),
        ProductQuery(
            colour="teal",
            size="xxxxl",
            price_max=Decimal("1"),
            occasions=("moon-landing",),
            brand="Nobody & Sons",
            gender="female",
            product="zzz",
        ),
        ProductQuery(category="gowns", colour="teal", gender="male", price_min=Decimal("99999")),
        ProductQuery(product="firenze"),
    ],
)
def test_never_an_empty_answer_while_the_shop_has_products(query, demo_session):
    alternatives = find_alternatives(demo_session, query)
    assert alternatives.dropped
    assert alternatives.result.total > 0
    assert alternatives.result.matches
    assert all(match.in_stock for match in alternatives.result.matches)
