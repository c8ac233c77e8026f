"""The store's tables: products, their variants, tags and size keys."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    delete,
    event,
    func,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Session, declarative_base, relationship

Base = declarative_base()
CENT = Decimal("0.01")


class Money(TypeDecorator):
    """An amount stored as whole cents: exact on every database, SQLite included."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else int((Decimal(value) * 100).to_integral_value())

    def process_result_value(self, value, dialect):
        return None if value is None else (Decimal(value) / 100).quantize(CENT)


def as_utc(moment: datetime) -> datetime:
    """A stored moment as an aware UTC datetime (SQLite hands back naive ones; all are UTC)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Product(Base):
    """A product as the shopper sees it (Shopify's product), e.g. "Windsor Patent Oxford"."""

    __tablename__ = "product"

    id = Column(Integer, primary_key=True)
    handle = Column(String(255), nullable=False, unique=True)
    title = Column(String(255), nullable=False)
    description = Column(Text, nullable=False, default="")
    brand = Column(String(255), nullable=False, default="")
    # Shopify's `Type` (e.g. "Oxfords") and the last level of `Product Category` (e.g. "Shoes").
    product_type = Column(String(255), nullable=False, default="", index=True)
    department = Column(String(255), nullable=False, default="", index=True)
    gender = Column(String(16), nullable=True)  # "male", "female", "unisex" or unknown
    image_url = Column(String(1024), nullable=True)
    # Draft and archived products are kept but never offered to shoppers.
    is_active = Column(Boolean, nullable=False, default=True)
    # Catalog order (the shop owner's "featured" order), used when no sort is asked for.
    position = Column(Integer, nullable=False, default=0)
    # The lowest price of the product's variants in stock, empty when none is: kept by
    # `refresh_lowest_prices` in the transaction that changes a variant's stock or price, so that
    # "cheapest first" walks ix_product_min_price_in_stock and stops after the page instead of
    # grouping every fitting variant (docs/performance.md, section 3.5).
    min_price_in_stock = Column(Money, nullable=True)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=_now, onupdate=_now)
    # When a catalog import first brought the product in ("new arrivals"); later imports leave it.
    # Empty for products stored before the column existed: their arrival is not known.
    first_imported_at = Column(DateTime(timezone=True), nullable=True, index=True)

    variants = relationship(
        "Variant",
        back_populates="product",
        cascade="all, delete-orphan",
        order_by="Variant.position",
    )
    tags = relationship("ProductTag", cascade="all, delete-orphan")

    # Search compares kinds in lowercase (commerce/search/): these let it look a kind up instead
    # of reading every product; the catalog order lets "the first three" stop after three.
    __table_args__ = (
        Index("ix_product_type_lower", func.lower(product_type)),
        Index("ix_product_department_lower", func.lower(department)),
        Index("ix_product_position", "position"),
        Index("ix_product_min_price_in_stock", "min_price_in_stock", "position"),
        # "Dresses, cheapest first" starts from the kind's own products, cheapest first, instead
        # of passing the cheaper products of every other kind (docs/performance.md, section 3.6).
        Index(
            "ix_product_type_lowest_price",
            func.lower(product_type),
            min_price_in_stock,
            position,
        ),
        Index(
            "ix_product_department_lowest_price",
            func.lower(department),
            min_price_in_stock,
            position,
        ),
    )

    @property
    def tag_names(self) -> list[str]:
        return sorted(tag.tag for tag in self.tags)


class ProductTag(Base):
    """One lowercase tag of a product ("black-tie", "leather"): occasions and styles live here."""

    __tablename__ = "product_tag"

    product_id = Column(Integer, ForeignKey("product.id", ondelete="CASCADE"), primary_key=True)
    tag = Column(String(128), primary_key=True)

    __table_args__ = (Index("ix_product_tag_tag", "tag", "product_id"),)


class Variant(Base):
    """One buyable variant of a product: a size and colour with its own SKU, price and stock."""

    __tablename__ = "variant"

    id = Column(Integer, primary_key=True)
    product_id = Column(Integer, ForeignKey("product.id", ondelete="CASCADE"), nullable=False)
    sku = Column(String(255), nullable=True, unique=True)
    # The variant's option values as the catalog wrote them ("US 10 / EU 43", "Black").
    size = Column(String(64), nullable=True)
    colour = Column(String(64), nullable=True)
    extra_option = Column(String(128), nullable=True)
    colour_key = Column(String(64), nullable=True)  # lowercase colour
    colour_family = Column(String(64), nullable=True)  # "navy" belongs to "blue"
    price = Column(Money, nullable=False)
    compare_at_price = Column(Money, nullable=True)
    stock = Column(Integer, nullable=False, default=0)
    position = Column(Integer, nullable=False, default=0)
    # Its weight as the catalog gives it (Shopify's "Variant Grams"; a pair, for shoes): empty
    # when the catalog gives none, so "which is the lightest?" is never answered by a guess.
    grams = Column(Integer, nullable=True)

    product = relationship("Product", back_populates="variants")
    # Each size key row carries the variant's product too, set from the variant whenever the rows
    # are written (both columns are synced from it, like any foreign key): so the import and
    # anything else that gives a variant its size keys fill it, with nothing to remember.
    size_keys = relationship(
        "VariantSizeKey",
        cascade="all, delete-orphan",
        primaryjoin="and_(Variant.id == VariantSizeKey.variant_id,"
        " Variant.product_id == VariantSizeKey.product_id)",
        foreign_keys="[VariantSizeKey.variant_id, VariantSizeKey.product_id]",
    )

    # Search reads these indexes without the variant rows (commerce/search/): a product's own
    # variants (in stock? in the colour? the lowest price? the sizes in stock of a kind); the
    # variants of a colour, a price range (budgets, a price sort, alternatives nearest a budget)
    # and their products.
    __table_args__ = (
        UniqueConstraint("product_id", "size", "colour", "extra_option", name="uq_variant_options"),
        Index(
            "ix_variant_product_stock",
            "product_id",
            "stock",
            "price",
            "colour_key",
            "colour_family",
        ),
        # The sizes in stock of a kind ("in stock: XS, S, M"), cheapest first. The size before
        # the stock, so that a product's variants in stock are still looked up in the index above.
        Index("ix_variant_product_sizes", "product_id", "size", "stock", "price", "position"),
        Index("ix_variant_price", "price", "stock", "product_id"),
        Index("ix_variant_colour_key", "colour_key", "stock", "product_id"),
        Index("ix_variant_colour_family", "colour_family", "stock", "product_id"),
    )

    @hybrid_property
    def in_stock(self) -> bool:
        """The store's one rule for "in stock", on a variant at hand and in SQL alike."""
        return self.stock > 0


class VariantSizeKey(Base):
    """A normalised way to ask for a variant's size: "US 10 / EU 43" has us10, 10, eu43 and 43."""

    __tablename__ = "variant_size_key"

    variant_id = Column(Integer, ForeignKey("variant.id", ondelete="CASCADE"), primary_key=True)
    key = Column(String(32), primary_key=True)
    # The variant's product (a variant never changes product), so that a size meets a kind, a
    # brand or an occasion from this index alone, without every variant row of the size
    # (commerce/search/counting.py `_count_capped`; docs/performance.md, section 3.3).
    product_id = Column(Integer, nullable=False)

    __table_args__ = (Index("ix_variant_size_key_key", "key", "product_id", "variant_id"),)


class ProductSizePrice(Base):
    """A product's lowest price in stock in one size (one size key of its variants; no row when
    that size is sold out), with the product's place in the shop's order: what a search for a
    size with a budget asks of a product, read without its variants ("size 15, nearest over
    $20": the products in size 15 by this price, not every variant in 15 grouped by product;
    docs/performance.md, section 3.7). Kept with `Product.min_price_in_stock` by
    `refresh_lowest_prices`, in the transaction that changes a variant's stock, price or sizes
    or a product's place."""

    __tablename__ = "product_size_price"

    product_id = Column(Integer, ForeignKey("product.id", ondelete="CASCADE"), primary_key=True)
    key = Column(String(32), primary_key=True)
    min_price_in_stock = Column(Money, nullable=False)
    position = Column(Integer, nullable=False)  # the product's, so ties come in the shop's order

    __table_args__ = (
        Index("ix_product_size_price_key", "key", "min_price_in_stock", "position", "product_id"),
    )


# ------------------------------------------------------------------- the lowest price in stock


# Summaries kept with the lowest prices, each added by the module that defines it
# (commerce/kind_sizes.py): called with the session and the products changed.
SUMMARY_REFRESHERS: list = []


def refresh_lowest_prices(session: Session, product_ids: Iterable[int]) -> None:
    """Recompute `Product.min_price_in_stock` of these products from their variants, and their
    lowest prices per size (`ProductSizePrice`), in the session's transaction: whatever changes
    a variant's stock, price or sizes, or a product's place, calls it (through the ORM,
    `_note_variant_changes` does), so neither is ever behind in a committed store."""
    ids = sorted({product_id for product_id in product_ids if product_id is not None})
    product = Product.__table__
    lowest = (
        select(func.min(Variant.price))
        .where(Variant.product_id == product.c.id, Variant.in_stock)
        .scalar_subquery()
    )
    connection = session.connection()
    for start in range(0, len(ids), 500):
        # `updated_at` kept: a sale or a restock is no edit of the product.
        connection.execute(
            update(product)
            .where(product.c.id.in_(ids[start : start + 500]))
            .values(min_price_in_stock=lowest, updated_at=product.c.updated_at)
        )
        refill_size_prices(connection, ids[start : start + 500])
    for product_id in ids:  # products already loaded read the new value when next asked
        loaded = session.identity_map.get(session.identity_key(Product, product_id))
        if loaded is not None:
            session.expire(loaded, ["min_price_in_stock"])
    for refresh in SUMMARY_REFRESHERS:
        refresh(session, ids)


def refill_size_prices(connection, product_ids: list[int] | None = None) -> None:
    """Write the `ProductSizePrice` rows of these products (of every product: None, for a store
    filled around the ORM, as bench/bench_search.py fills its big catalogs) from their variants
    in stock and their size keys, replacing their old ones."""
    size_price = ProductSizePrice.__table__
    by_size = (
        select(VariantSizeKey.product_id, VariantSizeKey.key, func.min(Variant.price),
               Product.position)
        .join(Variant, Variant.id == VariantSizeKey.variant_id)
        .join(Product, Product.id == VariantSizeKey.product_id)
        .where(Variant.in_stock)
        .group_by(VariantSizeKey.product_id, VariantSizeKey.key, Product.position)
    )  # fmt: skip
    removed = delete(size_price)
    if product_ids is not None:
        by_size = by_size.where(VariantSizeKey.product_id.in_(product_ids))
        removed = removed.where(size_price.c.product_id.in_(product_ids))
    connection.execute(removed)
    columns = ["product_id", "key", "min_price_in_stock", "position"]
    connection.execute(insert(size_price).from_select(columns, by_size))


_CHANGED_PRODUCTS = "products whose variants' stock, price or sizes, or whose place, changed"


@event.listens_for(Session, "after_flush")
def _note_variant_changes(session: Session, flush_context) -> None:
    """The products of the variants this flush added, removed or gave a new stock, price, size or
    position, or whose size keys it added or removed, or that it moved in the shop's order or gave
    a new Type, department or status (the catalog import, `shop stock`, `shop price`, any edit
    through the ORM)."""
    changed = session.info.setdefault(_CHANGED_PRODUCTS, set())
    for row in (*session.new, *session.deleted):
        if isinstance(row, (Variant, VariantSizeKey)):
            changed.add(row.product_id)
    for row in session.dirty:
        if isinstance(row, (Variant, Product)):
            watched = _WATCHED[type(row)]  # what the lowest prices or the kinds' sizes read
            if any(getattr(inspect(row).attrs, name).history.has_changes() for name in watched):
                changed.add(row.product_id if isinstance(row, Variant) else row.id)


_WATCHED = {Variant: ("stock", "price", "size", "position"),
            Product: ("position", "product_type", "department", "is_active")}  # fmt: skip


@event.listens_for(Session, "after_flush_postexec")
def _refresh_changed_products(session: Session, flush_context) -> None:
    """Their lowest prices, in the same transaction, once the flush has written the variants."""
    changed = session.info.pop(_CHANGED_PRODUCTS, None)
    if changed:
        refresh_lowest_prices(session, changed)


class CartItem(Base):
    """A line in a shopper's cart. Carts belong to a conversation owner and survive restarts."""

    __tablename__ = "cart_item"

    owner = Column(String(255), primary_key=True)  # the channel user (Rasa's sender id)
    variant_id = Column(Integer, ForeignKey("variant.id", ondelete="CASCADE"), primary_key=True)
    quantity = Column(Integer, nullable=False)
    added_at = Column(DateTime(timezone=True), nullable=False, default=_now)

    variant = relationship("Variant")


class Order(Base):
    """An order, from "awaiting payment" to "delivered" (or cancelled / returned)."""

    __tablename__ = "shop_order"  # "order" is an SQL keyword

    id = Column(Integer, primary_key=True)
    number = Column(String(16), nullable=False, unique=True)  # what the shopper sees: HL-7KQ2XM
    owner = Column(String(255), nullable=False, index=True)  # the channel user who placed it
    # The same key twice (a double-tapped Buy button) must find the first order, not make another.
    idempotency_key = Column(String(128), nullable=False, unique=True)
    status = Column(String(32), nullable=False, default="awaiting_payment")
    name = Column(String(255), nullable=False)
    email = Column(String(320), nullable=False, index=True)
    address = Column(Text, nullable=False)
    shipping_method = Column(String(32), nullable=False)
    subtotal = Column(Money, nullable=False)
    shipping_cost = Column(Money, nullable=False)
    tax = Column(Money, nullable=False)
    total = Column(Money, nullable=False)
    estimated_delivery = Column(DateTime(timezone=True), nullable=False)
    tracking_number = Column(String(64), nullable=True)
    placed_at = Column(DateTime(timezone=True), nullable=False, default=_now)
    shipped_at = Column(DateTime(timezone=True), nullable=True)
    delivered_at = Column(DateTime(timezone=True), nullable=True)

    lines = relationship("OrderLine", cascade="all, delete-orphan", order_by="OrderLine.id")
    returns = relationship("ReturnRequest", cascade="all, delete-orphan")


class OrderLine(Base):
    """What was bought, copied at the time of the order (later catalog edits do not change it)."""

    __tablename__ = "order_line"

    id = Column(Integer, primary_key=True)
    order_id = Column(Integer, ForeignKey("shop_order.id", ondelete="CASCADE"), nullable=False)
    variant_id = Column(Integer, ForeignKey("variant.id", ondelete="SET NULL"), nullable=True)
    sku = Column(String(255), nullable=True)
    title = Column(String(255), nullable=False)
    size = Column(String(64), nullable=True)
    colour = Column(String(64), nullable=True)
    quantity = Column(Integer, nullable=False)
    unit_price = Column(Money, nullable=False)


class ReturnRequest(Base):
    """A return of a delivered order, with its own number for the parcel label."""

    __tablename__ = "return_request"

    id = Column(Integer, primary_key=True)
    number = Column(String(16), nullable=False, unique=True)  # RT-4M8Q2C
    order_id = Column(Integer, ForeignKey("shop_order.id", ondelete="CASCADE"), nullable=False)
    reason = Column(Text, nullable=False, default="")
    requested_at = Column(DateTime(timezone=True), nullable=False, default=_now)


class Customer(Base):
    """Details a shopper agreed to have remembered, for a one-step checkout next time."""

    __tablename__ = "customer"

    owner = Column(String(255), primary_key=True)  # the channel user (Rasa's sender id)
    name = Column(String(255), nullable=False)
    email = Column(String(320), nullable=False)
    address = Column(Text, nullable=False)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=_now, onupdate=_now)


class Feedback(Base):
    """A shopper's 1–5 rating (and comment) of a conversation, asked after an order or an answer.

    The row is written when the bot asks, so "when did we last ask?" has one answer.
    """

    __tablename__ = "feedback"

    id = Column(Integer, primary_key=True)
    owner = Column(String(255), nullable=False, index=True)  # the conversation (Rasa's sender id)
    topic = Column(String(32), nullable=False)  # what was rated: "order" or "question"
    order_number = Column(String(16), nullable=True)
    asked_at = Column(DateTime(timezone=True), nullable=False, default=_now)
    rating = Column(Integer, nullable=True)  # 1..5; empty until the shopper answers
    comment = Column(Text, nullable=True)


class ShopperSize(Base):
    """A shopper's size for one kind of product (commerce/profiles.py), as they said it.

    Only what the shopper said is stored here ("I'm usually a 9 in shoes"); sizes from what they
    bought are read from their orders, so erasing or anonymising orders leaves nothing behind.
    """

    __tablename__ = "shopper_size"

    owner = Column(String(255), primary_key=True)  # the channel user (Rasa's sender id)
    kind = Column(String(32), primary_key=True)  # a size kind: "shoes", "suits", "waist", ...
    size_key = Column(String(32), nullable=False)  # a size key (commerce/sizes.py): "9", "42r", "m"
    said_at = Column(DateTime(timezone=True), nullable=False, default=_now, onupdate=_now)


class ShopperTaste(Base):
    """A colour or style a shopper asked for in a search, and how often (commerce/profiles.py)."""

    __tablename__ = "shopper_taste"

    owner = Column(String(255), primary_key=True)  # the channel user (Rasa's sender id)
    facet = Column(String(16), primary_key=True)  # "colour" or "style"
    value = Column(String(64), primary_key=True)  # "black", "black-tie", "slim fit"
    times = Column(Integer, nullable=False, default=1)
    last_asked_at = Column(DateTime(timezone=True), nullable=False, default=_now, onupdate=_now)
