"""Indexes for search on big catalogs (bench/bench_search.py): kinds compared in lowercase, the
catalog order, and variant prices.

Revision ID: 0003_search_indexes
Revises: 0002_profiles_alerts
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_search_indexes"
down_revision = "0002_profiles_alerts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_product_type_lower", "product", [sa.text("lower(product_type)")])
    op.create_index("ix_product_department_lower", "product", [sa.text("lower(department)")])
    op.create_index("ix_product_position", "product", ["position"])
    op.create_index("ix_variant_price", "variant", ["price", "stock"])


def downgrade() -> None:
    op.drop_index("ix_variant_price", table_name="variant")
    op.drop_index("ix_product_position", table_name="product")
    op.drop_index("ix_product_department_lower", table_name="product")
    op.drop_index("ix_product_type_lower", table_name="product")
