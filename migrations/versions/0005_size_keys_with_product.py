"""The size keys carry their variant's product, and a product's variants index holds their sizes
(docs/performance.md, section 3.3): "dresses in size 13" learns from the size index and the
dresses alone that none comes in 13, without the rows of every size-13 variant; "in stock: XS,
S, M" is read off an index of the kind's variants.

Revision ID: 0005_size_keys_with_product
Revises: 0004_search_covering_indexes
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_size_keys_with_product"
down_revision = "0004_search_covering_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_variant_size_key_key", table_name="variant_size_key")
    # Added empty, filled from each key's variant, then required (SQLite copies the table for
    # that, in batch mode, as every SQLite migration here does).
    with op.batch_alter_table("variant_size_key") as batch:
        batch.add_column(sa.Column("product_id", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE variant_size_key SET product_id ="
        " (SELECT variant.product_id FROM variant WHERE variant.id = variant_size_key.variant_id)"
    )
    with op.batch_alter_table("variant_size_key") as batch:
        batch.alter_column("product_id", existing_type=sa.Integer(), nullable=False)
    op.create_index(
        "ix_variant_size_key_key", "variant_size_key", ["key", "product_id", "variant_id"]
    )
    op.create_index(
        "ix_variant_product_sizes",
        "variant",
        ["product_id", "size", "stock", "price", "position"],
    )
    _refresh_sqlite_statistics()


def _refresh_sqlite_statistics() -> None:
    """A SQLite store that has planner statistics (ANALYZE was run on it) has none for the
    changed indexes, and SQLite then misjudges them; refresh them. One without is left so."""
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and sa.inspect(bind).has_table("sqlite_stat1"):
        op.execute("ANALYZE variant")
        op.execute("ANALYZE variant_size_key")


def downgrade() -> None:
    op.drop_index("ix_variant_product_sizes", table_name="variant")
    op.drop_index("ix_variant_size_key_key", table_name="variant_size_key")
    with op.batch_alter_table("variant_size_key") as batch:
        batch.drop_column("product_id")
    op.create_index("ix_variant_size_key_key", "variant_size_key", ["key", "variant_id"])
