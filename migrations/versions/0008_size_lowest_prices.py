"""Each product's lowest price in stock per size (docs/performance.md, section 3.7):
a search that finds nothing and gives up the budget keeping the size ("wedding, size 15, under
$20": the nearest over $20 in size 15) reads the products of that size by this price, instead of
grouping every variant of the size by product (90-150 ms each at 1M variants on PostgreSQL).
From here on, whatever changes a variant's stock, price or sizes, or a product's place, keeps it
in the same transaction (commerce/models.py `refresh_lowest_prices`).

Revision ID: 0008_size_lowest_prices
Revises: 0007_kind_lowest_price
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_size_lowest_prices"
down_revision = "0007_kind_lowest_price"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Money is whole cents (commerce/models.py `Money`); in stock is a stock above zero
    # (`Variant.in_stock`). A size sold out has no row.
    op.create_table(
        "product_size_price",
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("min_price_in_stock", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["product_id"], ["product.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("product_id", "key"),
    )
    op.execute(
        "INSERT INTO product_size_price (product_id, key, min_price_in_stock, position)"
        " SELECT variant_size_key.product_id, variant_size_key.key, min(variant.price),"
        " product.position"
        " FROM variant_size_key JOIN variant ON variant.id = variant_size_key.variant_id"
        " JOIN product ON product.id = variant_size_key.product_id"
        " WHERE variant.stock > 0"
        " GROUP BY variant_size_key.product_id, variant_size_key.key, product.position"
    )
    op.create_index(
        "ix_product_size_price_key",
        "product_size_price",
        ["key", "min_price_in_stock", "position", "product_id"],
    )
    _refresh_statistics()


def _refresh_statistics() -> None:
    """A SQLite store that has planner statistics (ANALYZE was run on it) has none for the new
    table, and SQLite then misjudges it; give it some (one without is left so). PostgreSQL's
    autovacuum would get to the new table only later."""
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        if sa.inspect(bind).has_table("sqlite_stat1"):
            op.execute("ANALYZE product_size_price")
    elif bind.dialect.name == "postgresql":
        op.execute("ANALYZE product_size_price")


def downgrade() -> None:
    op.drop_index("ix_product_size_price_key", table_name="product_size_price")
    op.drop_table("product_size_price")
