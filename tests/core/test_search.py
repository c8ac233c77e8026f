"""Product search over the demo store, checked against what the demo CSV says.

`handles_with(...)` reads the CSV (see catalog_rows.read_catalog), never the search's output: a
product is expected when it fits the product filters and has an in-stock variant fitting the rest.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from commerce import cli
from commerce.db import session_scope
from commerce.models import Product, Variant
from commerce.search import ProductQuery, counting, find_products

from .catalog_rows import LEXICON, SINGULARS, colour_family_members, handles_with

GROUPS = {word: set(kinds) for word, kinds in LEXICON["category_groups"].items()}
SYNONYMS = {canonical: phrases[0] for canonical, phrases in LEXICON["category_synonyms"].items()}


def found(session, query: ProductQuery | None = None, **options) -> list[str]:
    """Every matching handle, in the search's order."""
    result = find_products(session, query or ProductQuery(), limit=1000, **options)
    assert result.total == len(result.matches)
    return [match.handle for match in result.matches]


def count(session, query: ProductQuery) -> int:
    """How many products match (no page loaded)."""
    return find_products(session, query, limit=0).total


def of_types(*kinds: str):
    return lambda product: product.product_type in kinds or product.department in kinds


# --- Each filter --------------------------------------------------------------------------------


def test_empty_query_finds_every_product_in_stock_in_catalog_order(demo_session, demo_catalog):
    in_stock = [handle for handle, product in demo_catalog.items() if product.in_stock]
    assert found(demo_session) == in_stock
    assert len(in_stock) < len(demo_catalog)  # a few demo products are sold out


def kinds_meant_by(word: str) -> set[str]:
    """The demo types a type's own name covers: itself, or its lexicon group ("dresses")."""
    return GROUPS.get(word.lower(), {kind for kind in SINGULARS if kind.lower() == word.lower()})


@pytest.mark.parametrize("kind", sorted(SINGULARS))
def test_category_by_type_name_plural_and_singular(kind, demo_session, demo_catalog):
    expected = handles_with(demo_catalog, of_types(*kinds_meant_by(kind)))
    assert expected
    assert set(found(demo_session, ProductQuery(category=kind.lower()))) == expected
    assert set(found(demo_session, ProductQuery(category=SINGULARS[kind]))) == expected


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_category_group_from_the_lexicon(group, demo_session, demo_catalog):
    expected = handles_with(demo_catalog, of_types(*GROUPS[group], group.title()))
    assert expected
    assert set(found(demo_session, ProductQuery(category=group))) == expected


@pytest.mark.parametrize(("canonical", "synonym"), sorted(SYNONYMS.items()))
def test_category_synonym_from_the_lexicon(canonical, synonym, demo_session, demo_catalog):
    expected = handles_with(demo_catalog, of_types(*kinds_meant_by(canonical)))
    assert expected
    assert set(found(demo_session, ProductQuery(category=synonym))) == expected


@pytest.mark.parametrize(
    ("said", "kinds"),
    [
        ("Oxfords", {"Oxfords"}),
        ("tux", {"Tuxedos"}),
        ("boots", {"Chelsea Boots", "Chukka Boots"}),
        ("accessories", {"Ties", "Bow Ties", "Belts", "Bags", "Pocket Squares", "Cufflinks"}),
        ("clothing", {"Clothing"}),  # a department (Shopify's product category)
    ],
)
def test_category_words_shoppers_use(said, kinds, demo_session, demo_catalog):
    expected = handles_with(demo_catalog, of_types(*kinds))
    assert expected
    assert set(found(demo_session, ProductQuery(category=said))) == expected


def test_unknown_category_finds_nothing(demo_session):
    assert found(demo_session, ProductQuery(category="spaceships")) == []
    assert count(demo_session, ProductQuery(category="oxfords"))


@pytest.mark.parametrize(
    ("said", "includes"),
    [
        ("black", {"Black"}),
        ("Navy", {"Navy"}),
        ("tan", {"Tan"}),
        ("blue", {"Blue", "Navy"}),  # a family: "blue" finds navy too
        ("brown", {"Brown", "Tan"}),
        ("grey", {"Grey", "Charcoal"}),
        ("beige", {"Beige"}),
    ],
)
def test_colour_and_colour_family(said, includes, demo_session, demo_catalog):
    demo_colours = {v.colour for p in demo_catalog.values() for v in p.variants if v.colour}
    colours = colour_family_members(said, demo_colours)  # as the lexicon file has it
    assert includes <= colours
    expected = handles_with(demo_catalog, variant=lambda v: v.colour in colours)
    result = find_products(demo_session, ProductQuery(colour=said), limit=1000)
    assert {match.handle for match in result.matches} == expected
    for match in result.matches:  # each shows at least one colour asked for
        assert set(match.colours) & colours


def test_colour_the_shop_does_not_carry_finds_nothing(demo_session):
    assert found(demo_session, ProductQuery(colour="teal")) == []  # teal is "blue" family...
    assert count(demo_session, ProductQuery(colour="blue"))  # ...but not every blue is teal


@pytest.mark.parametrize(
    ("key", "part"),
    [("10", "US 10"), ("eu43", "EU 43"), ("42r", "42R"), ("m", "M"), ("9.5", "US 9.5")],
)  # fmt: skip
def test_size(key, part, demo_session, demo_catalog):
    # A men's shoe in EU sizes only is in the US size the shop's chart gives: EU 43 is a US 10.
    chart = {"US 10": "EU 43", "US 9.5": "EU 42.5"}
    parts = {part, chart.get(part)}
    expected = handles_with(demo_catalog, variant=lambda v: bool(parts & set(v.size_parts)))
    assert expected
    assert set(found(demo_session, ProductQuery(size=key))) == expected


def test_us_and_eu_sizes_are_one_question_by_the_chart(demo_session):
    # Windsor is labelled "US 10 / EU 43", Portofino in EU sizes only ("EU 43"), which the shop's
    # men's chart makes a US 10 (stranger test 63, problem 2).
    for key in ("10", "us10", "eu43", "43"):
        assert found(demo_session, ProductQuery(product="windsor", size=key)) == [
            "windsor-patent-oxford"
        ]
        assert found(demo_session, ProductQuery(product="portofino", size=key)) == [
            "portofino-suede-loafer"
        ]


@pytest.mark.parametrize("tag", ["black-tie", "wedding", "beach"])
def test_occasion(tag, demo_session, demo_catalog):
    expected = handles_with(demo_catalog, lambda p: tag in p.tags)
    assert expected
    assert set(found(demo_session, ProductQuery(occasions=(tag,)))) == expected


def test_several_occasions_find_any_of_them_best_fits_first(demo_session, demo_catalog):
    tags = ("black-tie", "wedding", "evening")
    handles = found(demo_session, ProductQuery(occasions=tags))
    assert set(handles) == handles_with(demo_catalog, lambda p: bool(p.tags & set(tags)))
    position = {handle: index for index, handle in enumerate(demo_catalog)}
    ranks = [(-len(demo_catalog[h].tags & set(tags)), position[h]) for h in handles]
    assert ranks == sorted(ranks)  # most occasions matched first, then the catalog's order
    assert len(demo_catalog[handles[0]].tags & set(tags)) > 1


@pytest.mark.parametrize("gender", ["male", "female"])
def test_gender_includes_unisex(gender, demo_session, demo_catalog):
    expected = handles_with(demo_catalog, lambda p: p.gender in (gender, "unisex"))
    unisex = handles_with(demo_catalog, lambda p: p.gender == "unisex")
    assert unisex
    result = set(found(demo_session, ProductQuery(gender=gender)))
    assert result == expected
    assert unisex <= result


@pytest.mark.parametrize("said", ["aldwych & co", "ALDWYCH & CO"])
def test_brand_ignores_case(said, demo_session, demo_catalog):
    expected = handles_with(demo_catalog, lambda p: p.brand == "Aldwych & Co")
    assert expected
    assert set(found(demo_session, ProductQuery(brand=said))) == expected


def test_product_title(demo_session, demo_catalog):
    assert found(demo_session, ProductQuery(product="windsor")) == ["windsor-patent-oxford"]
    patent = handles_with(demo_catalog, lambda p: "patent" in p.title.lower())
    assert len(patent) > 1
    assert set(found(demo_session, ProductQuery(product="Patent"))) == patent


@pytest.mark.parametrize(
    ("low", "high"), [(None, "50"), ("300", None), ("100", "130"), ("139", "139")]
)
def test_price_bounds(low, high, demo_session, demo_catalog):
    low = Decimal(low) if low else None
    high = Decimal(high) if high else None

    def fits(price):
        return (low is None or price >= low) and (high is None or price <= high)

    expected = handles_with(demo_catalog, variant=lambda v: fits(v.price))
    assert expected
    result = find_products(demo_session, ProductQuery(price_min=low, price_max=high), limit=1000)
    assert {match.handle for match in result.matches} == expected
    for match in result.matches:  # the prices shown are the ones in the budget
        assert fits(match.price_from) and fits(match.price_to)


@pytest.mark.parametrize(
    "filters",
    [
        {"category": "sneakers", "gender": "female", "size": "us8"},
        {"category": "dresses", "colour": "red", "price_max": Decimal("250")},
        {"brand": "Aldwych & Co", "occasions": ("wedding",), "colour": "brown", "size": "10"},
        {"category": "boots", "colour": "brown", "price_min": Decimal("150"), "gender": "male"},
    ],
)
def test_filters_combined_must_fit_one_variant(filters, demo_session, demo_catalog):
    query = ProductQuery(**filters)
    demo_colours = {v.colour for p in demo_catalog.values() for v in p.variants if v.colour}
    colours = colour_family_members(query.colour, demo_colours) if query.colour else set()
    sizes = {"us8": "US 8", "10": "US 10"}

    def product_fits(p):
        return (
            (not query.category or p.product_type in kinds_meant_by(query.category))
            and (not query.gender or p.gender in (query.gender, "unisex"))
            and (not query.brand or p.brand == query.brand)
            and (not query.occasions or bool(p.tags & set(query.occasions)))
        )

    def variant_fits(v):
        return (
            (not query.colour or v.colour in colours)
            and (not query.size or sizes[query.size] in v.size_parts)
            and (query.price_max is None or v.price <= query.price_max)
            and (query.price_min is None or v.price >= query.price_min)
        )

    expected = handles_with(demo_catalog, product_fits, variant_fits)
    assert expected
    assert set(found(demo_session, query)) == expected


# --- Sorting and pages --------------------------------------------------------------------------


@pytest.mark.parametrize("sort", ["price_asc", "price_desc"])
def test_sort_by_price(sort, demo_session, demo_catalog):
    result = find_products(demo_session, ProductQuery(category="oxfords", sort=sort), limit=100)
    prices = [match.price_from for match in result.matches]
    assert len(prices) > 3
    assert prices == sorted(prices, reverse=sort == "price_desc")
    for match in result.matches:  # price_from is the lowest price in stock
        lowest = min(v.price for v in demo_catalog[match.handle].in_stock)
        assert match.price_from == lowest


def test_pages_cover_every_match_once(demo_session):
    query = ProductQuery(category="boots")
    everything = found(demo_session, query)
    seen = []
    offset = 0
    while True:
        page = find_products(demo_session, query, offset=offset, limit=4)
        assert page.total == len(everything)
        seen += [match.handle for match in page.matches]
        offset += 4
        if not page.has_more:
            break
        assert len(page.matches) == 4
    assert seen == everything
    assert 0 < len(page.matches) <= 4


def test_page_past_the_end_is_empty(demo_session):
    result = find_products(demo_session, ProductQuery(category="oxfords"), offset=500, limit=3)
    assert result.matches == []
    assert result.total > 0
    assert not result.has_more


@pytest.mark.parametrize(
    "query",
    [
        ProductQuery(category="shoes"),
        ProductQuery(colour="black"),
        ProductQuery(sort="popular"),
        ProductQuery(category="shoes", colour="teal", sort="closest"),
    ],
    ids=["a kind", "a colour", "best sellers", "alternatives"],
)
def test_a_count_stops_at_the_cap_and_the_pages_go_on_past_it(demo_session, monkeypatch, query):
    # On a big catalog an exact count reads every fitting product to print one number: the
    # count stops past COUNT_CAP (here 8, the demo catalog being small) and says so; "More"
    # still reaches every product, each once, in the same order.
    everything = found(demo_session, query)
    assert len(everything) > 12
    monkeypatch.setattr(counting, "COUNT_CAP", 8)

    first = find_products(demo_session, query, limit=3)
    assert (first.total, first.total_capped, first.has_more) == (8, True, True)
    seen, offset = [], 0
    while True:
        page = find_products(demo_session, query, offset=offset, limit=3)
        seen += [match.handle for match in page.matches]
        offset += 3
        if not page.has_more:
            break
        # Counted at least to the end of the page: more fit than the page shows.
        assert page.total >= offset and (page.total_capped or page.total == len(everything))
    assert seen == everything
    assert (page.total, page.total_capped) == (len(everything), False)


def test_the_command_line_search_says_more_than_past_the_cap(demo_store_url, monkeypatch, capsys):
    # `shop search` lists 20: past the cap (here 8) it counts to the 20th and says "more than".
    monkeypatch.setattr(counting, "COUNT_CAP", 8)

    assert cli.main(["--database-url", demo_store_url, "search", "--category", "shoes"]) == 0

    assert capsys.readouterr().out.startswith("more than 20 products\n")


def test_sorted_pages_continue_in_price_order(demo_session):
    query = ProductQuery(category="loafers", sort="price_desc")
    first = find_products(demo_session, query, offset=0, limit=3)
    second = find_products(demo_session, query, offset=3, limit=3)
    assert first.has_more
    assert first.matches[-1].price_from >= second.matches[0].price_from
    assert not {m.handle for m in first.matches} & {m.handle for m in second.matches}


# --- Stock --------------------------------------------------------------------------------------


def test_sold_out_variants_never_match(demo_session):
    windsor_13 = ProductQuery(product="windsor", size="13")
    assert found(demo_session, windsor_13) == []
    assert found(demo_session, windsor_13, in_stock_only=False) == ["windsor-patent-oxford"]
    ashby_black_10 = ProductQuery(product="ashby", colour="black", size="10")
    assert found(demo_session, ashby_black_10) == []
    assert found(demo_session, ProductQuery(product="ashby", colour="brown", size="10")) == [
        "ashby-cap-toe-oxford"
    ]


def test_sold_out_sizes_are_not_offered_in_a_match(demo_session):
    [windsor] = find_products(demo_session, ProductQuery(product="windsor")).matches
    assert "US 10 / EU 43" in windsor.sizes
    assert "US 13 / EU 46" not in windsor.sizes
    [ashby] = find_products(demo_session, ProductQuery(product="ashby", size="10")).matches
    assert ashby.colours == ("Brown",)


def test_a_product_sold_out_everywhere_is_found_only_when_asking_for_sold_out(demo_session):
    firenze = ProductQuery(product="firenze")
    assert found(demo_session, firenze) == []
    [match] = find_products(demo_session, firenze, in_stock_only=False).matches
    assert (match.handle, match.in_stock) == ("firenze-museum-calf-oxford", False)


# --- The article's query ------------------------------------------------------------------------


# "Black formal shoes in size 10 for a black-tie event, under $150, for men", as the NLU reads it.
ARTICLE_QUERY = ProductQuery(
    category="shoes",
    colour="black",
    size="10",
    occasions=("formal", "black-tie"),
    price_max=Decimal("150"),
    gender="male",
)


def test_black_formal_shoes_size_10_for_black_tie_under_150(demo_session, demo_engine):
    assert ARTICLE_QUERY.problems() == []
    result = find_products(demo_session, ARTICLE_QUERY, limit=50)
    handles = [match.handle for match in result.matches]
    assert handles[0] == "windsor-patent-oxford"
    assert result.total == len(handles)
    # Every match, read back from the store: an in-stock black US 10 at $150 or less.
    with session_scope(demo_engine) as session:
        tags_matched = []
        for handle in handles:
            product = session.scalar(select(Product).where(Product.handle == handle))
            assert product.department == "Shoes"
            assert product.gender in ("male", "unisex")
            tags_matched.append(len({"formal", "black-tie"} & set(product.tag_names)))
            assert any(
                variant.stock > 0
                and variant.colour == "Black"
                and variant.size.startswith("US 10 /")
                and variant.price <= 150
                for variant in product.variants
            ), handle
    assert all(tags_matched)
    assert tags_matched == sorted(tags_matched, reverse=True)  # black-tie shoes first


def test_article_query_finds_every_fitting_product_in_the_csv(demo_session, demo_catalog):
    expected = handles_with(
        demo_catalog,
        lambda p: (
            p.department == "Shoes"
            and p.gender in ("male", "unisex")
            and bool({"formal", "black-tie"} & p.tags)
        ),
        lambda v: v.colour == "Black" and "US 10" in v.size_parts and v.price <= 150,
    )
    assert "windsor-patent-oxford" in expected
    assert set(found(demo_session, ARTICLE_QUERY)) == expected


# --- The query itself ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "problem"),
    [
        (ProductQuery(price_max=Decimal("-10")), "negative"),
        (ProductQuery(price_min=Decimal("-1")), "negative"),
        (ProductQuery(price_max=Decimal("5000000")), "more than anything"),
        (ProductQuery(price_min=Decimal("200"), price_max=Decimal("100")), "lowest price is above"),
        (ProductQuery(sort="popularity"), "can't sort"),
    ],
)
def test_query_problems(query, problem):
    problems = query.problems()
    assert len(problems) == 1
    assert problem in problems[0]


@pytest.mark.parametrize(
    ("query", "fixed"),
    [
        (ProductQuery(price_max=Decimal("-10")), ProductQuery(price_max=Decimal("10"))),
        (ProductQuery(price_max=Decimal("5000000")), ProductQuery(price_max=Decimal("5000"))),
        (
            ProductQuery(price_min=Decimal("200"), price_max=Decimal("100")),
            ProductQuery(price_min=Decimal("100"), price_max=Decimal("100")),
        ),
        (ProductQuery(sort="popularity"), ProductQuery(sort="price_desc")),
    ],
)
def test_a_sensible_query_has_no_problems(query, fixed):
    assert query.problems()
    assert fixed.problems() == []


def test_query_survives_a_round_trip_through_json():
    query = ProductQuery(
        category="dress shoes",
        colour="black",
        size="us10",
        occasions=("black-tie", "wedding"),
        gender="male",
        brand="Aldwych & Co",
        product="windsor",
        price_min=Decimal("50"),
        price_max=Decimal("149.99"),
        sort="price_asc",
    )
    data = json.loads(json.dumps(query.to_dict()))
    assert ProductQuery.from_dict(data) == query
    assert ProductQuery.from_dict(ProductQuery().to_dict()) == ProductQuery()
    assert ProductQuery().to_dict() == {}
    assert ProductQuery.from_dict(None) == ProductQuery()
    assert ProductQuery.from_dict({"colour": "navy", "unknown": 1}) == ProductQuery(colour="navy")


INJECTION = "'; DROP TABLE product; --"


@pytest.mark.parametrize(
    ("field", "real", "hostile"),
    [
        ("colour", "black", INJECTION),
        ("category", "oxfords", INJECTION),
        ("brand", "Aldwych & Co", INJECTION),
        ("brand", "Aldwych & Co", "' OR '1'='1"),
        ("product", "windsor", INJECTION),
        ("product", "windsor", "%"),  # LIKE wildcards are plain characters in a title search
        ("product", "windsor", "_"),
        ("size", "10", INJECTION),
        ("occasions", ("black-tie",), (INJECTION,)),
    ],
)
def test_sql_looking_text_finds_nothing_and_changes_nothing(
    field, real, hostile, demo_engine, demo_catalog
):
    with session_scope(demo_engine) as session:
        assert count(session, ProductQuery(**{field: real}))
        assert found(session, ProductQuery(**{field: hostile})) == []
        assert found(session, ProductQuery(**{field: hostile}), in_stock_only=False) == []
    with session_scope(demo_engine) as session:
        assert session.scalar(select(func.count(Product.id))) == len(demo_catalog)
        variants = sum(len(product.variants) for product in demo_catalog.values())
        assert session.scalar(select(func.count(Variant.id))) == variants


# --- Kinds narrower than a catalog Type (stranger test 6) ---------------------------------------


def test_a_handbag_is_a_tote_clutch_or_crossbody_not_a_briefcase(demo_session, demo_catalog):
    def a_handbag(product) -> bool:
        title = product.title.lower()
        return product.product_type == "Bags" and any(
            word in title for word in ("tote", "clutch", "crossbody", "evening bag")
        )

    expected = handles_with(demo_catalog, a_handbag)
    assert expected
    for said in ("handbags", "handbag", "purse"):
        handles = set(found(demo_session, ProductQuery(category=said)))
        assert handles == expected, said
    assert not {h for h in expected if "briefcase" in h or "messenger" in h or "backpack" in h}
    # "A leather handbag, not brown": no briefcase or laptop messenger, and none only in brown.
    query = ProductQuery(category="handbag", features=("leather",), not_colours=("brown",))
    result = find_products(demo_session, query, limit=10)
    titles = [match.title for match in result.matches]
    assert titles and not [t for t in titles if "Briefcase" in t or "Messenger" in t], titles
    assert all(set(match.colours) - {"Brown", "Tan", "Cognac"} for match in result.matches)


def test_clutches_and_totes_are_those_bags_only(demo_session):
    def titles(kind: str) -> list[str]:
        result = find_products(demo_session, ProductQuery(category=kind), limit=10)
        return [match.title for match in result.matches]

    clutches, totes = titles("clutch"), titles("totes")
    assert "Lund Satin Clutch" in clutches and all("Tote" not in t for t in clutches)
    assert totes and all("Tote" in t for t in totes)


# --- Styles within a kind, named in the title (stranger test 14: "the penny kind") -------------


@pytest.mark.parametrize(
    "said, word, kind",
    [
        ("penny loafers", "penny", "Loafers"),
        ("penny", "penny", "Loafers"),
        ("tassel loafers", "tassel", "Loafers"),
        ("horsebit", "horsebit", "Loafers"),
        ("wrap dresses", "wrap dress", "Dresses"),
        ("sundress", "sundress", "Dresses"),
    ],
)
def test_a_style_named_in_titles_is_those_products_of_its_kind(
    demo_session, demo_catalog, said, word, kind
):
    expected = handles_with(
        demo_catalog, lambda p: p.product_type == kind and word in p.title.lower()
    )
    assert expected
    assert set(found(demo_session, ProductQuery(category=said))) == expected


@pytest.mark.parametrize(
    "kind, wider, within",
    [
        ("penny loafers", "loafers", True),
        ("tassel", "loafers", True),
        ("chelsea boots", "boots", True),
        ("chelsea", "boots", True),
        ("dress shoes", "shoes", True),
        ("chinos", "trousers", True),
        ("handbags", "bags", True),
        ("loafers", "loafers", False),
        ("loafer", "loafers", False),
        ("boots", "chelsea boots", False),
        ("bags", "handbags", False),
        ("dresses", "shoes", False),
        ("sneakers", "dress shoes", False),
        ("heels|flats", "shoes", False),
    ],
)
def test_a_kind_within_another(kind, wider, within):
    from commerce.search import kind_within

    assert kind_within(kind, wider) is within
