"""The catalog's words for the NLU: read from the store, so a new import brings new words."""

from __future__ import annotations

import pytest

from commerce.db import session_scope
from commerce.search import ProductQuery, find_products
from commerce.vocabulary import catalog_version, catalog_vocabulary

from .catalog_rows import LEXICON, SINGULARS, import_file, product_row, variant_row


@pytest.fixture(scope="module")
def vocabulary(demo_engine) -> dict[str, tuple[str, str]]:
    """phrase -> (entity, value) for the demo store."""
    with session_scope(demo_engine) as session:
        return {term.phrase: (term.entity, term.value) for term in catalog_vocabulary(session)}


def vocabulary_of(engine) -> dict[str, tuple[str, str]]:
    with session_scope(engine) as session:
        return {term.phrase: (term.entity, term.value) for term in catalog_vocabulary(session)}


def version_of(engine) -> tuple:
    with session_scope(engine) as session:
        return catalog_version(session)


def test_every_brand(vocabulary, demo_catalog):
    brands = {product.brand for product in demo_catalog.values()}
    assert len(brands) == 10
    for brand in brands:
        assert vocabulary[brand.lower()] == ("brand", brand)
    assert vocabulary["aldwych and co"] == ("brand", "Aldwych & Co")


def test_every_product_title(vocabulary, demo_catalog):
    for product in demo_catalog.values():
        assert vocabulary[product.title.lower()] == ("product", product.title)


def test_every_product_type_in_the_plural(vocabulary, demo_catalog):
    for kind in {product.product_type for product in demo_catalog.values()}:
        assert vocabulary[kind.lower()][0] == "category", kind


@pytest.mark.parametrize("kind", sorted(SINGULARS))
def test_every_product_type_in_the_singular(kind, vocabulary):
    entity, value = vocabulary[SINGULARS[kind]]
    assert entity == "category"
    assert value in (kind.lower(), SINGULARS[kind])


def test_every_colour_in_the_store(vocabulary, demo_catalog):
    colours = {v.colour for p in demo_catalog.values() for v in p.variants if v.colour}
    assert {"Black", "Navy", "Tan", "Cognac", "Burgundy"} <= colours
    for colour in colours:
        assert vocabulary[colour.lower()] == ("colour", colour.lower())


@pytest.mark.parametrize(
    ("phrase", "entity", "value"),
    [
        ("tux", "category", "tuxedos"),
        ("trainers", "category", "sneakers"),
        ("footwear", "category", "shoes"),
        ("boots", "category", "boots"),
        ("gray", "colour", "grey"),
        ("navy blue", "colour", "navy"),
        ("teal", "colour", "teal"),  # not stocked, still a colour
        ("black tie", "occasion", "black-tie"),
        ("wedding guest", "occasion", "wedding"),
        ("ladies", "gender", "female"),
        ("gents", "gender", "male"),
    ],
)
def test_lexicon_words(phrase, entity, value, vocabulary):
    assert vocabulary[phrase] == (entity, value)


def test_every_lexicon_phrase_is_known(vocabulary):
    for section in ("category_synonyms", "colour_synonyms", "occasions", "genders"):
        for canonical, phrases in LEXICON[section].items():
            for phrase in [canonical, *phrases]:
                assert " ".join(str(phrase).lower().split()) in vocabulary, (section, phrase)


# --- A store that changes -----------------------------------------------------------------------


def test_a_product_imported_later_brings_its_words(new_store, write_catalog):
    import_file(
        new_store,
        write_catalog([product_row("alder-oxford", "Alder Oxford", "US 10", "Black",
                                   options=("Size", "Color"))], name="first.csv"),
    )  # fmt: skip
    before, version = vocabulary_of(new_store), version_of(new_store)
    assert "zephyrine" not in before

    import_file(
        new_store,
        write_catalog(
            [
                product_row("cloud-runner", "Zephyrine Cloud Runner", "US 9", "Teal",
                            options=("Size", "Color"), vendor="Zephyrine",
                            product_type="Sneakers"),
                variant_row("cloud-runner", "US 10", "Mauve"),
            ],
            name="later.csv",
        ),
    )  # fmt: skip

    after = vocabulary_of(new_store)
    assert version_of(new_store) != version
    assert after["zephyrine"] == ("brand", "Zephyrine")
    assert after["zephyrine cloud runner"] == ("product", "Zephyrine Cloud Runner")
    assert after["mauve"] == ("colour", "mauve")  # a colour the lexicon never heard of
    assert after["alder oxford"] == ("product", "Alder Oxford")


def test_renaming_a_product_changes_its_words(new_store, write_catalog):
    path = write_catalog([product_row("alder-oxford", "Alder Oxford", "US 10")], name="a.csv")
    import_file(new_store, path)
    version = version_of(new_store)
    renamed = write_catalog([product_row("alder-oxford", "Alder Wholecut", "US 10")], name="b.csv")
    import_file(new_store, renamed)
    vocabulary = vocabulary_of(new_store)
    assert version_of(new_store) != version
    assert "alder wholecut" in vocabulary
    assert "alder oxford" not in vocabulary


def test_draft_products_bring_no_words(new_store, write_catalog):
    path = write_catalog(
        [
            product_row("alder-oxford", "Alder Oxford", "US 10"),
            product_row("secret-boot", "Secret Prototype Boot", "US 10", vendor="Hushhush",
                        status="draft"),
        ]
    )  # fmt: skip
    import_file(new_store, path)
    vocabulary = vocabulary_of(new_store)
    assert "alder oxford" in vocabulary
    assert "secret prototype boot" not in vocabulary
    assert "hushhush" not in vocabulary


@pytest.mark.parametrize(
    ("canonical", "phrase"),
    [(c, phrase) for c, phrases in LEXICON["colour_synonyms"].items() for phrase in phrases],
)
def test_a_colour_synonym_finds_what_its_colour_finds(canonical, phrase, vocabulary, demo_session):
    # What the NLU hands the search for "gray" must find the grey products.
    entity, value = vocabulary[phrase]
    assert entity == "colour"
    wanted = find_products(demo_session, ProductQuery(colour=canonical), limit=1).total
    # (a shade the demo catalog has none of, "light blue", finds nothing: tests/core/test_shades.py)
    assert wanted > 0 or canonical in LEXICON["colour_shades"]
    assert find_products(demo_session, ProductQuery(colour=value), limit=1).total == wanted
