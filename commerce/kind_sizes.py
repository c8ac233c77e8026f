"""The sizes each kind of product is made in and has in stock (`KindSize`): one row per lowercase
Type and department, size label and size key, over the shop's active products, with the lowest
price and variant position of that label in stock and at all. A few thousand rows whatever the
catalog's size (the demo's Types copied 289 times are still its Types), so a search learns from one
index lookup that no dress is made in size 13, and reads the sizes in stock of every dress off a
few rows, instead of probing or grouping each of 5,491 dresses' variants at 1M variants
(docs/performance.md, section 3.9).

Kept by `refresh_kind_sizes`, which `commerce.models.refresh_lowest_prices` calls in the
transaction that changes a variant's stock, price, size or position, or a product's Type,
department or status (`SUMMARY_REFRESHERS`): the kinds of those products are counted again."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import (
    Column,
    Index,
    Integer,
    String,
    case,
    delete,
    event,
    func,
    insert,
    inspect,
    literal,
    select,
)
from sqlalchemy.orm import Session

from commerce.models import (
    SUMMARY_REFRESHERS,
    Base,
    Money,
    Product,
    Variant,
    VariantSizeKey,
)


class KindSize(Base):
    """One size label of one kind (lowercase Type and department) and one of the label's size keys
    ("" for a label with none), over the active products of that kind: the lowest price and
    variant position of the label's variants in stock (empty when none is) and of those not below
    zero stock (what `available_sizes` lists when sold-out sizes count too)."""

    __tablename__ = "kind_size"

    product_type = Column(String(255), primary_key=True)  # lower(Product.product_type)
    department = Column(String(255), primary_key=True)  # lower(Product.department)
    size = Column(String(64), primary_key=True)  # Variant.size, as the catalog writes it
    key = Column(String(32), primary_key=True)
    min_price_in_stock = Column(Money, nullable=True)
    min_position_in_stock = Column(Integer, nullable=True)
    min_price = Column(Money, nullable=True)
    min_position = Column(Integer, nullable=True)

    __table_args__ = (Index("ix_kind_size_key", "key", "product_type", "department"),)


def _kind_size_rows():
    """The rows of `KindSize`, from the variants and their size keys."""
    product_type, department = func.lower(Product.product_type), func.lower(Product.department)
    return (
        _sizes_of_variants(product_type, department)
        .join(Product, Product.id == Variant.product_id)
        .where(Product.is_active.is_(True))
        .group_by(product_type, department)
    )


def _sizes_of_variants(*columns):
    """Each size label and key of the variants (filtered by the caller) with their lowest prices
    and positions, in stock and at all, after `columns`."""
    in_stock, made = Variant.stock > 0, Variant.stock > -1  # as `available_sizes` tests them
    key = func.coalesce(VariantSizeKey.key, "")
    return (
        select(
            *columns, Variant.size, key,
            func.min(case((in_stock, Variant.price))), func.min(case((in_stock, Variant.position))),
            func.min(case((made, Variant.price))), func.min(case((made, Variant.position))),
        )
        .select_from(Variant)
        .outerjoin(VariantSizeKey, VariantSizeKey.variant_id == Variant.id)
        .where(Variant.size.is_not(None))
        .group_by(Variant.size, key)
    )  # fmt: skip


_COLUMNS = ["product_type", "department", "size", "key", "min_price_in_stock",
            "min_position_in_stock", "min_price", "min_position"]  # fmt: skip


def refill_kind_sizes(connection, kinds: Iterable[tuple[str, str]] | None = None) -> None:
    """Write the `KindSize` rows of these kinds ((lowercase Type, department) pairs; of every
    kind: None, for a store filled around the ORM, as bench/bench_search.py fills its catalogs),
    replacing their old ones."""
    table = KindSize.__table__
    if kinds is None:
        connection.execute(delete(table))
        connection.execute(insert(table).from_select(_COLUMNS, _kind_size_rows()))
        return
    product = Product.__table__
    for product_type, department in sorted(set(kinds)):
        connection.execute(
            delete(table).where(table.c.product_type == product_type,
                                table.c.department == department)
        )  # fmt: skip
        # The kind's products first, then their variants 500 products at a time, off the
        # variants' product index: given the kind to join, PostgreSQL read every variant and
        # product (600 ms at 1M variants) for the dresses' 47,685 variants.
        ids = list(connection.scalars(
            select(product.c.id).where(func.lower(product.c.product_type) == product_type,
                                       func.lower(product.c.department) == department,
                                       product.c.is_active.is_(True))
        ))  # fmt: skip
        lowest: dict[tuple, list] = {}
        for start in range(0, len(ids), 500):
            sizes = _sizes_of_variants().where(Variant.product_id.in_(ids[start : start + 500]))
            for row in connection.execute(sizes):
                kind_size, mins = (product_type, department, *row[:2]), list(row[2:])
                was = lowest.setdefault(kind_size, mins)
                lowest[kind_size] = [_least(old, new) for old, new in zip(was, mins, strict=True)]
        if lowest:
            connection.execute(
                insert(table),
                [dict(zip(_COLUMNS, (*row, *mins), strict=True)) for row, mins in lowest.items()],
            )


def _least(one, other):
    return other if one is None else one if other is None else min(one, other)


_FORMER_KINDS = "kinds products were moved out of, or deleted from, in this transaction"


def refresh_kind_sizes(session: Session, product_ids: list[int]) -> None:
    """The `KindSize` rows of the kinds of these products (and of the kinds this transaction moved
    or deleted products from), from their variants: a kind is counted again whole."""
    connection = session.connection()
    product = Product.__table__
    kinds = set()
    for product_type, department in session.info.pop(_FORMER_KINDS, set()):  # lowered as SQL does
        kinds.add(tuple(connection.execute(select(func.lower(literal(product_type)),
                                                  func.lower(literal(department)))).one()))  # fmt: skip
    for start in range(0, len(product_ids), 500):
        kinds.update(
            connection.execute(
                select(func.lower(product.c.product_type), func.lower(product.c.department))
                .where(product.c.id.in_(product_ids[start : start + 500]))
                .distinct()
            ).all()
        )
    refill_kind_sizes(connection, {(str(kind), str(department)) for kind, department in kinds})


SUMMARY_REFRESHERS.append(refresh_kind_sizes)

_KIND_FIELDS = ("product_type", "department", "is_active")


@event.listens_for(Session, "after_flush")
def _note_former_kinds(session: Session, flush_context) -> None:
    """The kind a product had before this flush changed its Type, department or status, or
    deleted it: those rows lose the product's sizes (the product itself is noted by
    `commerce.models._note_variant_changes`)."""
    former = session.info.setdefault(_FORMER_KINDS, set())
    for row in session.deleted:
        if isinstance(row, Product):
            former.add((row.product_type or "", row.department or ""))
    for row in session.dirty:
        if isinstance(row, Product):
            history = [getattr(inspect(row).attrs, name).history for name in _KIND_FIELDS]
            if any(change.has_changes() for change in history):
                old = [(change.deleted or change.unchanged or [""])[0] for change in history[:2]]
                former.add((old[0] or "", old[1] or ""))
