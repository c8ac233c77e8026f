"""Search indexes that hold what search reads (bench/bench_search.py, docs/performance.md): a
product's variants with their stock, price and colours; the variants of a colour or a price with
their stock and product.

Revision ID: 0004_search_covering_indexes
Revises: 0003_search_indexes
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_search_covering_indexes"
down_revision = "0003_search_indexes"
branch_labels = None
depends_on = None

# name -> (columns before, columns after)
INDEXES = {
    "ix_variant_product_stock": (
        ["product_id", "stock", "price"],
        ["product_id", "stock", "price", "colour_key", "colour_family"],
    ),
    "ix_variant_price": (["price", "stock"], ["price", "stock", "product_id"]),
    "ix_variant_colour_key": (["colour_key"], ["colour_key", "stock", "product_id"]),
    "ix_variant_colour_family": (["colour_family"], ["colour_family", "stock", "product_id"]),
}


def upgrade() -> None:
    for name, (_, after) in INDEXES.items():
        op.drop_index(name, table_name="variant")
        op.create_index(name, "variant", after)
    _refresh_sqlite_statistics()


def _refresh_sqlite_statistics() -> None:
    """A SQLite store that has planner statistics (ANALYZE was run on it) has none for the new
    indexes, and SQLite then misjudges them; refresh them. A store without any is left so."""
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and sa.inspect(bind).has_table("sqlite_stat1"):
        op.execute("ANALYZE variant")


def downgrade() -> None:
    for name, (before, _) in INDEXES.items():
        op.drop_index(name, table_name="variant")
        op.create_index(name, "variant", before)
