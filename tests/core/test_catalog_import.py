"""Importing a Shopify product CSV export: the demo catalog, option names, re-imports, bad rows."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import select

from commerce.catalog_import import CatalogFileError, import_shopify_csv
from commerce.cli import main
from commerce.db import get_engine, session_scope
from commerce.models import Product, Variant, VariantSizeKey
from commerce.products import find_product_by_name, product_details
from commerce.search import ProductQuery, find_products

from .catalog_rows import (
    DEMO_CSV,
    SHOPIFY_COLUMNS,
    count_rows,
    csv_text,
    demo_extract,
    import_file,
    product_row,
    read_catalog,
    variant_row,
)


def variants_of(engine, handle: str) -> list[Variant]:
    with session_scope(engine) as session:
        product = session.scalar(select(Product).where(Product.handle == handle))
        return list(product.variants) if product else []


def sizes_of(engine, handle: str) -> set[str | None]:
    return {variant.size for variant in variants_of(engine, handle)}


def found(engine, **filters) -> list[str]:
    with session_scope(engine) as session:
        result = find_products(session, ProductQuery(**filters), limit=100)
        return [match.handle for match in result.matches]


# --- The demo catalog ---------------------------------------------------------------------------


def test_demo_catalog_imports_without_problems(demo_report, demo_catalog):
    variant_rows = sum(len(product.variants) for product in demo_catalog.values())
    assert demo_report.problems == []
    assert demo_report.rows_read == variant_rows
    assert demo_report.products_created == len(demo_catalog)  # distinct handles
    assert demo_report.variants_created == variant_rows
    assert (demo_report.products_updated, demo_report.variants_updated) == (0, 0)


def test_demo_catalog_store_holds_one_product_per_handle(demo_engine, demo_catalog):
    with DEMO_CSV.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert count_rows(demo_engine) == (len({row["Handle"] for row in rows}), len(rows))


def test_continuation_rows_become_variants_of_their_product(demo_engine):
    # Windsor: one row with the product fields, eleven more that repeat only the Handle.
    variants = variants_of(demo_engine, "windsor-patent-oxford")
    assert [variant.size for variant in variants] == [
        "US 7 / EU 40", "US 7.5 / EU 40.5", "US 8 / EU 41", "US 8.5 / EU 41.5", "US 9 / EU 42",
        "US 9.5 / EU 42.5", "US 10 / EU 43", "US 10.5 / EU 43.5", "US 11 / EU 44",
        "US 11.5 / EU 44.5", "US 12 / EU 45", "US 13 / EU 46",
    ]  # fmt: skip
    assert {variant.colour for variant in variants} == {"Black"}
    assert {str(variant.price) for variant in variants} == {"139.00"}
    stock = {variant.size.split(" / ")[0]: variant.stock for variant in variants}
    assert (stock["US 10"], stock["US 13"]) == (4, 0)


def test_demo_products_keep_their_colours_and_stock(demo_engine):
    stock = {
        (v.colour, v.size.split(" / ")[0]): v.stock
        for v in variants_of(demo_engine, "ashby-cap-toe-oxford")
    }
    assert {colour for colour, _size in stock} == {"Black", "Brown"}
    assert stock["Black", "US 10"] == 0
    assert stock["Brown", "US 10"] == 5


def test_demo_colour_option_and_default_title_products(demo_engine):
    # "Colour" (British spelling) option name.
    shirt = variants_of(demo_engine, "jermyn-poplin-dress-shirt")
    assert {variant.colour for variant in shirt} == {"White", "Blue", "Pink"}
    assert all(variant.size for variant in shirt)
    # A single "Default Title" variant: no size; the colour its title names (stranger test 90).
    square = variants_of(demo_engine, "classic-white-pocket-square")
    assert [(v.size, v.colour, v.extra_option) for v in square] == [(None, "White", None)]
    studs = variants_of(demo_engine, "black-tie-stud-and-cufflink-set")  # black tie: no colour
    assert [(v.size, v.colour, v.extra_option) for v in studs] == [(None, None, None)]


# --- Option names -------------------------------------------------------------------------------


def test_size_and_color_options_in_either_order(new_store, write_catalog):
    path = write_catalog(
        [
            product_row("alder-oxford", "Alder Oxford", "US 10", "Black", options=("Size", "Color")),
            variant_row("alder-oxford", "US 11", "Brown"),
            product_row("birch-shirt", "Birch Shirt", "Navy", "M", options=("Colour", "Size"),
                        product_type="Casual Shirts", category="Apparel & Accessories > Clothing"),
            variant_row("birch-shirt", "Tan", "L"),
        ]
    )  # fmt: skip
    assert import_file(new_store, path).problems == []
    assert {(v.size, v.colour) for v in variants_of(new_store, "alder-oxford")} == {
        ("US 10", "Black"),
        ("US 11", "Brown"),
    }
    assert {(v.size, v.colour) for v in variants_of(new_store, "birch-shirt")} == {
        ("M", "Navy"),
        ("L", "Tan"),
    }
    # The shopper's words reach those options: navy is blue, tan is brown.
    assert found(new_store, colour="blue", size="m") == ["birch-shirt"]
    assert found(new_store, colour="brown") == ["alder-oxford", "birch-shirt"]
    assert found(new_store, colour="navy", size="l") == []


def test_default_title_product_has_one_variant_without_size_or_colour(new_store, write_catalog):
    path = write_catalog(
        [product_row("onyx-studs", "Onyx Studs", "Default Title", options=("Title",),
                     product_type="Cufflinks", qty="4")]
    )  # fmt: skip
    assert import_file(new_store, path).problems == []
    variants = variants_of(new_store, "onyx-studs")
    assert [(v.size, v.colour, v.extra_option, v.stock) for v in variants] == [
        (None, None, None, 4)
    ]
    assert found(new_store, category="cufflinks") == ["onyx-studs"]
    with session_scope(new_store) as session:
        assert product_details(session, "onyx-studs").sizes_offered == ()


# --- Importing again ----------------------------------------------------------------------------


def test_reimporting_the_same_file_creates_nothing_new(new_store, tmp_path):
    # The first 40 demo products: the same format, a fraction of the time.
    path = demo_extract(tmp_path / "demo-extract.csv", products=40)
    catalog = read_catalog(path)
    variants = sum(len(product.variants) for product in catalog.values())
    first = import_file(new_store, path)
    assert (first.problems, first.products_created, first.variants_created) == (
        [],
        len(catalog),
        variants,
    )

    again = import_file(new_store, path)

    assert again.problems == []
    assert (again.products_created, again.variants_created) == (0, 0)
    assert (again.products_updated, again.variants_updated) == (len(catalog), variants)
    assert count_rows(new_store) == (len(catalog), variants)
    with session_scope(new_store) as session:  # still found, once
        assert find_products(session, ProductQuery(product="windsor")).total == 1


def test_reimport_updates_stock_and_price_in_place(new_store, write_catalog):
    before = write_catalog(
        [
            product_row("alder-oxford", "Alder Oxford", "US 9", sku="ALD-9", qty="0"),
            variant_row("alder-oxford", "US 10", sku="ALD-10", qty="5"),
            # No SKUs: the variants are recognised by their options.
            product_row("cedar-loafer", "Cedar Loafer", "US 9", product_type="Loafers"),
            variant_row("cedar-loafer", "US 10"),
        ],
        name="before.csv",
    )
    after = write_catalog(
        [
            product_row(
                "alder-oxford", "Alder Oxford", "US 9", sku="ALD-9", qty="3", price="90.00"
            ),
            variant_row("alder-oxford", "US 10", sku="ALD-10", qty="0"),
            product_row(
                "cedar-loafer", "Cedar Loafer", "US 9", product_type="Loafers", price="80.00"
            ),
            variant_row("cedar-loafer", "US 10", qty="0"),
        ],
        name="after.csv",
    )
    import_file(new_store, before)
    assert found(new_store, size="9") == ["cedar-loafer"]  # Alder is sold out in 9

    report = import_file(new_store, after)

    assert report.problems == []
    assert (report.products_created, report.variants_created) == (0, 0)
    assert (report.products_updated, report.variants_updated) == (2, 4)
    assert count_rows(new_store) == (2, 4)
    alder = {v.size: (v.stock, str(v.price)) for v in variants_of(new_store, "alder-oxford")}
    assert alder == {"US 9": (3, "90.00"), "US 10": (0, "100.00")}
    assert found(new_store, size="9") == ["alder-oxford", "cedar-loafer"]
    assert found(new_store, size="10") == []
    assert found(new_store, price_max=85) == ["cedar-loafer"]


def test_every_size_key_carries_its_variant_s_product_after_imports(new_store, write_catalog):
    # Search finds a kind in a size from the size keys with their product on them
    # (docs/performance.md, section 3.3): the import fills it, and again when a size changes.
    first = write_catalog(
        [
            product_row("alder-oxford", "Alder Oxford", "US 9", sku="ALD-9"),
            variant_row("alder-oxford", "US 10 / EU 43", sku="ALD-10"),
            product_row("birch-shirt", "Birch Shirt", "M", product_type="Casual Shirts",
                        category="Apparel & Accessories > Clothing", sku="BIR-M"),
        ],
        name="first.csv",
    )  # fmt: skip
    second = write_catalog(
        [
            product_row("alder-oxford", "Alder Oxford", "US 9.5", sku="ALD-9"),
            variant_row("alder-oxford", "US 10 / EU 43", sku="ALD-10"),
            product_row("birch-shirt", "Birch Shirt", "L", product_type="Casual Shirts",
                        category="Apparel & Accessories > Clothing", sku="BIR-M"),
            product_row("cedar-loafer", "Cedar Loafer", "US 9", product_type="Loafers"),
        ],
        name="second.csv",
    )  # fmt: skip

    for path in (first, second):
        assert import_file(new_store, path).problems == []
        with session_scope(new_store) as session:
            keys = session.execute(
                select(VariantSizeKey.key, VariantSizeKey.product_id, Variant.product_id).join(
                    Variant, Variant.id == VariantSizeKey.variant_id
                )
            ).all()
        assert keys and all(on_key == own for _, on_key, own in keys)

    assert found(new_store, category="oxfords", size="9.5") == ["alder-oxford"]
    assert found(new_store, category="oxfords", size="eu43") == ["alder-oxford"]
    assert found(new_store, category="shoes", size="9") == ["cedar-loafer"]
    assert found(new_store, category="casual shirts", size="l") == ["birch-shirt"]
    assert found(new_store, category="casual shirts", size="m") == []


def test_reimport_updates_product_fields(new_store, write_catalog):
    import_file(
        new_store,
        write_catalog([product_row("alder-oxford", "Alder Oxford", "US 9", tags="wedding, formal")],
                      name="before.csv"),
    )  # fmt: skip
    assert found(new_store, occasions=("wedding",)) == ["alder-oxford"]
    import_file(
        new_store,
        write_catalog([product_row("alder-oxford", "Alder Plain Oxford", "US 9", tags="Formal, office")],
                      name="after.csv"),
    )  # fmt: skip
    assert found(new_store, occasions=("wedding",)) == []
    assert found(new_store, occasions=("office",)) == ["alder-oxford"]
    assert found(new_store, occasions=("formal",), product="plain") == ["alder-oxford"]
    assert count_rows(new_store) == (1, 1)


# --- Bad rows -----------------------------------------------------------------------------------

# Lines 2, 3 and 5 are good variants of Alder; each case puts its bad row(s) on line 4.
ALDER_BEFORE = [
    product_row("alder-oxford", "Alder Oxford", "US 9", sku="ALD-9"),
    variant_row("alder-oxford", "US 10", sku="ALD-10"),
]
ALDER_AFTER = [variant_row("alder-oxford", "US 11", sku="ALD-11")]
ALDER_SKUS = {"ALD-9", "ALD-10", "ALD-11"}
TOO_MANY_COLUMNS = csv_text([variant_row("alder-oxford", "US 12", sku="ALD-12")]).splitlines()[1]

BAD_ROWS = {
    "non-numeric price": (
        [variant_row("alder-oxford", "US 12", sku="ALD-12", price="12O.00")],
        "Variant Price '12O.00' is not a number",
    ),
    "negative price": (
        [variant_row("alder-oxford", "US 12", sku="ALD-12", price="-5.00")],
        "Variant Price '-5.00' is not a valid price",
    ),
    "missing price": (
        [variant_row("alder-oxford", "US 12", sku="ALD-12", price="")],
        "missing Variant Price",
    ),
    "inventory qty not a number": (
        [variant_row("alder-oxford", "US 12", sku="ALD-12", qty="ten")],
        "Variant Inventory Qty 'ten' is not a whole number",
    ),
    "fractional inventory qty": (
        [variant_row("alder-oxford", "US 12", sku="ALD-12", qty="2.5")],
        "Variant Inventory Qty '2.5' is not a whole number",
    ),
    "infinite inventory qty": (
        [variant_row("alder-oxford", "US 12", sku="ALD-12", qty="Infinity")],
        "Variant Inventory Qty 'Infinity' is not a whole number",
    ),
    "missing Option1 Value": (
        [variant_row("alder-oxford", "", sku="ALD-12")],
        "missing Option1 Value (Size)",
    ),
    "continuation row of a product without a Title row": (
        [variant_row("ghost-loafer", "US 10", sku="GHO-10")],
        "product 'ghost-loafer' has no Title",
    ),
    "SKU of another product": (
        [product_row("birch-derby", "Birch Derby", "US 10", sku="ALD-10", product_type="Derbies")],
        "SKU 'ALD-10' already belongs to product 'alder-oxford'",
    ),
    "same options as another variant": (
        [variant_row("alder-oxford", "US 9", sku="ALD-9B")],
        "same options as the variant on line 2",
    ),
    "SKU of another variant of the same product": (
        [variant_row("alder-oxford", "US 12", sku="ALD-9")],
        "SKU 'ALD-9'",
    ),
    "too many columns": (
        [TOO_MANY_COLUMNS + ",surplus,surplus"],
        f"row has {len(SHOPIFY_COLUMNS) + 2} columns, the header has {len(SHOPIFY_COLUMNS)}",
    ),
}


@pytest.mark.parametrize("case", list(BAD_ROWS))
def test_bad_row_is_reported_with_its_line_and_good_rows_are_imported(
    case, new_store, write_catalog
):
    bad_rows, reason = BAD_ROWS[case]
    path = write_catalog([*ALDER_BEFORE, *bad_rows, *ALDER_AFTER])

    report = import_file(new_store, path)

    assert [problem.line for problem in report.problems] == [4], report.problems
    assert reason in report.problems[0].reason
    assert report.rows_read == 4
    with session_scope(new_store) as session:
        skus = set(session.scalars(select(Variant.sku)))
    assert skus == ALDER_SKUS
    assert sizes_of(new_store, "alder-oxford") == {"US 9", "US 10", "US 11"}


def test_bad_row_on_a_products_first_row_keeps_the_product_and_its_other_variants(
    new_store, write_catalog
):
    path = write_catalog(
        [
            product_row("alder-oxford", "Alder Oxford", "US 9", price="n/a", tags="wedding"),
            variant_row("alder-oxford", "US 10", price="120.00"),
        ]
    )
    report = import_file(new_store, path)
    assert [(p.line, p.reason) for p in report.problems] == [
        (2, "Variant Price 'n/a' is not a number")
    ]
    assert sizes_of(new_store, "alder-oxford") == {"US 10"}
    assert found(new_store, occasions=("wedding",), size="10") == ["alder-oxford"]


def test_product_whose_every_variant_row_is_bad_is_not_offered(new_store, write_catalog):
    path = write_catalog(
        [
            product_row("alder-oxford", "Alder Oxford", "US 9"),
            product_row("broken-boot", "Broken Boot", "US 10", price="abc",
                        product_type="Chelsea Boots"),
        ]
    )  # fmt: skip
    report = import_file(new_store, path)
    assert [problem.line for problem in report.problems] == [3]
    with session_scope(new_store) as session:
        # The shopper can't be pointed at a product that has nothing to buy...
        assert find_product_by_name(session, "Broken Boot") is None
        # ...and asking about it must not break the assistant.
        assert product_details(session, "broken-boot") is None


def test_line_numbers_count_the_lines_of_multiline_fields(new_store, write_catalog):
    path = write_catalog(
        [
            product_row("alder-oxford", "Alder Oxford", "US 9",
                        body="<p>Soft calf.</p>\n<p>Made in Spain.</p>"),  # lines 2-3
            variant_row("alder-oxford", "US 10", price="abc"),  # line 4
            product_row("birch-derby", "Birch Derby", "US 9", product_type="Derbies",
                        body="<p>One</p>\n<p>Two</p>\n<p>Three</p>"),  # lines 5-7
            variant_row("birch-derby", "US 10", qty="lots"),  # line 8
            variant_row("birch-derby", "US 11"),  # line 9
            variant_row("birch-derby", "US 11"),  # line 10
        ]
    )  # fmt: skip
    report = import_file(new_store, path)
    assert [(p.line, p.reason) for p in report.problems] == [
        (4, "Variant Price 'abc' is not a number"),
        (8, "Variant Inventory Qty 'lots' is not a whole number"),
        (10, "same options as the variant on line 9"),
    ]
    assert sizes_of(new_store, "birch-derby") == {"US 9", "US 11"}
    with session_scope(new_store) as session:
        assert product_details(session, "alder-oxford").description == "Soft calf. Made in Spain."


def test_line_numbers_count_blank_lines(new_store, write_catalog):
    path = write_catalog(
        [
            product_row("alder-oxford", "Alder Oxford", "US 9"),  # line 2
            "",  # line 3: a blank line, as a text editor may leave
            variant_row("alder-oxford", "US 10", price="abc"),  # line 4
        ]
    )
    report = import_file(new_store, path)
    assert [(p.line, p.reason) for p in report.problems] == [
        (4, "Variant Price 'abc' is not a number")
    ]


def test_continuation_rows_without_a_title_row_are_each_reported(new_store, write_catalog):
    path = write_catalog(
        [
            variant_row("ghost-loafer", "US 9"),
            product_row("alder-oxford", "Alder Oxford", "US 9"),
            variant_row("ghost-loafer", "US 10"),
        ]
    )
    report = import_file(new_store, path)
    assert [(p.line, p.reason) for p in report.problems] == [
        (2, "product 'ghost-loafer' has no Title on its first row"),
        (4, "belongs to product 'ghost-loafer', which has no Title"),
    ]
    assert count_rows(new_store) == (1, 1)


def test_file_without_handle_column_is_rejected_and_imports_nothing(new_store, tmp_path):
    out = io.StringIO()
    columns = [column for column in SHOPIFY_COLUMNS if column != "Handle"]
    writer = csv.DictWriter(out, fieldnames=columns, restval="")
    writer.writeheader()
    row = product_row("alder-oxford", "Alder Oxford", "US 9")
    writer.writerow({key: value for key, value in row.items() if key != "Handle"})

    with pytest.raises(CatalogFileError, match="Handle"), session_scope(new_store) as session:
        import_shopify_csv(session, io.StringIO(out.getvalue()))
    assert count_rows(new_store) == (0, 0)


def test_image_only_rows_are_skipped_silently(new_store, write_catalog):
    path = write_catalog(
        [
            product_row("alder-oxford", "Alder Oxford", "US 9", **{"Image Src": "https://x/1.jpg"}),
            variant_row("alder-oxford", "US 10"),
            {"Handle": "alder-oxford", "Image Src": "https://x/2.jpg", "Image Position": "2"},
        ]
    )
    report = import_file(new_store, path)
    assert report.problems == []
    assert count_rows(new_store) == (1, 2)
    assert sizes_of(new_store, "alder-oxford") == {"US 9", "US 10"}


def test_draft_and_archived_products_are_imported_but_never_offered(new_store, write_catalog):
    path = write_catalog(
        [
            product_row("alder-oxford", "Alder Oxford", "US 10", status="active"),
            product_row("birch-oxford", "Birch Oxford", "US 10", status="draft"),
            product_row("cedar-oxford", "Cedar Oxford", "US 10", status="Archived"),
        ]
    )
    report = import_file(new_store, path)
    assert (report.problems, report.products_created) == ([], 3)
    assert count_rows(new_store) == (3, 3)
    assert found(new_store) == ["alder-oxford"]
    assert found(new_store, category="oxford", size="10") == ["alder-oxford"]
    with session_scope(new_store) as session:
        assert find_product_by_name(session, "Birch Oxford") is None
        assert product_details(session, "cedar-oxford") is None


def test_html_body_is_stored_as_plain_text(new_store, write_catalog):
    body = "<p>Soft <b>suede</b> &amp; calf&nbsp;leather.</p><ul><li>Made in Italy</li></ul>"
    import_file(
        new_store, write_catalog([product_row("alder-oxford", "Alder Oxford", "US 9", body=body)])
    )
    with session_scope(new_store) as session:
        description = product_details(session, "alder-oxford").description
    assert description == "Soft suede & calf leather. Made in Italy"


def test_oversold_negative_inventory_is_sold_out(new_store, write_catalog):
    path = write_catalog(
        [
            product_row("alder-oxford", "Alder Oxford", "US 9", qty="-2"),
            variant_row("alder-oxford", "US 10", qty="1"),
        ]
    )
    assert import_file(new_store, path).problems == []
    assert {v.size: v.stock for v in variants_of(new_store, "alder-oxford")} == {
        "US 9": 0,
        "US 10": 1,
    }
    assert found(new_store, size="9") == []


# --- The shop owner's command line --------------------------------------------------------------


def test_cli_imports_the_demo_catalog(tmp_path, capsys, demo_catalog):
    url = f"sqlite:///{tmp_path}/cli.db"
    assert main(["--database-url", url, "import-catalog", str(DEMO_CSV), "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert f"{len(demo_catalog)} products created" in out
    assert "0 rows skipped" in out
    with session_scope(get_engine(url)) as session:
        assert find_product_by_name(session, "Windsor Patent Oxford") == "windsor-patent-oxford"


def test_cli_reports_each_skipped_row_on_stderr(tmp_path, capsys, write_catalog):
    path = write_catalog(
        [
            product_row("alder-oxford", "Alder Oxford", "US 9"),
            variant_row("alder-oxford", "US 10", price="-1"),
            variant_row("alder-oxford", "US 11"),
            variant_row("alder-oxford", "US 11"),
        ]
    )
    url = f"sqlite:///{tmp_path}/cli.db"
    assert main(["--database-url", url, "import-catalog", str(path), "--quiet"]) == 1
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        f"{path}:3: skipped: Variant Price '-1' is not a valid price",
        f"{path}:5: skipped: same options as the variant on line 4",
    ]
    assert "2 rows skipped" in out
    assert "2 variants created" in out


def test_cli_rejects_a_file_that_is_not_a_product_export(tmp_path, capsys):
    path = tmp_path / "customers.csv"
    path.write_text("Email,First Name\nann@example.com,Ann\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path}/cli.db"
    assert main(["--database-url", url, "import-catalog", str(path), "--quiet"]) == 2
    _out, err = capsys.readouterr()
    assert "missing column(s) Handle, Title, Variant Price" in err
