"""Each variant's weight as the catalog gives it (Shopify's "Variant Grams"), read by the catalog
import (commerce/catalog_import.py) so that "which of those is the lightest?" is answered from
the catalog's weights (commerce/product_weights.py; stranger test 94, B4). Empty for every variant
stored before: its weight is not known until the next import brings it, never guessed.

Revision ID: 0010_variant_grams
Revises: 0009_kind_sizes
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_variant_grams"
down_revision = "0009_kind_sizes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("variant") as batch:
        batch.add_column(sa.Column("grams", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("variant") as batch:
        batch.drop_column("grams")
