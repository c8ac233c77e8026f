"""The sizes each kind of product is made in and has in stock (docs/performance.md, section 3.9):
one row per lowercase Type and department, size label and size key, over the active products,
with the label's lowest price and variant position in stock and at all. "Dresses in size 13"
learns from one index lookup that no dress is made in 13, and reads the sizes in stock of every
dress off a few rows, instead of each dress's size keys and variants (5,491 dresses at 1M
variants on PostgreSQL). From here on, whatever changes a variant's stock, price, size or
position, or a product's Type, department or status, keeps it in the same transaction
(commerce/kind_sizes.py `refresh_kind_sizes`).

Revision ID: 0009_kind_sizes
Revises: 0008_size_lowest_prices
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_kind_sizes"
down_revision = "0008_size_lowest_prices"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Money is whole cents (commerce/models.py `Money`); a label with no size key has the key "".
    op.create_table(
        "kind_size",
        sa.Column("product_type", sa.String(length=255), nullable=False),
        sa.Column("department", sa.String(length=255), nullable=False),
        sa.Column("size", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("min_price_in_stock", sa.Integer(), nullable=True),
        sa.Column("min_position_in_stock", sa.Integer(), nullable=True),
        sa.Column("min_price", sa.Integer(), nullable=True),
        sa.Column("min_position", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("product_type", "department", "size", "key"),
    )
    # As commerce/kind_sizes.py `_kind_size_rows` writes them (in stock: stock above zero; at
    # all: not below zero, as `available_sizes` asks).
    op.execute(
        "INSERT INTO kind_size (product_type, department, size, key, min_price_in_stock,"
        " min_position_in_stock, min_price, min_position)"
        " SELECT lower(product.product_type), lower(product.department), variant.size,"
        " coalesce(variant_size_key.key, ''),"
        " min(CASE WHEN variant.stock > 0 THEN variant.price END),"
        " min(CASE WHEN variant.stock > 0 THEN variant.position END),"
        " min(CASE WHEN variant.stock > -1 THEN variant.price END),"
        " min(CASE WHEN variant.stock > -1 THEN variant.position END)"
        " FROM variant JOIN product ON product.id = variant.product_id"
        " LEFT OUTER JOIN variant_size_key ON variant_size_key.variant_id = variant.id"
        " WHERE product.is_active AND variant.size IS NOT NULL"
        " GROUP BY lower(product.product_type), lower(product.department), variant.size,"
        " coalesce(variant_size_key.key, '')"
    )
    op.create_index("ix_kind_size_key", "kind_size", ["key", "product_type", "department"])
    bind = op.get_bind()  # planner statistics for the new table, as 0008 gives its own
    if bind.dialect.name == "postgresql" or (
        bind.dialect.name == "sqlite" and sa.inspect(bind).has_table("sqlite_stat1")
    ):
        op.execute("ANALYZE kind_size")


def downgrade() -> None:
    op.drop_index("ix_kind_size_key", table_name="kind_size")
    op.drop_table("kind_size")
