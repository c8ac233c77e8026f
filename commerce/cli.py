"""`shop`: the shop owner's command line: catalog import, a quick product search, orders."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy import select

from commerce.catalog_import import CatalogFileError, import_shopify_csv
from commerce.db import create_schema, get_engine, session_scope
from commerce.models import Order
from commerce.order_rules import OWNER_MOVES
from commerce.orders import OrderError, OrderNotFound, describe_status, move_order
from commerce.search import ProductQuery, find_products, parse_price
from commerce.sizes import size_query_key


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="shop", description=__doc__)
    parser.add_argument("--database-url", help="default: $SHOP_DATABASE_URL or var/shop.db")
    commands = parser.add_subparsers(dest="command", required=True)

    importer = commands.add_parser("import-catalog", help="import a Shopify product CSV export")
    importer.add_argument("csv_file", type=Path)
    importer.add_argument("--quiet", action="store_true", help="no progress bar")

    search = commands.add_parser("search", help="search the store as the assistant would")
    for name in ("category", "colour", "size", "brand", "gender", "product"):
        search.add_argument(f"--{name}")
    search.add_argument("--occasion", action="append", default=[])
    search.add_argument("--max-price")
    search.add_argument("--min-price")
    search.add_argument("--sort", choices=["price_asc", "price_desc"])

    order = commands.add_parser("order", help="show an order, or move it along")
    order.add_argument("number", help="the order number, e.g. HL-7KQ2XM")
    order.add_argument("status", nargs="?", choices=[str(status) for status in OWNER_MOVES])
    order.add_argument("--tracking", help="the carrier's tracking number (for shipped)")

    args = parser.parse_args(argv)
    engine = get_engine(args.database_url)
    create_schema(engine)
    if args.command == "import-catalog":
        return _import_catalog(engine, args.csv_file, show_progress=not args.quiet)
    if args.command == "order":
        return _order(engine, args)
    return _search(engine, args)


def _order(engine, args) -> int:
    try:
        with session_scope(engine, writes=True) as session:
            if args.status:
                order = move_order(session, args.number, args.status, args.tracking)
            else:
                order = session.scalar(select(Order).where(Order.number == args.number.upper()))
                if order is None:
                    raise OrderNotFound()
            print(f"{order.number}: {describe_status(order.status)}, total {order.total}")
            for line in order.lines:
                options = ", ".join(part for part in (line.size, line.colour) if part)
                print(f"  {line.quantity} x {line.title} ({options}) at {line.unit_price}")
            if order.tracking_number:
                print(f"  tracking: {order.tracking_number}")
    except OrderError as error:
        print(f"shop: {error}", file=sys.stderr)
        return 2
    return 0


def _import_catalog(engine, csv_file: Path, show_progress: bool) -> int:
    from tqdm import tqdm  # only the command line shows progress

    if not csv_file.is_file():
        print(f"shop: no such file: {csv_file}", file=sys.stderr)
        return 2
    with csv_file.open(encoding="utf-8-sig", newline="") as count_stream:
        total_lines = sum(1 for _ in count_stream)
    with (
        csv_file.open(encoding="utf-8-sig", newline="") as stream,
        tqdm(
            total=total_lines,
            unit=" rows",
            desc=f"Importing {csv_file.name}",
            disable=not show_progress,
        ) as bar,
    ):

        def advance(line: int) -> None:
            bar.update(line - bar.n)

        try:
            with session_scope(engine) as session:
                report = import_shopify_csv(session, stream, progress=advance)
        except CatalogFileError as error:
            print(f"shop: {csv_file}: {error}", file=sys.stderr)
            return 2
        except UnicodeDecodeError:
            print(
                f"shop: {csv_file}: not UTF-8 text; export the CSV again as UTF-8", file=sys.stderr
            )
            return 2
        bar.update(total_lines - bar.n)
    for problem in report.problems:
        print(f"{csv_file}:{problem.line}: skipped: {problem.reason}", file=sys.stderr)
    print(report.summary())
    return 1 if report.problems else 0


def _search(engine, args) -> int:
    query = ProductQuery(
        category=args.category,
        colour=args.colour,
        size=size_query_key(args.size) if args.size else None,
        occasions=tuple(args.occasion),
        gender=args.gender,
        brand=args.brand,
        product=args.product,
        price_min=parse_price(args.min_price),
        price_max=parse_price(args.max_price),
        sort=args.sort,
    )
    if problems := query.problems():
        print("shop: " + "; ".join(problems), file=sys.stderr)
        return 2
    with session_scope(engine) as session:
        result = find_products(session, query, limit=20)
    print(f"{result.total} products")
    for match in result.matches:
        print(
            f"  {match.title} ({match.brand}) {match.price_from}  sizes: {', '.join(match.sizes)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
