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

    # Nearest: the Windsor in other sizes; then other products in 13 (giving up the name).
    assert alternatives.dropped == ("size", "product")
    assert handles(alternatives.result)[0] == "windsor-patent-oxford"
    assert alternatives.result.matches[0].gave_up == ("size",)
    assert all(m.gave_up == ("product",) for m in alternatives.result.matches[1:])
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
    assert handles(alternatives.result)[0] == "windsor-patent-oxford"
    assert alternatives.result.matches[0].gave_up == ("colour",)
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
    assert all(match.gave_up == ("price",) for match in alternatives.result.matches)
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
    assert {"colour", "price"} <= set(alternatives.dropped)  # no teal oxford, none under $60
    assert all({"colour", "price"} <= set(m.gave_up) for m in alternatives.result.matches)
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
    assert all(match.gave_up == ("product",) for match in alternatives.result.matches)


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


def test_a_tux_for_prom_over_budget_offers_the_nearest_price_not_the_prom_tag(demo_session):
    # "need a tux for prom, 40R, under 400": dinner jackets at $469 and $489.95 in 40R are
    # nearer than the only prom-tagged tuxedo in 40R, at $1,019.
    query = ProductQuery(category="tux", occasions=("prom",), size="40r", price_max=Decimal("400"))
    alternatives = find_alternatives(
        demo_session, query, keep=("category", "occasions", "size", "price")
    )
    prices = [match.price_from for match in alternatives.result.matches]
    assert prices[:2] == [Decimal("469.00"), Decimal("489.95")]
    assert alternatives.result.matches[0].gave_up == ("price", "occasions")


def test_red_dresses_in_medium_just_over_budget_are_offered(demo_session):
    query = ProductQuery(category="dresses", colour="red", size="m", price_max=Decimal("100"))
    alternatives = find_alternatives(demo_session, query, keep=("category", "colour", "size"))
    matches = alternatives.result.matches
    # Red and medium were just asked for: the nearest price above the budget comes first.
    assert matches[0].gave_up == ("price",) and matches[0].price_from == Decimal("109.00")
    assert len(matches) == 3
    assert [m.price_from for m in matches] == sorted(m.price_from for m in matches)


def _closeness(session, query: ProductQuery, limit: int = 1000) -> dict[str, tuple]:
    """Handle -> (price distance, filters given up) for every in-stock product of the query's
    category, worked out from plain searches with each combination of filters given up."""
    from itertools import combinations

    names = [name for name in ("size", "colour") if name in query.active_filters()]
    found: dict[str, tuple] = {}
    for count in range(len(names) + 1):
        for given_up in combinations(names, count):
            within = find_products(session, query.without(*given_up), limit=limit)
            for match in within.matches:
                found[match.handle] = min(
                    found.get(match.handle, (Decimal(999999),)), (Decimal(0), count)
                )
            if query.price_max is None:
                continue
            over = find_products(session, query.without(*given_up, "price"), limit=limit)
            for match in over.matches:
                gap = max(Decimal(0), match.price_from - query.price_max)
                distance = (gap, count + (gap > 0))
                found[match.handle] = min(found.get(match.handle, (Decimal(999999),)), distance)
    return found


def _generated_queries() -> list[ProductQuery]:
    import random

    combos = [
        ProductQuery(category=category, colour=colour, size=size, price_max=budget)
        for category in ("shoes", "oxfords", "dresses", "tuxedos", "suits", "loafers")
        for colour in ("black", "brown", "red", "navy", "green")
        for size in ("10", "8.5", "m", "40r", "s")
        for budget in (Decimal("60"), Decimal("100"), Decimal("150"), Decimal("400"), None)
    ]
    return random.Random(20261126).sample(combos, 60)


@pytest.mark.parametrize("query", _generated_queries(), ids=lambda q: repr(q.to_dict()))
def test_no_product_is_closer_than_the_alternatives_shown(query, demo_session):
    if find_products(demo_session, query).total:
        return  # something fits: no alternatives are asked for
    alternatives = find_alternatives(demo_session, query, limit=3)
    closeness = _closeness(demo_session, query)
    shown = [match.handle for match in alternatives.result.matches]
    if not closeness:  # nothing of that kind in stock at all: the category is given up
        assert "category" in alternatives.dropped
        return
    assert len(shown) == min(3, len(closeness)) and alternatives.result.total == len(closeness)
    distances = [closeness[handle] for handle in shown]
    assert distances == sorted(distances)
    farthest = distances[-1]
    for handle, distance in closeness.items():
        if handle not in shown:
            assert distance >= farthest, (handle, distance, shown, distances)
    for match in alternatives.result.matches:  # what each says it gives up is what it gives up
        gap, count = closeness[match.handle]
        assert len(match.gave_up) == count and ("price" in match.gave_up) == (gap > 0)
        if gap:
            assert match.price_from == query.price_max + gap


def test_a_summer_dress_is_never_offered_a_dress_tagged_winter_while_others_are_close(
    demo_session, demo_catalog
):
    # Stranger test 14: no dress is under $80, and the closest by price include a velvet one
    # tagged winter; the alternatives to a summer dress are the others.
    query = ProductQuery(category="dresses", size="s", occasions=("summer",), price_max=Decimal(80))
    assert find_products(demo_session, query).total == 0
    winter = {handle for handle, product in demo_catalog.items() if "winter" in product.tags}

    alternatives = find_alternatives(demo_session, query, limit=3)

    shown = handles(alternatives.result)
    assert shown and not set(shown) & winter, shown
    # No gown is tagged summer: the closest gowns are those not tagged winter either.
    gowns = find_alternatives(demo_session, ProductQuery(category="gowns", occasions=("summer",)))
    assert gowns.result.matches and not set(handles(gowns.result)) & winter


def test_a_colour_just_asked_for_is_kept_in_the_wider_kind_before_it_is_given_up(demo_session):
    # Stranger test 16: "heels but not too high, im a 7.5" ... "any in gold or silver". No heel is
    # gold or silver; a gold flat keeps the colour she just asked for, the low heel and the size,
    # so it comes before the heels in other colours (which follow, in the same order on each page).
    query = ProductQuery(
        category="heels", colour="gold|silver", size="7.5", gender="female", features=("low heel",)
    )
    assert find_products(demo_session, query).total == 0

    alternatives = find_alternatives(demo_session, query, limit=3, keep=("colour",))

    first = alternatives.result.matches[0]
    assert first.handle == "elodie-satin-evening-flat", handles(alternatives.result)
    assert first.gave_up == () and first.product_type == "Flats"
    assert {"Gold", "Silver"} & set(first.colours)
    heels = [match for match in alternatives.result.matches if match.product_type == "Heels"]
    assert heels and all(match.gave_up == ("colour",) for match in heels)
    # "Show more" goes on from there: no product twice, the heels in their own order.
    both = find_alternatives(demo_session, query, limit=6, keep=("colour",)).result
    more = find_products(demo_session, alternatives.result.query, offset=3, limit=3)
    assert handles(alternatives.result) + handles(more) == handles(both)[: 3 + len(more.matches)]


@pytest.mark.parametrize("features", [("comfortable",), ("comfortable", "cushioned")])
def test_something_comfortable_of_no_kind_is_never_a_heel_while_others_fit(
    features, demo_session, demo_catalog
):
    # Stranger test 60 (Doug #3): on his feet all day, "something comfortable", brown or tan, in
    # 11, under $130, no kind named: a heel comfortable by its padded insole is no pick for that
    # (lexicon `ranked_last`) while any other product fits.
    query = ProductQuery(colour="brown|tan", size="11", price_max=Decimal(130), features=features)
    heels = {h for h, product in demo_catalog.items() if product.product_type == "Heels"}

    shown = handles(find_products(demo_session, query, limit=3))

    assert shown and not set(shown) & heels, shown


def test_a_heel_is_still_found_when_nothing_else_fits(demo_session):
    # Only the Rosalind says "padded insole" in brown or tan, 11, under $130.
    query = ProductQuery(
        colour="brown|tan", size="11", price_max=Decimal(130), features=("padded insole",)
    )

    assert handles(find_products(demo_session, query)) == ["rosalind-suede-ankle-strap"]


def test_comfortable_heels_asked_for_are_still_heels(demo_session, demo_catalog):
    query = ProductQuery(category="heels", colour="brown", features=("comfortable",), size="8")
    heels = {h for h, product in demo_catalog.items() if product.product_type == "Heels"}

    shown = handles(find_alternatives(demo_session, query, limit=3).result)

    assert shown and set(shown) <= heels, shown
