"""The same store on PostgreSQL: import, search and availability through SQLAlchemy."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from commerce.catalog_import import import_shopify_csv
from commerce.db import session_scope
from commerce.products import check_variant
from commerce.search import ProductQuery, find_alternatives, find_products
from tests.conftest import DEMO_CATALOG

pytestmark = pytest.mark.postgres


def test_article_search_on_postgres(engine):
    query = ProductQuery(
        category="shoes",
        colour="black",
        size="10",
        occasions=("formal", "black-tie"),
        price_max=Decimal("150"),
    )
    with session_scope(engine) as session:
        result = find_products(session, query, limit=20)

    assert "Windsor Patent Oxford" in [match.title for match in result.matches]
    assert all(match.price_from <= 150 for match in result.matches)


def test_reimport_updates_in_place_on_postgres(engine):
    with session_scope(engine) as session, DEMO_CATALOG.open(encoding="utf-8") as stream:
        report = import_shopify_csv(session, stream)

    with DEMO_CATALOG.open(encoding="utf-8") as stream:
        handles = {row["Handle"] for row in csv.DictReader(stream)}
    assert report.products_created == 0 and report.variants_created == 0
    assert report.products_updated == len(handles)


def test_availability_and_alternatives_on_postgres(engine):
    with session_scope(engine) as session:
        check = check_variant(session, "windsor-patent-oxford", size="13")
        alternatives = find_alternatives(session, ProductQuery(category="oxfords", size="19"))

    assert check.offered and not check.in_stock
    assert alternatives.dropped == ("size",) and alternatives.result.matches
