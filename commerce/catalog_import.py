"""Import a catalog from Shopify's product CSV export.

In that format a product's first row carries the product fields (Title, Vendor, Type, Tags, option
names...) and each further variant is a row that repeats only the Handle and the variant fields.
Bad rows are reported with their line number and skipped; good rows are imported. Importing again
updates products, prices and stock in place (products by Handle, variants by SKU or by options).
"""

from __future__ import annotations

import csv
import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from commerce.lexicon import load_lexicon
from commerce.models import Product, ProductTag, Variant, VariantSizeKey
from commerce.profiles import kind_of_type
from commerce.sizes import shoe_size_keys
from commerce.title_colour import colour_named_in_title

REQUIRED_COLUMNS = ("Handle", "Title", "Variant Price")
SIZE_OPTION_NAMES = {"size", "shoe size", "us size", "eu size", "sizes"}
COLOUR_OPTION_NAMES = {"color", "colour", "colors", "colours"}
NO_OPTION_VALUES = {"default title"}
MAX_PRICE = Decimal("1000000")
INACTIVE_STATUSES = {"draft", "archived"}


class CatalogFileError(ValueError):
    """The file as a whole is not a Shopify product CSV (nothing was imported)."""


@dataclass(frozen=True)
class RowProblem:
    line: int
    reason: str


@dataclass
class ImportReport:
    rows_read: int = 0
    products_created: int = 0
    products_updated: int = 0
    variants_created: int = 0
    variants_updated: int = 0
    problems: list[RowProblem] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.rows_read} rows read: {self.products_created} products created, "
            f"{self.products_updated} updated; {self.variants_created} variants created, "
            f"{self.variants_updated} updated; {len(self.problems)} rows skipped"
        )


class _BadRow(Exception):
    pass


@dataclass
class _ProductRows:
    handle: str
    first_line: int
    fields: dict[str, str] | None = None  # the row that carries the product fields
    variant_rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)


def import_shopify_csv(
    session: Session,
    lines: Iterable[str],
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import Shopify product CSV text into the store; `progress(line)` is called per row read."""
    report = ImportReport()
    products = _read_products(lines, report, progress)
    existing = {
        product.handle: product
        for product in session.scalars(
            select(Product).options(
                selectinload(Product.variants).selectinload(Variant.size_keys),
                selectinload(Product.tags),
            )
        )
    }
    skus_in_use = {
        sku: handle
        for handle, product in existing.items()
        for sku in (variant.sku for variant in product.variants)
        if sku
    }
    skus_in_file: dict[str, tuple[int, str]] = {}  # SKU -> (first line, product handle)
    for position, rows in enumerate(products.values()):
        _import_product(session, rows, position, existing, skus_in_use, skus_in_file, report)
    session.flush()
    report.problems.sort(key=lambda problem: problem.line)
    return report


def _read_products(
    lines: Iterable[str], report: ImportReport, progress: Callable[[int], None] | None
) -> dict[str, _ProductRows]:
    # csv.reader (not DictReader) returns blank lines as empty rows, so line numbers stay exact.
    reader = csv.reader(lines)
    try:
        header = next(reader, None)
    except csv.Error as error:
        raise CatalogFileError(f"not a readable CSV file: {error}") from error
    missing = [name for name in REQUIRED_COLUMNS if not header or name not in header]
    if missing:
        raise CatalogFileError("not a Shopify product CSV: missing column(s) " + ", ".join(missing))
    products: dict[str, _ProductRows] = {}
    previous_end = reader.line_num
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            report.problems.append(RowProblem(reader.line_num, f"unreadable CSV: {error}"))
            break
        line, previous_end = previous_end + 1, reader.line_num
        if progress:
            progress(line)
        if not cells:
            continue
        report.rows_read += 1
        if len(cells) != len(header):
            report.problems.append(
                RowProblem(line, f"row has {len(cells)} columns, the header has {len(header)}")
            )
            continue
        row = dict(zip(header, cells, strict=True))
        handle = row["Handle"].strip()
        if not handle:
            report.problems.append(RowProblem(line, "missing Handle"))
            continue
        rows = products.setdefault(handle, _ProductRows(handle, line))
        if rows.fields is None and row["Title"].strip():
            rows.fields = row
        if _is_variant_row(row):
            rows.variant_rows.append((line, row))
    return products


def _is_variant_row(row: dict[str, str]) -> bool:
    # Shopify also exports image-only rows (Handle + Image Src) for extra product images.
    variant_columns = ("Option1 Value", "Variant SKU", "Variant Price")
    return any((row.get(column) or "").strip() for column in variant_columns)


def _import_product(
    session: Session,
    rows: _ProductRows,
    position: int,
    existing: dict[str, Product],
    skus_in_use: dict[str, str],
    skus_in_file: dict[str, tuple[int, str]],
    report: ImportReport,
) -> None:
    if rows.fields is None:
        reason = f"product '{rows.handle}' has no Title on its first row"
        report.problems.append(RowProblem(rows.first_line, reason))
        for line, _row in rows.variant_rows:
            if line != rows.first_line:
                report.problems.append(
                    RowProblem(line, f"belongs to product '{rows.handle}', which has no Title")
                )
        return
    if not rows.variant_rows:
        report.problems.append(
            RowProblem(rows.first_line, f"product '{rows.handle}' has no variant with a price")
        )
        return

    option_names = [(rows.fields.get(f"Option{index} Name") or "").strip() for index in (1, 2, 3)]
    good_rows: list[dict] = []
    seen_options: dict[tuple, int] = {}
    for line, row in rows.variant_rows:
        try:
            values = _parse_variant(row, option_names)
            options = (values["size"], values["colour"], values["extra_option"])
            if options in seen_options:
                raise _BadRow(f"same options as the variant on line {seen_options[options]}")
            sku = values["sku"]
            if sku and sku in skus_in_file:
                first_line, owner = skus_in_file[sku]
                if owner != rows.handle:
                    raise _BadRow(
                        f"SKU '{sku}' already belongs to product '{owner}' (line {first_line})"
                    )
                raise _BadRow(f"SKU '{sku}' is already used on line {first_line}")
            if sku and skus_in_use.get(sku, rows.handle) != rows.handle:
                raise _BadRow(f"SKU '{sku}' already belongs to product '{skus_in_use[sku]}'")
        except _BadRow as problem:
            report.problems.append(RowProblem(line, str(problem)))
            continue
        seen_options[options] = line
        if sku:
            skus_in_file[sku] = (line, rows.handle)
        good_rows.append(values)
    if not good_rows:
        return  # every row was reported; a product with nothing to sell is not created

    product = existing.get(rows.handle)
    if product is None:
        product = Product(handle=rows.handle, first_imported_at=datetime.now(timezone.utc))
        session.add(product)
        existing[rows.handle] = product
        report.products_created += 1
    else:
        report.products_updated += 1
    _set_product_fields(product, rows.fields, position)
    for variant_position, values in enumerate(good_rows):
        # "Onyx Silver Cufflinks", sold in no colour option: in the colour its title names.
        values = {**values, "colour": values["colour"] or colour_named_in_title(product.title)}
        sku = values["sku"]
        if sku:
            skus_in_use[sku] = rows.handle
        options = (values["size"], values["colour"], values["extra_option"])
        variant = _find_variant(product, sku, options)
        if variant is None:
            variant = Variant()
            product.variants.append(variant)
            report.variants_created += 1
        else:
            report.variants_updated += 1
        _set_variant_fields(variant, values, variant_position, _shoe_chart_gender(product))


def _set_product_fields(product: Product, row: dict[str, str], position: int) -> None:
    product.title = row["Title"].strip()[:255]
    product.description = _plain_text(row.get("Body (HTML)") or "")
    product.brand = (row.get("Vendor") or "").strip()
    product.product_type = (row.get("Type") or "").strip()
    category = row.get("Product Category") or row.get("Google Shopping / Google Product Category")
    product.department = (category or "").split(">")[-1].strip()
    product.gender = _gender(row.get("Google Shopping / Gender") or "")
    product.image_url = (row.get("Image Src") or "").strip() or None
    product.is_active = (row.get("Status") or "active").strip().lower() not in INACTIVE_STATUSES
    product.position = position
    tags = {tag.strip().lower() for tag in (row.get("Tags") or "").split(",") if tag.strip()}
    product.tags = [tag for tag in product.tags if tag.tag in tags] + [
        ProductTag(tag=tag) for tag in sorted(tags - {tag.tag for tag in product.tags})
    ]


def _parse_variant(row: dict[str, str], option_names: list[str]) -> dict:
    size = colour = None
    extra: list[str] = []
    for index, name in enumerate(option_names, start=1):
        value = (row.get(f"Option{index} Value") or "").strip()
        if not name:
            continue
        if not value:
            raise _BadRow(f"missing Option{index} Value ({name})")
        if value.lower() in NO_OPTION_VALUES:
            continue
        if name.lower() in SIZE_OPTION_NAMES:
            size = value
        elif name.lower() in COLOUR_OPTION_NAMES:
            colour = value
        else:
            extra.append(f"{name}: {value}")
    price = _price(row.get("Variant Price"), "Variant Price", required=True)
    return {
        "sku": (row.get("Variant SKU") or "").strip() or None,
        "size": size,
        "colour": colour,
        "extra_option": ", ".join(extra) or None,
        "price": price,
        "compare_at_price": _price(row.get("Variant Compare At Price"), "Compare At Price"),
        "stock": _stock(row.get("Variant Inventory Qty")),
        "grams": _grams(row.get("Variant Grams")),
    }


def _price(raw: str | None, column: str, required: bool = False) -> Decimal | None:
    text = (raw or "").strip()
    if not text:
        if required:
            raise _BadRow(f"missing {column}")
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise _BadRow(f"{column} '{text[:40]}' is not a number") from None
    if not value.is_finite() or value < 0 or value >= MAX_PRICE:
        raise _BadRow(f"{column} '{text[:40]}' is not a valid price")
    return value.quantize(Decimal("0.01"))


def _stock(raw: str | None) -> int:
    text = (raw or "").strip()
    if not text:
        return 0
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or value != value.to_integral_value():
        raise _BadRow(f"Variant Inventory Qty '{text[:40]}' is not a whole number")
    # Shopify lets oversold variants go negative; for the shopper that is simply sold out.
    return max(int(value), 0)


def _grams(raw: str | None) -> int | None:
    """The variant's weight in whole grams; None when the catalog gives none (Shopify writes 0
    for a variant nobody weighed: no weight, never a weightless one)."""
    text = (raw or "").strip()
    try:
        value = Decimal(text or "0")
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or value < 0:
        raise _BadRow(f"Variant Grams '{text[:40]}' is not a weight in grams")
    return int(value.to_integral_value()) or None


def _find_variant(product: Product, sku: str | None, options: tuple) -> Variant | None:
    for variant in product.variants:
        if sku and variant.sku == sku:
            return variant
    for variant in product.variants:
        if (variant.size, variant.colour, variant.extra_option) == options:
            return variant
    return None


def _shoe_chart_gender(product: Product) -> str | None:
    """Whose shoe size chart gives a shoe's sizes in the other system (commerce/sizes.py
    `shoe_size_keys`): the product's gender for shoes, None for anything else."""
    return product.gender if kind_of_type(product.product_type or "") == "shoes" else None


def _set_variant_fields(
    variant: Variant, values: dict, position: int, chart_gender: str | None = None
) -> None:
    lexicon = load_lexicon()
    if variant.sku != values["sku"]:
        variant.sku = values["sku"]
    variant.colour = values["colour"]
    variant.colour_key = values["colour"].lower() if values["colour"] else None
    variant.colour_family = lexicon.colour_family(values["colour"])
    variant.extra_option = values["extra_option"]
    # A new price or stock changes the product's lowest price in stock in the same flush
    # (commerce/models.py `_note_variant_changes`): an import and a re-import keep it.
    variant.price = values["price"]
    variant.compare_at_price = values["compare_at_price"]
    variant.stock = values["stock"]
    variant.position = position
    variant.grams = values["grams"]
    wanted = shoe_size_keys(values["size"], chart_gender)
    if variant.size != values["size"] or {row.key for row in variant.size_keys} != wanted:
        variant.size = values["size"]
        # Keep the rows whose key stays: deleting and re-inserting one primary key in a flush clashes.
        kept = [row for row in variant.size_keys if row.key in wanted]
        missing = wanted - {row.key for row in kept}
        variant.size_keys = kept + [VariantSizeKey(key=key) for key in sorted(missing)]


def _gender(raw: str) -> str | None:
    value = raw.strip().lower()
    return load_lexicon().genders.get(value, value if value == "unisex" else None)


def _plain_text(body_html: str) -> str:
    text = re.sub(r"<[^>]+>", " ", body_html)
    return re.sub(r"\s+", " ", html.unescape(text)).strip()
