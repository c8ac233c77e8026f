"""A kind the lexicon lists as not sold (catalog/lexicon.yml `not_sold:`) is checked against the
store before any reply says "we don't sell" it (stranger test 27, docs/nlu/stranger-test-27.md,
persona 2 "Gerald").

- "Good afternoon. I am looking for a pair of warm slippers for around the house. Size 11 please."
  got "Sorry, we don't sell slippers. ..." while the demo catalog has the Como and the Juliette
  Velvet Slipper (evening slippers). Right: never deny what the store has; say which slippers we
  have (none in his size, said so), then the nearest kind (slip-on shoes) as before.
- "backpacks" was denied too, while the Kalmar Leather Backpack is on sale; and a shop owner may add
  products later whose titles name a kind the lexicon lists: once a "Harbour Zip Hoodie" is on
  sale, "hoodies" finds it instead of denying it.
- A kind the store really has none of is still answered honestly: "we don't sell hoodies"."""

from __future__ import annotations

import pytest

from commerce.catalog_import import import_shopify_csv
from commerce.db import get_engine, session_scope
from commerce.search import products_named_for_kind
from tests.actions.conversation_driver import search, shown_titles
from tests.core.catalog_rows import csv_text, product_row

SLIPPERS = (
    "Good afternoon. I am looking for a pair of warm slippers for around the house. Size 11 please."
)
DEMO_SLIPPERS = ("Como Velvet Slipper", "Juliette Velvet Slipper")


@pytest.mark.parametrize(
    "text",
    [
        "do you sell slippers",
        "slippers",
        "velvet slippers",
        "have you got any slippers?",
        "SLIPPERS PLEASE",
        "i want a slipper",
    ],
)
def test_slippers_in_the_catalog_are_shown_not_denied(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert "don't sell" not in turn.shown
    assert any(title in turn.shown for title in DEMO_SLIPPERS), turn.shown


@pytest.mark.parametrize(
    "text",
    [
        SLIPPERS,
        "warm slippers, size 11",
        "warm slippers in size 11 please",
        "any warm slippers in an 11?",
        "I NEED WARM SLIPPERS SIZE 11",
    ],
)
def test_slippers_none_of_which_fits_are_said_so_then_the_nearest(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert "don't sell" not in turn.shown
    # None is all of that, and each says what it lacks (stranger test 92, B3).
    assert "None of our slippers is all of that (warm slippers in size 11)" in turn.shown
    assert (
        "Slipper by Brera, $179.50 (Black, Green, Burgundy) — not described as warm" in turn.shown
    )
    for title in DEMO_SLIPPERS:
        assert title in turn.shown
    # The nearest kind, slip-on shoes in his size, is still offered, on screen.
    assert "slip-on shoes in size 11" in turn.shown
    titles = shown_titles(chat)
    assert titles and not set(titles) & set(DEMO_SLIPPERS)


@pytest.mark.parametrize(
    "text",
    [
        "slippers in size 11",
        "do you have slippers in a size 11",
        "slippers size 11 please",
        "SLIPPERS IN 11",
        "got any slippers in an 11?",
    ],
)
def test_only_the_slippers_in_the_size_are_listed(chat, extractor, text):
    # The Juliette comes in US 11; the Como in EU sizes only, and a men's EU 44 is a US 11 by the
    # shop's chart (stranger test 63, problem 2).
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert "don't sell" not in turn.shown
    assert "size 11" in turn.shown
    assert sorted(shown_titles(chat)) == ["Como Velvet Slipper", "Juliette Velvet Slipper"]


@pytest.mark.parametrize(
    "text",
    ["backpacks", "do you sell backpacks?", "a backpack please", "any rucksacks", "BACKPACK"],
)
def test_the_backpack_in_the_catalog_is_found_not_denied(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert "don't sell" not in turn.shown
    assert "Kalmar Leather Backpack" in turn.shown


def _add_a_hoodie() -> None:
    """The shop owner imports a hoodie of the Type casual shirts (the lexicon lists hoodies)."""
    rows = [
        product_row(
            "harbour-zip-hoodie",
            "Harbour Zip Hoodie",
            "M",
            product_type="Casual Shirts",
            category="Apparel & Accessories > Clothing > Shirts & Tops",
            tags="casual",
            gender="male",
            price="79.00",
        )  # fmt: skip
    ]
    with session_scope(get_engine()) as session:
        import_shopify_csv(session, csv_text(rows).splitlines(keepends=True))


@pytest.mark.parametrize(
    "text",
    ["hoodies", "do you sell hoodies?", "a hoodie please", "any zip-up hoodies", "HOODIE"],
)
def test_a_product_added_later_is_found_not_denied(chat, extractor, text):
    _add_a_hoodie()

    turn = search(chat, extractor, text)

    print(turn.shown)
    assert "don't sell" not in turn.shown
    assert "Harbour Zip Hoodie" in turn.shown


@pytest.mark.parametrize("text", ["hoodies", "do you sell hoodies?", "any swimsuits", "perfume"])
def test_a_kind_the_store_has_none_of_is_still_denied(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert "don't sell" in turn.shown


@pytest.mark.parametrize(
    ("kind", "named"),
    [
        ("slippers", {"como-velvet-slipper", "juliette-velvet-slipper"}),
        ("rucksacks", {"kalmar-leather-backpack"}),
        ("hats", set()),  # "caps": no word of the Ashby Cap-Toe Oxford
        ("jeans", set()),  # "denims": the Peckham Denim Shirt is no pair of jeans
        ("leggings", set()),  # "capris": the Capri Driving Loafer is a loafer
    ],
)
def test_a_kind_is_named_by_whole_words_only(demo_store_url, kind, named):
    with session_scope(get_engine()) as session:
        assert set(products_named_for_kind(session, kind)) == named
