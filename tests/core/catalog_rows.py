"""Helpers for the core tests: small Shopify product CSVs, importing them, and reading the demo CSV.

The demo catalog is read here straight from the CSV, independently of `commerce.catalog_import`,
so tests can check what the store answers against what the shop owner actually wrote.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import yaml
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from commerce.catalog_import import ImportReport, import_shopify_csv
from commerce.config import PROJECT_ROOT
from commerce.db import session_scope
from commerce.models import Product, Variant
from commerce.title_colour import colour_named_in_title

DEMO_CSV = PROJECT_ROOT / "catalog" / "demo_catalog.csv"
with DEMO_CSV.open(encoding="utf-8-sig", newline="") as _stream:
    SHOPIFY_COLUMNS: tuple[str, ...] = tuple(next(csv.reader(_stream)))

SHOES = "Apparel & Accessories > Shoes"

# Every product type of the demo catalog, with how a shopper says one of them.
SINGULARS = {
    "Oxfords": "oxford", "Derbies": "derby", "Loafers": "loafer", "Monk Straps": "monk strap",
    "Chelsea Boots": "chelsea boot", "Chukka Boots": "chukka boot", "Sneakers": "sneaker",
    "Heels": "heel", "Flats": "flat", "Suits": "suit", "Tuxedos": "tuxedo", "Blazers": "blazer",
    "Dress Shirts": "dress shirt", "Casual Shirts": "casual shirt", "Dresses": "dress",
    "Gowns": "gown", "Trousers": "trouser", "Ties": "tie", "Bow Ties": "bow tie", "Belts": "belt",
    "Bags": "bag", "Pocket Squares": "pocket square", "Cufflinks": "cufflink",
}  # fmt: skip

# The shop's words, read straight from the YAML file (not through commerce.lexicon).
LEXICON: dict = yaml.safe_load((PROJECT_ROOT / "catalog" / "lexicon.yml").read_text("utf-8"))


def colour_family_members(word: str, colours: Iterable[str]) -> set[str]:
    """The catalog colours a shopper's colour word covers: itself, or its family's members."""
    word = word.lower()
    synonyms = {s: c for c, phrases in LEXICON["colour_synonyms"].items() for s in [c, *phrases]}
    family = {m: f for f, members in LEXICON["colour_families"].items() for m in [f, *members]}

    def family_of(colour: str) -> str | None:
        colour = colour.lower()
        return family.get(synonyms.get(colour, colour))

    return {colour for colour in colours if word in (colour.lower(), family_of(colour))}


# --- Writing small catalogs ---------------------------------------------------------------------


def product_row(
    handle: str,
    title: str,
    *option_values: str,
    options: tuple[str, ...] = ("Size",),
    price: str = "100.00",
    qty: str = "5",
    sku: str | None = None,
    vendor: str = "Testing Co",
    product_type: str = "Oxfords",
    category: str = SHOES,
    tags: str = "",
    gender: str = "male",
    status: str = "active",
    body: str = "",
    **columns: str,
) -> dict[str, str]:
    """A product's first row: the product fields, its option names and its first variant.

    Other Shopify columns can be given by name: `product_row(..., **{"Image Src": url})`.
    """
    row = {
        "Title": title,
        "Body (HTML)": body,
        "Vendor": vendor,
        "Product Category": category,
        "Type": product_type,
        "Tags": tags,
        "Published": "TRUE",
        "Google Shopping / Gender": gender,
        "Status": status,
    }
    for index, name in enumerate(options, start=1):
        row[f"Option{index} Name"] = name
    row |= variant_row(handle, *option_values, price=price, qty=qty, sku=sku, **columns)
    return row


def variant_row(
    handle: str,
    *option_values: str,
    price: str = "100.00",
    qty: str = "5",
    sku: str | None = None,
    **columns: str,
) -> dict[str, str]:
    """A further variant of a product: a row that repeats only the Handle plus variant fields."""
    row = {"Handle": handle, "Variant Price": price, "Variant Inventory Qty": qty}
    if sku is not None:
        row["Variant SKU"] = sku
    for index, value in enumerate(option_values, start=1):
        row[f"Option{index} Value"] = value
    return row | columns


def csv_text(rows: Iterable[dict[str, str] | str]) -> str:
    """Shopify CSV text: the full export header, then each row (a str is written as a raw line)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=SHOPIFY_COLUMNS, restval="", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        if isinstance(row, str):
            out.write(row + "\n")
        else:
            writer.writerow(row)
    return out.getvalue()


def write_csv(path: Path, rows: Iterable[dict[str, str] | str]) -> Path:
    path.write_text(csv_text(rows), encoding="utf-8", newline="")
    return path


def demo_extract(path: Path, products: int) -> Path:
    """The first `products` products of the demo CSV, rows exactly as the demo writes them."""
    with DEMO_CSV.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    handles: list[str] = []
    kept = [rows[0]]
    for row in rows[1:]:
        if row[0] not in handles:
            if len(handles) == products:
                break
            handles.append(row[0])
        kept.append(row)
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, lineterminator="\n").writerows(kept)
    return path


def import_file(engine: Engine, path: Path) -> ImportReport:
    """Import a CSV file the way the `shop import-catalog` command opens it."""
    with path.open(encoding="utf-8-sig", newline="") as stream, session_scope(engine) as session:
        return import_shopify_csv(session, stream)


def count_rows(engine: Engine) -> tuple[int, int]:
    """(products, variants) in the store."""
    with session_scope(engine) as session:
        return (
            session.scalar(select(func.count(Product.id))),
            session.scalar(select(func.count(Variant.id))),
        )


# --- The demo catalog as the CSV writes it ------------------------------------------------------


@dataclass(frozen=True)
class CsvVariant:
    sku: str
    size: str | None  # "US 10 / EU 43"
    colour: str | None
    price: Decimal
    stock: int

    @property
    def size_parts(self) -> tuple[str, ...]:
        """'US 10 / EU 43' -> ('US 10', 'EU 43')."""
        return tuple(part.strip() for part in self.size.split("/")) if self.size else ()


@dataclass(frozen=True)
class CsvProduct:
    handle: str
    title: str
    brand: str
    product_type: str
    department: str
    tags: frozenset[str]
    gender: str
    variants: tuple[CsvVariant, ...]

    @property
    def in_stock(self) -> tuple[CsvVariant, ...]:
        return tuple(variant for variant in self.variants if variant.stock > 0)


def read_catalog(path: Path) -> dict[str, CsvProduct]:
    """handle -> product, in file order, for a clean Shopify CSV (every row a variant)."""
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    grouped: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        grouped.setdefault(row["Handle"], []).append(row)
    products = {}
    for handle, product_rows in grouped.items():
        first = product_rows[0]
        names = [first[f"Option{index} Name"].lower() for index in (1, 2, 3)]
        variants = []
        for row in product_rows:
            values = dict(zip(names, (row[f"Option{i} Value"] for i in (1, 2, 3)), strict=True))
            # (a product sold in no colour is in the one its title names: "Onyx Silver Cufflinks")
            colour = values.get("color") or values.get("colour") or None
            colour = colour or colour_named_in_title(first["Title"])
            variants.append(
                CsvVariant(
                    sku=row["Variant SKU"],
                    size=values.get("size") or None,
                    colour=colour,
                    price=Decimal(row["Variant Price"]),
                    stock=max(int(row["Variant Inventory Qty"]), 0),
                )
            )
        products[handle] = CsvProduct(
            handle=handle,
            title=first["Title"],
            brand=first["Vendor"],
            product_type=first["Type"],
            department=first["Product Category"].split(">")[-1].strip(),
            tags=frozenset(tag.strip() for tag in first["Tags"].split(",") if tag.strip()),
            gender=first["Google Shopping / Gender"],
            variants=tuple(variants),
        )
    return products


def handles_with(
    catalog: dict[str, CsvProduct],
    product: Callable[[CsvProduct], bool] = lambda _product: True,
    variant: Callable[[CsvVariant], bool] = lambda _variant: True,
) -> set[str]:
    """Handles of the products that fit `product` and have an in-stock variant that fits `variant`."""
    return {
        handle
        for handle, item in catalog.items()
        if product(item) and any(variant(v) for v in item.in_stock)
    }
