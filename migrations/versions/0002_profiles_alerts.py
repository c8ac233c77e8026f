"""Shopper profiles (sizes and tastes), stock and price alerts, and when a product was first
imported: the tables and column added after the baseline.

Stores made by the working tree between the baseline and this migration may already have some of
these (the shop created missing tables itself then), so each is added only where it is missing.

Revision ID: 0002_profiles_alerts
Revises: 0001_baseline
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_profiles_alerts"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def _tables() -> set[str]:
    return set(sa.inspect(op.get_bind()).get_table_names())


def _create_table(name: str, *columns_and_constraints: sa.SchemaItem) -> bool:
    """Create the table unless it is there; True if it was created."""
    if name in _tables():
        return False
    op.create_table(name, *columns_and_constraints)
    return True


def upgrade() -> None:
    _create_table(
        "shopper_size",
        sa.Column("owner", sa.String(length=255), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("size_key", sa.String(length=32), nullable=False),
        sa.Column("said_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("owner", "kind"),
    )
    _create_table(
        "shopper_taste",
        sa.Column("owner", sa.String(length=255), nullable=False),
        sa.Column("facet", sa.String(length=16), nullable=False),
        sa.Column("value", sa.String(length=64), nullable=False),
        sa.Column("times", sa.Integer(), nullable=False),
        sa.Column("last_asked_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("owner", "facet", "value"),
    )
    if _create_table(
        "alert_subscription",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=255), nullable=False),
        sa.Column("channel", sa.String(length=64), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("size_key", sa.String(length=32), nullable=True),
        sa.Column("colour", sa.String(length=64), nullable=True),
        sa.Column("condition", sa.String(length=16), nullable=False),
        sa.Column("price_at_signup", sa.Integer(), nullable=True),  # cents (Money)
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["product_id"], ["product.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    ):
        op.create_index(
            "ix_alert_subscription_owner", "alert_subscription", ["owner", "status"], unique=False
        )
    if _create_table(
        "alert_delivery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("change", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("queued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["subscription_id"], ["alert_subscription.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    ):
        delivered = sa.text("status = 'delivered'")
        open_ = sa.text("status IN ('pending', 'sending')")
        op.create_index(
            "uq_alert_delivery_delivered", "alert_delivery", ["subscription_id"], unique=True,
            sqlite_where=delivered, postgresql_where=delivered,
        )  # fmt: skip
        op.create_index(
            "uq_alert_delivery_open", "alert_delivery", ["subscription_id"], unique=True,
            sqlite_where=open_, postgresql_where=open_,
        )  # fmt: skip
    product_columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("product")}
    if "first_imported_at" not in product_columns:
        # Products stored before this column have no known arrival: it stays empty for them.
        op.add_column(
            "product", sa.Column("first_imported_at", sa.DateTime(timezone=True), nullable=True)
        )
        op.create_index(
            "ix_product_first_imported_at", "product", ["first_imported_at"], unique=False
        )


def downgrade() -> None:
    op.drop_index("ix_product_first_imported_at", table_name="product")
    with op.batch_alter_table("product") as batch:
        batch.drop_column("first_imported_at")
    op.drop_table("alert_delivery")
    op.drop_table("alert_subscription")
    op.drop_table("shopper_taste")
    op.drop_table("shopper_size")
