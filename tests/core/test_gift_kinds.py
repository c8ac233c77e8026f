"""Presents that need no size (commerce.recommend.kinds_without_sizes), for a shopper who doesn't
know the size of whom they buy for (docs/nlu/stranger-test-24.md, worst problem 5)."""

from __future__ import annotations

from sqlalchemy import select, update

from commerce.db import session_scope
from commerce.models import Product, Variant
from commerce.recommend import kinds_without_sizes

from .catalog_rows import DEMO_CSV, import_file


def test_only_kinds_made_in_no_size_for_whom_it_is_for(demo_session):
    for_her = kinds_without_sizes(demo_session, "female")
    for_him = kinds_without_sizes(demo_session, "male", limit=10)

    assert for_her == ["bags"]
    assert "ties" in for_him and "cufflinks" in for_him
    # Belts are sized by waist, shoes and suits by their sizes: none of them fits whoever.
    assert not {"belts", "oxfords", "suits", "dresses"} & set(for_him + for_her)


def test_a_kind_sold_out_is_not_offered(new_store):
    import_file(new_store, DEMO_CSV)
    with session_scope(new_store) as session:
        bags = select(Product.id).where(Product.product_type == "Bags")
        session.execute(
            update(Variant)
            .where(Variant.product_id.in_(bags))
            .values(stock=0)
            .execution_options(synchronize_session=False)
        )
    with session_scope(new_store) as session:
        assert kinds_without_sizes(session, "female") == []
