"""`shop`: the shop owner's command line: catalog import, a quick product search, orders, stock
and prices, shoppers' alerts."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sqlalchemy import func, select

from commerce.alerts import (
    AlertDelivery,
    AlertSubscription,
    RasaApi,
    queue_due_alerts,
    send_due_alerts,
)
from commerce.catalog_import import CatalogFileError, import_shopify_csv
from commerce.config import load_alert_settings, load_settings
from commerce.db import create_schema, get_engine, session_scope
from commerce.models import Order, Variant
from commerce.order_rules import OWNER_MOVES, describe_status
from commerce.orders import OrderError, OrderNotFound
from commerce.orders_after_sale import move_order
from commerce.privacy import erase_conversations, erase_shopper, export_shopper, owners_of_email
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

    report = commands.add_parser("report", help="the conversations' report: HTML and CSV files")
    report.add_argument("--from", dest="first", required=True, help="first day, YYYY-MM-DD")
    report.add_argument("--to", dest="last", required=True, help="last day (included)")
    report.add_argument("--out", type=Path, help="folder (default: reports/shop-FROM-to-TO)")
    report.add_argument("--quiet", action="store_true", help="no progress bar")

    stock = commands.add_parser("stock", help="set a variant's stock (queues alerts it makes due)")
    stock.add_argument("sku")
    stock.add_argument("quantity", type=int)

    price = commands.add_parser("price", help="set a variant's price (queues alerts it makes due)")
    price.add_argument("sku")
    price.add_argument("amount")

    alerts = commands.add_parser("alerts", help="shoppers' opt-in alerts: send what is due, list")
    alerts.add_argument("action", choices=["send", "list"])
    alerts.add_argument("--rasa-url", help="default: $SHOP_RASA_URL or http://127.0.0.1:5005")

    customer = commands.add_parser(
        "customer", help="a shopper's data request by email: export it all (JSON), or erase it"
    )
    customer.add_argument("action", choices=["export", "erase"])
    customer.add_argument("email", help="the email the shopper gave (orders, saved details)")
    customer.add_argument("--yes", action="store_true", help="erase without asking to confirm")

    args = parser.parse_args(argv)
    engine = get_engine(args.database_url)
    create_schema(engine)
    if args.command == "import-catalog":
        return _import_catalog(engine, args.csv_file, show_progress=not args.quiet)
    if args.command == "order":
        return _order(engine, args)
    if args.command in ("stock", "price"):
        return _change_variant(engine, args)
    if args.command == "alerts":
        return _alerts(engine, args)
    if args.command == "report":
        return _report(args)
    if args.command == "customer":
        return _customer(engine, args)
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
            with session_scope(engine, writes=True) as session:
                report = import_shopify_csv(session, stream, progress=advance)
                # Alerts the new stock and prices make due commit with them (commerce/alerts/).
                queued = queue_due_alerts(session)
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
    if queued:
        print(f"{queued} shopper alerts queued: `shop alerts send` sends them")
    return 1 if report.problems else 0


def _change_variant(engine, args) -> int:
    """`shop stock SKU N` / `shop price SKU AMOUNT`: the change and the alerts it makes due
    commit together."""
    if args.command == "stock" and args.quantity < 0:
        print("shop: stock cannot be negative", file=sys.stderr)
        return 2
    amount = parse_price(args.amount) if args.command == "price" else None
    if args.command == "price" and (amount is None or amount <= 0):
        print(f"shop: not a price: {args.amount!r}", file=sys.stderr)
        return 2
    with session_scope(engine, writes=True) as session:
        variant = session.scalar(select(Variant).where(Variant.sku == args.sku))
        if variant is None:
            print(f"shop: no variant with SKU {args.sku!r}", file=sys.stderr)
            return 2
        if args.command == "stock":
            variant.stock = args.quantity
        else:
            variant.price = amount
        session.flush()
        queued = queue_due_alerts(session)
        label = ", ".join(part for part in (variant.size, variant.colour) if part)
        print(
            f"{variant.product.title} ({label}): {variant.stock} in stock at {variant.price:.2f}; "
            f"{queued} shopper alerts queued"
        )
    return 0


def _alerts(engine, args) -> int:
    if args.action == "list":
        with session_scope(engine) as session:
            rows = session.execute(
                select(AlertSubscription.status, func.count()).group_by(AlertSubscription.status)
            ).all()
            outbox = session.execute(
                select(AlertDelivery.status, func.count()).group_by(AlertDelivery.status)
            ).all()
        print("alerts: " + (", ".join(f"{n} {status}" for status, n in rows) or "none"))
        print("messages: " + (", ".join(f"{n} {status}" for status, n in outbox) or "none"))
        return 0
    settings = load_alert_settings()
    if not settings.api_token:
        print(
            "shop: SHOP_API_TOKEN is not set: alerts are sent through Rasa's HTTP API, which "
            "runs only with that token (scripts/rasa_run.sh)",
            file=sys.stderr,
        )
        return 2
    api = RasaApi(args.rasa_url or settings.rasa_url, settings.api_token)
    report = send_due_alerts(engine, api)
    print(report.summary())
    for problem in report.problems:
        print(f"shop: {problem}", file=sys.stderr)
    return 1 if report.problems else 0


def _report(args) -> int:
    """`shop report --from DATE --to DATE`: see commerce/analytics/."""
    from datetime import date

    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    from commerce.analytics.report import make_report  # plotting loads only for a report
    from commerce.config import load_handoff_settings, load_settings

    try:
        first, last = date.fromisoformat(args.first), date.fromisoformat(args.last)
    except ValueError:
        print("shop: dates are YYYY-MM-DD, e.g. --from 2026-11-01 --to 2026-11-30", file=sys.stderr)
        return 2
    if last < first:
        print("shop: --to is before --from", file=sys.stderr)
        return 2
    settings = load_settings()
    out = args.out or Path("reports") / f"shop-{first}-to-{last}"
    try:
        files = make_report(
            first,
            last,
            out,
            tracker_store_url=settings.tracker_store_url,
            database_url=args.database_url,
            zone=load_handoff_settings().timezone,
            shop_name=settings.shop_name,
            show_progress=not args.quiet,
        )
    except SQLAlchemyError as error:
        where = make_url(settings.tracker_store_url).render_as_string(hide_password=True)
        print(
            f"shop: could not read the conversations ({where}) or the store: "
            f"{error.__class__.__name__}: {str(error).splitlines()[0]}",
            file=sys.stderr,
        )
        return 2
    print(
        f"{files.conversations} conversations ({files.events_read} events read) in "
        f"{files.seconds:.1f} s: {files.html} and {len(files.csv_files)} CSV files in {out}"
    )
    return 0


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
    print(f"{'more than ' if result.total_capped else ''}{result.total} products")
    for match in result.matches:
        print(
            f"  {match.title} ({match.brand}) {match.price_from}  sizes: {', '.join(match.sizes)}"
        )
    return 0


def _customer(engine, args) -> int:
    """`shop customer export EMAIL` prints everything kept about the shopper behind the email as
    JSON; `shop customer erase EMAIL` erases it (store and conversations) after a confirmation."""
    tracker_store_url = load_settings().tracker_store_url
    with session_scope(engine) as session:
        owners = owners_of_email(session, args.email)
        if args.action == "export":
            if not owners:
                print(f"shop: no shopper gave {args.email}", file=sys.stderr)
                return 2
            print(json.dumps(export_shopper(session, tracker_store_url, args.email), indent=2))
            return 0
    if not owners:
        print(f"shop: no shopper gave {args.email}: nothing to erase", file=sys.stderr)
        return 2
    if not args.yes:
        try:
            answer = input(
                f"Erase everything about {args.email} ({len(owners)} chat identities): profile, "
                "saved details, cart, alerts and conversations, and anonymise their orders? "
                "This cannot be undone. Type yes to erase: "
            )
        except EOFError:  # no one to answer: no
            answer = ""
        if answer.strip().lower() not in ("yes", "y"):
            print("Nothing erased.")
            return 1
    with session_scope(engine, writes=True) as session:
        erased = erase_shopper(session, owners)
    events = erase_conversations(tracker_store_url, owners)
    print(
        f"Erased {args.email}: {len(owners)} chat identities, {events} conversation events, "
        f"{erased.profile} profile entries, {erased.details} saved details, {erased.cart} cart "
        f"lines, {erased.alert_signups} alerts, {erased.handoffs} hand-overs; "
        f"{erased.orders_anonymised} orders and {erased.ratings_anonymised} ratings anonymised."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
