"""Size labels as catalogs write them, sizes as shoppers say them, and how the two meet."""

from __future__ import annotations

from decimal import Decimal

import pytest

from commerce.sizes import display_size, size_keys, size_query_key, size_system


@pytest.mark.parametrize(
    ("label", "keys"),
    [
        ("US 10 / EU 43", {"us10", "10", "eu43", "43"}),
        ("US 9.5 / EU 42.5", {"us9.5", "9.5", "eu42.5", "42.5"}),
        ("US 10.0 / EU 43,0", {"us10", "10", "eu43", "43"}),
        ("US 9½", {"us9.5", "9.5"}),
        ("EU 43", {"eu43", "43"}),
        ("UK 9", {"uk9", "9"}),
        ("42R", {"42r", "42"}),
        ("40L", {"40l", "40"}),
        ("38S", {"38s", "38"}),
        ("42 Long", {"42l", "42"}),
        ("M", {"m"}),
        ("Medium", {"m"}),
        ("XL", {"xl"}),
        ("X-Large", {"xl"}),
        ("2XL", {"xxl"}),
        ("XXXXL", {"xxxxl"}),
        ("14.5", {"14.5"}),
        ("32", {"32"}),
        ("Default Title", set()),
        ("One Size", set()),
        ("", set()),
        (None, set()),
    ],
)
def test_size_keys_of_catalog_labels(label, keys):
    assert size_keys(label) == keys


@pytest.mark.parametrize(
    ("said", "key"),
    [
        ("10", "10"),
        ("size 10", "10"),
        ("Size: 10", "10"),
        ("sz 10?", "10"),
        ("10.0", "10"),
        ("US 10", "us10"),
        ("us10", "us10"),
        ("EU 43", "eu43"),
        ("eu43", "eu43"),
        ("eu 42,5", "eu42.5"),
        ("us 9½", "us9.5"),
        ("9 and a half", "9.5"),
        ("size 9 and a half", "9.5"),
        ("10 & a half", "10.5"),
        ("9 1/2", "9.5"),
        ("9½", "9.5"),
        ("9,5", "9.5"),
        ("9.5", "9.5"),
        ("US 9 and a half", "us9.5"),
        ("EU 42 and a half", "eu42.5"),
        ("42R", "42r"),
        ("42 regular", "42r"),
        ("42 long", "42l"),
        ("40 short", "40s"),
        ("medium", "m"),
        ("M", "m"),
        ("small", "s"),
        ("extra large", "xl"),
        ("XXL", "xxl"),
        ("3XL", "xxxl"),
        ("XXXXL", "xxxxl"),  # a size nobody stocks is still a size
    ],
)
def test_size_query_key_of_what_shoppers_say(said, key):
    assert size_query_key(said) == key


@pytest.mark.parametrize(
    ("not_a_size", "a_size", "key"),
    [
        ("", "10", "10"),
        ("size", "size 9", "9"),
        ("blue", "42R", "42r"),
        ("oxford", "eu 43", "eu43"),
        ("tomorrow", "medium", "m"),
        ("large-ish", "large", "l"),
    ],
)
def test_words_that_are_not_sizes(not_a_size, a_size, key):
    assert size_query_key(not_a_size) is None
    assert size_query_key(a_size) == key


@pytest.mark.parametrize(
    ("said", "label"),
    [
        ("10", "US 10 / EU 43"),
        ("us 10", "US 10 / EU 43"),
        ("EU 43", "US 10 / EU 43"),
        ("43", "US 10 / EU 43"),
        ("9 and a half", "US 9.5 / EU 42.5"),
        ("9½", "US 9.5 / EU 42.5"),
        ("9,5", "US 9.5 / EU 42.5"),
        ("42 long", "42L"),
        ("42", "42R"),
        ("medium", "M"),
        ("extra large", "XL"),
        ("size 15 and a half", "15.5"),
    ],
)
def test_what_a_shopper_says_finds_the_catalog_size(said, label):
    assert size_query_key(said) in size_keys(label)


@pytest.mark.parametrize(
    ("said", "fits", "does_not_fit"),
    [
        ("us 10", "US 10 / EU 43", "US 9.5 / EU 42.5"),
        ("eu43", "US 10 / EU 43", "US 10 / EU 44"),
        ("42 long", "42L", "42R"),
        ("m", "M", "L"),
    ],
)
def test_a_different_size_does_not_find_the_catalog_size(said, fits, does_not_fit):
    assert size_query_key(said) in size_keys(fits)
    assert size_query_key(said) not in size_keys(does_not_fit)


def test_every_demo_size_can_be_asked_for_as_the_catalog_writes_it(demo_catalog):
    labels = {v.size for product in demo_catalog.values() for v in product.variants if v.size}
    assert labels
    for label in labels:
        for part in label.split("/"):
            assert size_query_key(part) in size_keys(label), (part, label)


@pytest.mark.parametrize(
    ("key", "shown"),
    [
        ("eu43", "EU 43"),
        ("us9.5", "US 9.5"),
        ("uk8", "UK 8"),
        ("10", "10"),
        ("m", "M"),
        ("xxl", "XXL"),
        ("42r", "42R"),
    ],
)
def test_display_size(key, shown):
    assert display_size(key) == shown


@pytest.mark.parametrize("said", ["EU 43", "US 9.5", "42R", "XL", "10"])
def test_display_size_writes_back_what_was_asked(said):
    assert display_size(size_query_key(said)) == said


# A shoe sold in one gender's sizes, and the catalog's own rule for the other's (stranger test 10,
# C2.9: "womens 8.5" on a unisex sneaker in men's US sizes is a men's US 7).
UNISEX_SNEAKER = (
    "A clean tennis-court profile in smooth leather with a cupsole. Unisex sizing in men's US "
    "sizes (women usually take 1.5 sizes down); ideal for everyday wear and weekends."
)


@pytest.mark.parametrize(
    ("description", "sized_for", "steps"),
    [
        (UNISEX_SNEAKER, "male", Decimal("-1.5")),
        ("Sized in women's US sizes; men usually take 2 sizes up.", "female", Decimal("2")),
        ("Unisex, in mens sizes. Women should take one size down.", "male", Decimal("-1")),
        ("Unisex fit in men's sizes (ladies typically take a half size down)", "male",
         Decimal("-0.5")),
        ("Made in men's US sizes.", "male", None),
        ("Runs in men's sizing: women take 1.5 sizes smaller.", "male", Decimal("-1.5")),
    ],
)  # fmt: skip
def test_the_size_system_a_catalog_text_names(description, sized_for, steps):
    system = size_system(description)

    assert system is not None
    assert (system.sized_for, system.other_steps) == (sized_for, steps)


@pytest.mark.parametrize(
    "description",
    ["Crisp cotton poplin shirt dress. Cut true to size.", "A men's oxford in calf leather.", ""],
)
def test_no_size_system_without_one_named(description):
    assert size_system(description) is None


@pytest.mark.parametrize(
    ("key", "converted"),
    [("8.5", "7"), ("us8.5", "us7"), ("9", "7.5"), ("10", "8.5"), ("eu41", None), ("m", None)],
)
def test_a_size_converted_by_the_rule(key, converted):
    assert size_system(UNISEX_SNEAKER).converted(key) == converted
