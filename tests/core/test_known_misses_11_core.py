"""The core of stranger tests 18 and 19's known misses (docs/nlu/stranger-test-18.md and -19.md,
"Not fixed"): a two-word colour is one shade, its nearest the plain colours of its family; a kind
not sold stands in only for kinds that serve the same need; matching outfits for two share a
colour both are in stock in."""

from __future__ import annotations

import pytest

from commerce.recommend.matching import matching_outfits
from commerce.search import ProductQuery, nearest_kind_on_sale
from commerce.search.alternatives import nearest_shade_query


@pytest.mark.parametrize(
    ("phrase", "colour"),
    [("sage green", "sage green"), ("sage", "sage green"), ("dusty pink", "dusty pink"),
     ("forest green", "forest green"), ("dark green", "dark green"), ("off white", "off-white"),
     ("navy blue", "navy"), ("baby pink", "light pink")],
)  # fmt: skip
def test_a_two_word_colour_is_read_whole(extractor, phrase, colour):
    colours = [
        e.value for e in extractor.extract(f"a dress in {phrase} pls") if e.entity == "colour"
    ]

    assert colours == [colour]


def test_each_shade_of_several_gives_way_to_its_plain_colours():
    nearer = nearest_shade_query(ProductQuery(category="dresses", colour="dusty pink|sage green"))

    assert nearer is not None
    assert nearer.colour == "pink|green|olive"
    assert {"dusty pink", "sage green", "emerald"} <= set(nearer.not_colours)


def test_a_plain_colour_beside_a_shade_stays():
    nearer = nearest_shade_query(ProductQuery(colour="black|sage green"))

    assert nearer is not None and nearer.colour == "black|green|olive"


@pytest.mark.parametrize(
    ("kind", "nearest"),
    [("gloves", None), ("mittens", None), ("hats", None), ("beanie", None), ("raincoat", "jackets"),
     ("scarves", "accessories"), ("hoodie", "casual shirts")],
)  # fmt: skip
def test_only_a_kind_for_the_same_need_stands_in(demo_session, kind, nearest):
    assert nearest_kind_on_sale(demo_session, kind) == nearest


@pytest.mark.parametrize("colour", [None, "navy", "black"])
def test_matching_outfits_share_one_colour_in_stock_for_both(demo_session, colour):
    pair = matching_outfits(demo_session, ProductQuery(colour=colour))

    assert pair is not None
    assert pair.colour == (colour or pair.colour)
    assert pair.for_him.matches and pair.for_her.matches
    assert pair.for_him.query.gender == "male" and pair.for_her.query.gender == "female"
    assert pair.for_him.query.colour == pair.for_her.query.colour == pair.colour


def test_no_matching_outfits_in_a_colour_neither_is_in(demo_session):
    assert matching_outfits(demo_session, ProductQuery(colour="purple")) is None
