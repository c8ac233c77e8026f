"""A shade said ("pale blue", "dark grey") is matched exactly (catalog/lexicon.yml `colour_shades`):
a light blue search never lists navy as light blue. Where nothing is that shade, the closest are the
plain colour's, each said as not the exact shade (`find_alternatives`, dropped "shade")."""

from __future__ import annotations

import pytest

from commerce.db import session_scope
from commerce.lexicon import load_lexicon
from commerce.search import ProductQuery, find_alternatives, find_products

from .catalog_rows import handles_with, import_file, product_row, write_csv


@pytest.mark.parametrize(
    ("said", "shade"),
    [
        ("light blue", "light blue"),
        ("pale blue", "light blue"),
        ("baby blue", "light blue"),
        ("sky blue", "light blue"),
        ("powder blue", "light blue"),
        ("light grey", "light grey"),
        ("pale gray", "light grey"),
        ("navy blue", "navy"),
        ("dark blue", "navy"),
        ("dark grey", "charcoal"),
    ],
)
def test_a_shade_said_is_that_shade(said, shade):
    lexicon = load_lexicon()
    assert lexicon.colour_synonyms[said] == shade
    assert lexicon.colour_family(said) == lexicon.colour_family(shade.split()[-1])


@pytest.mark.parametrize(
    "query",
    [
        ProductQuery(category="dresses", colour="light blue"),
        ProductQuery(category="shirts", colour="pale blue"),
        ProductQuery(category="shirts", colour="baby blue", gender="male"),
        ProductQuery(category="suits", colour="sky blue"),
        ProductQuery(colour="light blue"),
        ProductQuery(category="suits", colour="light grey"),
    ],
)
def test_a_light_shade_finds_no_navy_or_charcoal(demo_session, query):
    result = find_products(demo_session, query, limit=1000)

    # The demo catalog has nothing light blue or light grey: nothing is that shade.
    assert result.matches == [], [(m.title, m.colours) for m in result.matches]


def test_navy_blue_is_navy_only(demo_session, demo_catalog):
    result = find_products(demo_session, ProductQuery(colour="navy blue"), limit=1000)

    expected = handles_with(demo_catalog, variant=lambda v: (v.colour or "").lower() == "navy")
    assert {match.handle for match in result.matches} == expected
    assert all("Navy" in match.colours for match in result.matches)


@pytest.mark.parametrize(
    ("query", "near"),
    [
        (ProductQuery(category="shirts", colour="light blue"), "blue"),
        (ProductQuery(category="shirts", colour="pale blue", gender="male"), "blue"),
        (ProductQuery(category="dresses", colour="baby blue"), "blue"),
        (ProductQuery(category="suits", colour="light grey"), "grey"),
        (ProductQuery(category="casual shirts", colour="sky blue"), "blue"),
    ],
)
def test_the_closest_to_a_shade_are_the_plain_colour_never_the_dark_shade(
    demo_session, demo_catalog, query, near
):
    alternatives = find_alternatives(demo_session, query, limit=6)

    assert alternatives.dropped[0] == "shade"
    matches = alternatives.result.matches
    in_plain = [match for match in matches if match.gave_up == ("shade",)]
    assert in_plain and matches[: len(in_plain)] == in_plain  # the plain colour's come first
    for match in in_plain:
        # Each is there for a variant in the plain colour, never for a navy or charcoal one.
        assert near in {colour.lower() for colour in match.colours}, match
    # Too few in the plain colour to fill the page: then the closest in other colours, said so.
    assert all("colour" in match.gave_up for match in matches[len(in_plain) :])


def test_the_closest_to_a_shade_the_plain_colour_lacks_are_said_as_other_colours(demo_session):
    """Light blue heels: no heel is plain blue (the blue ones are navy), so the closest heels
    give up the colour, each said as not in light blue; navy is never passed off as it."""
    alternatives = find_alternatives(
        demo_session, ProductQuery(category="heels", colour="light blue"), limit=6
    )

    assert alternatives.dropped == ("colour",)
    assert all(m.gave_up == ("colour",) for m in alternatives.result.matches)


def test_a_catalog_shade_is_found_by_every_word_for_it(new_store, tmp_path):
    """A catalog that sells "Sky Blue" shirts: "light blue" and "pale blue" find them, navy does
    not come with them."""
    rows = [
        product_row("sky-shirt", "Sky Shirt", "M", "Sky Blue", options=("Size", "Color"),
                    product_type="Casual Shirts"),
        product_row("navy-shirt", "Navy Shirt", "M", "Navy", options=("Size", "Color"),
                    product_type="Casual Shirts"),
    ]  # fmt: skip
    assert not import_file(new_store, write_csv(tmp_path / "shades.csv", rows)).problems
    with session_scope(new_store) as session:
        for said in ("light blue", "pale blue", "sky blue"):
            result = find_products(session, ProductQuery(colour=said), limit=10)
            assert [m.handle for m in result.matches] == ["sky-shirt"], said
        blue = find_products(session, ProductQuery(colour="blue"), limit=10)
        assert {m.handle for m in blue.matches} == {"sky-shirt", "navy-shirt"}
