"""Entity extraction: catalog terms from the store, sizes, prices, ordinals, sorting, typos."""

from __future__ import annotations

import pytest

from commerce.catalog_import import import_shopify_csv
from commerce.db import get_engine, session_scope
from commerce.vocabulary import catalog_vocabulary
from shop_nlu.extraction import ShopEntityExtractor


@pytest.fixture(scope="module")
def extractor(demo_store_file) -> ShopEntityExtractor:
    with session_scope(get_engine(f"sqlite:///{demo_store_file}")) as session:
        return ShopEntityExtractor(catalog_vocabulary(session))


def found(extractor: ShopEntityExtractor, text: str) -> set[tuple[str, str, str]]:
    return {(e.entity, e.value, e.text) for e in extractor.extract(text)}


def test_the_articles_request(extractor):
    assert found(
        extractor,
        "I need black formal shoes in size 10 for a black-tie party tonight, under $150",
    ) == {
        ("colour", "black", "black"),
        ("occasion", "formal", "formal"),
        ("category", "shoes", "shoes"),
        ("size", "10", "10"),
        ("occasion", "black-tie", "black-tie"),
        ("occasion", "party", "party"),
        ("price_max", "150", "$150"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("what about size 9?", {("size", "9", "9")}),
        ("is it available in 9?", {("size", "9", "9")}),
        ("do u have it in a 9 and a half", {("size", "9.5", "9 and a half")}),
        ("any in eu43", {("size", "EU 43", "eu43")}),
        ("got a 42R jacket?", {("size", "42R", "42R")}),
        # A letter size said alone answers "which size?" (stranger test 7: "medium" was lost).
        ("medium please", {("size", "M", "medium")}),
        ("in a medium please", {("size", "M", "medium")}),
        ("10.5?", {("size", "10.5", "10.5")}),
        ("sz 11", {("size", "11", "11")}),
        ("XXXXL", {("size", "XXXXL", "XXXXL")}),
        ("I need them in 2 days", set()),
    ],
)
def test_sizes(extractor, text, expected):
    assert {e for e in found(extractor, text) if e[0] == "size"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("under 40 bucks", {("price_max", "40")}),
        ("less than $99.50", {("price_max", "99.50")}),
        ("over 200", {("price_min", "200")}),
        ("between 50 and 100", {("price_min", "50"), ("price_max", "100")}),
        ("$50-$100", {("price_min", "50"), ("price_max", "100")}),
        ("budget is 1.5k", {("price_max", "1500")}),
        ("under $-5", {("price_max", "-5")}),
    ],
)
def test_prices(extractor, text, expected):
    assert {(e.entity, e.value) for e in extractor.extract(text) if "price" in e.entity} == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the second one", "2"),
        ("2nd", "2"),
        ("number 3", "3"),
        ("the last one", "last"),
        ("1", "1"),
    ],
)
def test_ordinals(extractor, text, value):
    assert ("ordinal", value) in {(e.entity, e.value) for e in extractor.extract(text)}


def test_sorting_and_price_direction(extractor):
    assert ("sort", "price_asc") in {
        (e.entity, e.value) for e in extractor.extract("cheapest first")
    }
    assert ("price_direction", "cheaper") in {
        (e.entity, e.value) for e in extractor.extract("cheaper ones")
    }
    assert ("price_direction", "pricier") in {
        (e.entity, e.value) for e in extractor.extract("something more expensive")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("add 2 pairs to my cart", {("quantity", "2", "2")}),
        ("make it 3", {("quantity", "3", "3")}),
        ("make the first one 2", {("ordinal", "1", "first"), ("quantity", "2", "2")}),
        ("change the last item to 4", {("ordinal", "last", "last"), ("quantity", "4", "4")}),
        ("change the quantity to two", {("quantity", "2", "two")}),
        ("4 of them in size 9", {("quantity", "4", "4"), ("size", "9", "9")}),
        ("x2 please", {("quantity", "2", "2")}),
        ("-1 pairs", {("quantity", "-1", "-1")}),
        ("express please", {("shipping_method", "express", "express")}),
        ("next day delivery", {("shipping_method", "express", "next day")}),
        ("standard is fine", {("shipping_method", "standard", "standard")}),
        ("5 stars", {("rating", "5", "5")}),
        ("3/5", {("rating", "3", "3")}),
        ("rate it 2", {("rating", "2", "2")}),
        ("give you five stars", {("rating", "5", "five")}),
    ],
)
def test_quantities_shipping_methods_and_ratings(extractor, text, expected):
    assert found(extractor, text) == expected


def test_a_price_or_size_is_not_a_quantity_or_rating(extractor):
    assert found(extractor, "shoes in size 5 under $4") == {
        ("category", "shoes", "shoes"), ("size", "5", "5"), ("price_max", "4", "$4")}  # fmt: skip


def test_catalog_names_brands_and_synonyms(extractor):
    assert found(extractor, "tell me about the windsor patent oxford") == {
        ("product", "Windsor Patent Oxford", "windsor patent oxford")
    }
    assert ("brand", "Aldwych & Co") in {
        (e.entity, e.value) for e in extractor.extract("from aldwych")
    }
    assert ("category", "tuxedos") in {(e.entity, e.value) for e in extractor.extract("a tux pls")}
    assert ("category", "bow ties") in {(e.entity, e.value) for e in extractor.extract("bowtie")}
    assert ("colour", "teal") in {(e.entity, e.value) for e in extractor.extract("in teal")}
    assert ("gender", "female") in {(e.entity, e.value) for e in extractor.extract("for my wife")}


def test_longest_match_wins(extractor):
    # "dress shoes" are shoes, not dresses; "bow ties" are not ties.
    assert {(e.entity, e.value) for e in extractor.extract("black dress shoes")} == {
        ("colour", "black"),
        ("category", "dress shoes"),
    }
    assert {(e.entity, e.value) for e in extractor.extract("bow ties")} == {
        ("category", "bow ties")
    }


def test_one_typo_is_forgiven_on_long_catalog_words(extractor):
    assert {(e.entity, e.value) for e in extractor.extract("burgandy oxfrods")} == {
        ("colour", "burgundy"),
        ("category", "oxfords"),
    }


def test_short_words_only_through_the_lexicons_misspellings(extractor):
    assert {(e.entity, e.value) for e in extractor.extract("blak brwon")} == {
        ("colour", "black"),
        ("colour", "brown"),
    }
    assert extractor.extract("blakc") == []


@pytest.mark.parametrize(
    "text",
    [
        "from the office while i wait",
        "write me a sql query",
        "what's the square root of 144",
        "my wifi keeps dropping",
        "how do i reach a real person",
        "hellow",
        "lakers score last night?",
    ],
)
def test_everyday_words_are_not_turned_into_catalog_words(extractor, text):
    assert {e.entity for e in extractor.extract(text)} <= {"occasion"}


@pytest.mark.parametrize(
    "text", ["", "   ", "🙂👠🔥", "我想要黑色的鞋子", "'; DROP TABLE product; --", "x" * 100_000]
)
def test_odd_input_gives_no_entities_and_no_error(extractor, text):
    assert extractor.extract(text) == []


def test_a_new_catalog_is_understood_without_retraining(demo_store_url, tmp_path):
    csv_text = (
        "Handle,Title,Vendor,Type,Variant Price,Option1 Name,Option1 Value,Variant Inventory Qty\n"
        "zephyr-trail-clog,Zephyr Trail Clog,Zephyrine,Clogs,79.00,Color,Saffron,5\n"
    )
    engine = get_engine(demo_store_url)
    with session_scope(engine) as session:
        import_shopify_csv(session, csv_text.splitlines(keepends=True))
    with session_scope(engine) as session:
        extractor = ShopEntityExtractor(catalog_vocabulary(session))

    assert found(extractor, "saffron clogs from zephyrine") == {
        ("colour", "saffron", "saffron"),
        ("category", "clogs", "clogs"),
        ("brand", "Zephyrine", "zephyrine"),
    }


def test_order_numbers_and_emails(extractor):
    assert {
        (e.entity, e.value) for e in extractor.extract("order hl7kq2xm, Ann.Lee@Example.com")
    } == {
        ("order_number", "HL-7KQ2XM"),
        ("email", "ann.lee@example.com"),
    }
    assert extractor.extract("where is HL-7KQ2XM?")[0].value == "HL-7KQ2XM"


# --- Stranger test 4 (docs/nlu/stranger-test-4.md): short typos, style words, asides ----------


@pytest.fixture(scope="module")
def assistants_extractor(demo_store_file) -> ShopEntityExtractor:
    """The extractor as the assistant runs it: it knows the language model's English words, so a
    short word is read as a misspelt catalog word only when it is no English word itself."""
    from shop_nlu.catalog_terms import language_model_words

    with session_scope(get_engine(f"sqlite:///{demo_store_file}")) as session:
        return ShopEntityExtractor(catalog_vocabulary(session), language_model_words())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("brwn ones?", ("colour", "brown")),  # a dropped vowel
        ("blck loafers", ("colour", "black")),
        ("any in gren", ("colour", "green")),
        ("blakc", ("colour", "black")),  # two letters swapped
        ("pnik heels", ("colour", "pink")),
        ("a slik tie", ("feature", "silk")),
        ("sude loafers", ("feature", "suede")),
        ("blets for men", ("category", "belts")),
        ("bgas", ("category", "bags")),
        ("anything from brrea", ("brand", "Brera")),  # one letter too many
        ("blsck boots", ("colour", "black")),  # the key next to the right one
        ("blue shrits", ("category", "shirts")),
    ],
)
def test_short_catalog_words_forgive_one_typo_or_dropped_vowels(
    assistants_extractor, text, expected
):
    assert expected in {(e.entity, e.value) for e in assistants_extractor.extract(text)}


@pytest.mark.parametrize(
    "text",
    [
        "are you a bot",  # boots, less a vowel
        "it sits well on me",  # suits, less a vowel
        "i sued them",  # suede, less a vowel
        "it feels tight",  # heels, one letter off
        "sold out again?",  # gold
        "remove the tags",  # bags
        "a pint of milk",  # pink, silk
        "the glue came off",  # blue
        "is it the best",  # vest
        "my feet are sore",
        "thnx, bye",
        "whats in my cart",  # hats, one letter too many
        "thats all",
        "howdy",  # hoody, one letter off (but not a neighbouring key)
        "9 Rue des Lilas, 75011 Paris",  # lilac
        "ciao, tutto bene",  # beanie, without some of its vowels
        "what goes wiht this",  # whit, a misspelling of white in the lexicon
        "are these comfy for long shifts??",  # shirts, one letter off, but "shift" is a word
        "i work double shifts",
        "it sheds everywhere",  # shoes? sheds is "shed" + s
    ],
)
def test_english_words_are_never_corrected_into_catalog_words(assistants_extractor, text):
    assert [e for e in assistants_extractor.extract(text) if e.confidence < 1.0] == []


def test_without_the_language_models_words_short_typos_are_left_alone(extractor):
    # A short word one letter off a catalog word is often an English word; without a dictionary
    # to tell, only the lexicon's own misspellings count.
    assert extractor.extract("brwn") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("something flat", ("category", "flats")),
        ("ballet flats", ("category", "flats")),
        ("anything heeled", ("category", "heels")),
        ("a low heel for the office", ("feature", "low heel")),
        ("kitten heels", ("feature", "low heel")),
        ("trainers for running", ("feature", "running")),
        ("something light", ("feature", "lightweight")),
    ],
)
def test_style_words(extractor, text, expected):
    assert expected in {(e.entity, e.value) for e in extractor.extract(text)}


def test_light_in_a_colour_is_the_colour_not_the_weight(extractor):
    # The shade itself, not plain blue: a light blue search never lists navy (tests/core/test_shades.py).
    assert {(e.entity, e.value) for e in extractor.extract("a light blue dress")} == {
        ("colour", "light blue"),
        ("category", "dresses"),
    }


def test_an_aside_about_what_hurts_rules_that_kind_out(extractor):
    entities = {
        (e.entity, e.value, e.role)
        for e in extractor.extract("hmm something flat instead, my feet hurt in heels")
    }
    assert ("category", "flats", None) in entities
    assert ("category", "heels", "excluded") in entities


@pytest.mark.parametrize(
    "text", ["do you do gift cards", "got any gift vouchers?", "e-gift card", "a giftcard"]
)
def test_gift_cards_are_a_kind_of_product(extractor, text):
    assert ("category", "gift cards") in {(e.entity, e.value) for e in extractor.extract(text)}


@pytest.mark.parametrize(
    "text",
    [
        "ugh spilled red wine all over my only white dress shirt",
        "just spilt red wine on my white shirt",
        "red wine stain on my white shirt",
        "spilled wine on my white blouse",
        "got red wine all over my white shirt",
        "knocked coffee on my white shirt, need another",
    ],
)
def test_the_colour_of_a_spill_is_no_colour_wanted(extractor, text):
    colours = [e.value for e in extractor.extract(text) if e.entity == "colour"]
    assert colours == ["white"], colours


@pytest.mark.parametrize(
    ("text", "colours"),
    [
        ("a wine red dress", ["burgundy"]),
        ("burgundy or wine colour", ["burgundy", "burgundy"]),
        ("got red shoes?", ["red"]),
        ("a dress in wine", ["burgundy"]),
        ("chocolate brown boots", ["chocolate", "brown"]),
    ],
)
def test_wine_and_red_said_as_colours_stay_colours(extractor, text, colours):
    assert [e.value for e in extractor.extract(text) if e.entity == "colour"] == colours


@pytest.mark.parametrize(
    "text",
    ["no stilettos", "not stilettos pls", "anything but stilettos", "no stiletto heels",
     "so no stilettos. block heel or flats"],
)  # fmt: skip
def test_no_stilettos_rules_out_the_style_not_all_heels(extractor, text):
    entities = {(e.entity, e.value, e.role) for e in extractor.extract(text)}
    assert ("feature", "stiletto", "excluded") in entities, entities
    assert ("category", "heels", "excluded") not in entities, entities


@pytest.mark.parametrize(
    "text",
    ["a three piece suit", "three-piece suit", "3 piece suit", "3-piece suits", "THREE PIECE"],
)
def test_three_piece_is_a_feature_not_a_quantity(extractor, text):
    entities = {(e.entity, e.value) for e in extractor.extract(text)}
    assert ("feature", "three-piece") in entities, entities
    assert not any(entity == "quantity" for entity, _ in entities), entities
