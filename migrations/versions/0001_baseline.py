"""The store as main made it before migrations (commit e4de8fc): every table of that
commerce/models.py and commerce/handoff.py.

A store made before migrations existed is stamped with this revision and upgraded from here
(commerce/db.py), so its rows stay as they are.

Revision ID: 0001_baseline
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_baseline"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Money columns are whole cents (commerce.models.Money): integers in the database.
    op.create_table(
        "customer",
        sa.Column("owner", sa.String(length=255), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("owner"),
    )
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=255), nullable=False),
        sa.Column("topic", sa.String(length=32), nullable=False),
        sa.Column("order_number", sa.String(length=16), nullable=True),
        sa.Column("asked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_feedback_owner"), "feedback", ["owner"], unique=False)
    op.create_table(
        "handoff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.String(length=255), nullable=False),
        sa.Column("shopper_channel", sa.String(length=64), nullable=False),
        sa.Column("shopper_address", sa.Text(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("transcript", sa.Text(), nullable=False),
        sa.Column("context", sa.Text(), nullable=False),
        sa.Column("out_of_hours", sa.Boolean(), nullable=False),
        sa.Column("answer_from", sa.DateTime(timezone=True), nullable=True),
        sa.Column("message_taken_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("agent_channel", sa.String(length=64), nullable=True),
        sa.Column("agent_thread_ts", sa.String(length=32), nullable=True),
        sa.Column("agent_user", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_handoff_conversation_state", "handoff", ["conversation_id", "state"], unique=False
    )
    op.create_index(
        "ix_handoff_thread", "handoff", ["agent_channel", "agent_thread_ts"], unique=False
    )
    op.create_table(
        "product",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("handle", sa.String(length=255), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("brand", sa.String(length=255), nullable=False),
        sa.Column("product_type", sa.String(length=255), nullable=False),
        sa.Column("department", sa.String(length=255), nullable=False),
        sa.Column("gender", sa.String(length=16), nullable=True),
        sa.Column("image_url", sa.String(length=1024), nullable=True),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("handle"),
    )
    op.create_index(op.f("ix_product_department"), "product", ["department"], unique=False)
    op.create_index(op.f("ix_product_product_type"), "product", ["product_type"], unique=False)
    op.create_table(
        "shop_order",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("owner", sa.String(length=255), nullable=False),
        sa.Column("idempotency_key", sa.String(length=128), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("shipping_method", sa.String(length=32), nullable=False),
        sa.Column("subtotal", sa.Integer(), nullable=False),
        sa.Column("shipping_cost", sa.Integer(), nullable=False),
        sa.Column("tax", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("estimated_delivery", sa.DateTime(timezone=True), nullable=False),
        sa.Column("tracking_number", sa.String(length=64), nullable=True),
        sa.Column("placed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("shipped_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("delivered_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("idempotency_key"),
        sa.UniqueConstraint("number"),
    )
    op.create_index(op.f("ix_shop_order_email"), "shop_order", ["email"], unique=False)
    op.create_index(op.f("ix_shop_order_owner"), "shop_order", ["owner"], unique=False)
    op.create_table(
        "product_tag",
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=128), nullable=False),
        sa.ForeignKeyConstraint(["product_id"], ["product.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("product_id", "tag"),
    )
    op.create_index("ix_product_tag_tag", "product_tag", ["tag", "product_id"], unique=False)
    op.create_table(
        "return_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=16), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["shop_order.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("number"),
    )
    op.create_table(
        "variant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=255), nullable=True),
        sa.Column("size", sa.String(length=64), nullable=True),
        sa.Column("colour", sa.String(length=64), nullable=True),
        sa.Column("extra_option", sa.String(length=128), nullable=True),
        sa.Column("colour_key", sa.String(length=64), nullable=True),
        sa.Column("colour_family", sa.String(length=64), nullable=True),
        sa.Column("price", sa.Integer(), nullable=False),
        sa.Column("compare_at_price", sa.Integer(), nullable=True),
        sa.Column("stock", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["product_id"], ["product.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint(
            "product_id", "size", "colour", "extra_option", name="uq_variant_options"
        ),
        sa.UniqueConstraint("sku"),
    )
    op.create_index(op.f("ix_variant_colour_family"), "variant", ["colour_family"], unique=False)
    op.create_index(op.f("ix_variant_colour_key"), "variant", ["colour_key"], unique=False)
    op.create_index(
        "ix_variant_product_stock", "variant", ["product_id", "stock", "price"], unique=False
    )
    op.create_table(
        "cart_item",
        sa.Column("owner", sa.String(length=255), nullable=False),
        sa.Column("variant_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["variant_id"], ["variant.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("owner", "variant_id"),
    )
    op.create_table(
        "order_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("variant_id", sa.Integer(), nullable=True),
        sa.Column("sku", sa.String(length=255), nullable=True),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("size", sa.String(length=64), nullable=True),
        sa.Column("colour", sa.String(length=64), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["shop_order.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["variant_id"], ["variant.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "variant_size_key",
        sa.Column("variant_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["variant_id"], ["variant.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("variant_id", "key"),
    )
    op.create_index(
        "ix_variant_size_key_key", "variant_size_key", ["key", "variant_id"], unique=False
    )


def downgrade() -> None:
    op.drop_table("variant_size_key")
    op.drop_table("order_line")
    op.drop_table("cart_item")
    op.drop_table("variant")
    op.drop_table("return_request")
    op.drop_table("product_tag")
    op.drop_table("shop_order")
    op.drop_table("product")
    op.drop_table("handoff")
    op.drop_table("feedback")
    op.drop_table("customer")
