"""Each variant's weight as the catalog gives it: Shopify's "Variant Grams" column, read by the
import and kept per variant (an empty one when the catalog gives none), and a store made before
the column existed (migration 0010) upgraded with every variant kept, weights unknown until the
next import brings them. (That the migrations build exactly what commerce/models.py says is
checked for every revision in tests/scale/test_migrations.py.)"""

from __future__ import annotations

import csv

from sqlalchemy import create_engine, select, text

from commerce.catalog_import import import_shopify_csv
from commerce.db import get_engine, session_scope
from commerce.models import Product, Variant
from tests.scale.migration_steps import upgrade_store
from tests.scale.test_size_price_migration import store_at_0007

from .catalog_rows import DEMO_CSV, csv_text, product_row, variant_row


def grams_of(engine, handle: str) -> dict[str | None, int | None]:
    """A product's variants, by size: the grams stored for each."""
    with session_scope(engine) as session:
        product = session.scalar(select(Product).where(Product.handle == handle))
        return {variant.size: variant.grams for variant in product.variants}


def import_rows(engine, rows) -> list[tuple[int, str]]:
    with session_scope(engine) as session:
        report = import_shopify_csv(session, csv_text(rows).splitlines(keepends=True))
    return [(problem.line, problem.reason) for problem in report.problems]


def test_the_demo_catalog_s_grams_are_kept_for_each_variant(demo_session):
    with DEMO_CSV.open(encoding="utf-8-sig", newline="") as stream:
        written = {
            row["Variant SKU"]: int(row["Variant Grams"])
            for row in csv.DictReader(stream)
            if row["Handle"] in ("osprey-slip-on", "margot-pointed-flat")
        }
    stored = dict(
        demo_session.execute(
            select(Variant.sku, Variant.grams).where(Variant.sku.in_(written))
        ).all()
    )

    assert stored == written
    assert 830 in stored.values() and 407 in stored.values()


def test_grams_given_blank_or_zero_are_kept_as_unknown(new_store):
    problems = import_rows(new_store, [
        product_row("weighed-oxford", "Weighed Oxford", "9", **{"Variant Grams": "1120"}),
        variant_row("weighed-oxford", "10", **{"Variant Grams": "1150.0"}),
        variant_row("weighed-oxford", "11", **{"Variant Grams": ""}),
        # Shopify writes 0 for a variant nobody weighed: no weight, not a weightless shoe.
        variant_row("weighed-oxford", "12", **{"Variant Grams": "0"}),
    ])  # fmt: skip

    assert problems == []
    assert grams_of(new_store, "weighed-oxford") == {"9": 1120, "10": 1150, "11": None, "12": None}


def test_grams_that_are_no_weight_are_reported_and_the_rest_imported(new_store):
    problems = import_rows(new_store, [
        product_row("odd-oxford", "Odd Oxford", "9", **{"Variant Grams": "heavy"}),
        variant_row("odd-oxford", "10", **{"Variant Grams": "-40"}),
        variant_row("odd-oxford", "11", **{"Variant Grams": "980"}),
    ])  # fmt: skip

    assert [line for line, _reason in problems] == [2, 3]
    assert all("Variant Grams" in reason for _line, reason in problems), problems
    assert grams_of(new_store, "odd-oxford") == {"11": 980}


def test_importing_again_updates_the_grams_in_place(new_store):
    first = [
        product_row("light-loafer", "Light Loafer", "9", sku="LL-9", **{"Variant Grams": "700"}),
        variant_row("light-loafer", "10", sku="LL-10", **{"Variant Grams": "720"}),
    ]
    assert import_rows(new_store, first) == []
    again = [
        product_row("light-loafer", "Light Loafer", "9", sku="LL-9", **{"Variant Grams": "690"}),
        variant_row("light-loafer", "10", sku="LL-10", **{"Variant Grams": ""}),
    ]
    assert import_rows(new_store, again) == []

    assert grams_of(new_store, "light-loafer") == {"9": 690, "10": None}


def test_a_store_at_0009_keeps_every_variant_and_learns_weights_on_the_next_import(tmp_path):
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    store_at_0007(url)
    upgrade_store(url, "0009_kind_sizes")
    columns = "id, product_id, sku, size, colour, price, compare_at_price, stock, position"
    old = create_engine(url, future=True)
    with old.connect() as connection:
        before = connection.execute(text(f"select {columns} from variant order by id")).all()
    old.dispose()

    engine = get_engine(url)  # what every part of the shop does first: upgrades the store

    with engine.connect() as connection:
        after = connection.execute(text(f"select {columns} from variant order by id")).all()
        weights = connection.execute(text("select grams from variant")).scalars().all()
    assert after == before and len(after) == 8
    assert set(weights) == {None}  # not known until the catalog says
    problems = import_rows(engine, [
        product_row("harbour-blazer", "Harbour Blazer", "40R", sku="SKU-1", qty="0",
                    product_type="Blazers", **{"Variant Grams": "1340"}),
    ])  # fmt: skip
    assert problems == []
    assert grams_of(engine, "harbour-blazer") == {"40R": 1340, "42R": None}
