"""Offline evaluation of the recommender against a popularity baseline, in one run.

A purchase history is generated over the demo catalog with a realistic skew: a few products sell
far more than the rest (Zipf-like), and orders hold outfits, pieces that shoppers buy together.
Which pieces go together is hidden in the generator: for each product a few partners of other
kinds for the same occasion and wearer, picked at random with the shop's popularity as weight. The
generator never reads the recommender's rules (the lexicon's `goes_with` and colour table).

Each customer's last order is held out; the store gets only the earlier orders. For every held-out
order with two or more products, the first product is the one "in focus" and the others are what
the shopper went on to buy. Each recommender ranks ten products for the product in focus:

- popularity: the best sellers of the last 30 days (the search's own `sort="popular"`);
- co-purchase: "people who bought this also bought" (at least CO_PURCHASE_FLOOR orders);
- outfit rules: "what goes with this" from the catalog and lexicon only (no orders);
- recommender: what the assistant offers, co-purchases first, then the outfit rules.

Reported: hit rate@3 and @10 (share of held-out orders with a bought product in the top 3 / 10)
and catalog coverage (share of active products that appear in any top-10 list).

    .venv/bin/python bench/bench_recommendations.py [--customers 800] [--seed 7]

Prints a table and writes reports/bench_recommendations.json.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from commerce.catalog_import import import_shopify_csv
from commerce.db import create_schema, get_engine, session_scope
from commerce.models import Order, OrderLine, Product, ProductTag, Variant
from commerce.recommend import CO_PURCHASE_FLOOR, Anchor, co_purchase_counts, complete_the_look
from commerce.search import ProductQuery, find_products

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEMO_CATALOG = PROJECT_ROOT / "catalog" / "demo_catalog.csv"
REPORT = PROJECT_ROOT / "reports" / "bench_recommendations.json"
TOP = 10
OCCASIONS = {
    "black-tie", "formal", "wedding", "prom", "cocktail", "party", "office", "business",
    "interview", "casual", "weekend", "evening", "beach", "summer", "winter",
}  # fmt: skip


@dataclass(frozen=True)
class Item:
    handle: str
    product_type: str
    gender: str | None
    occasions: frozenset[str]
    variant_id: int
    price: Decimal


# --- the generated purchase history ------------------------------------------------------------


def load_items(session) -> list[Item]:
    tags: dict[int, set[str]] = defaultdict(set)
    for product_id, tag in session.execute(select(ProductTag.product_id, ProductTag.tag)):
        tags[product_id].add(tag)
    items = []
    for product in session.scalars(select(Product).order_by(Product.position)):
        variant = session.scalar(
            select(Variant)
            .where(Variant.product_id == product.id, Variant.stock > 0)
            .order_by(Variant.position)
        )
        if variant is not None:
            items.append(
                Item(product.handle, product.product_type, product.gender,
                     frozenset(tags[product.id] & OCCASIONS), variant.id, variant.price)
            )  # fmt: skip
    return items


def _wears(item: Item, gender: str) -> bool:
    return item.gender in (gender, "unisex", None)


def hidden_partners(items: list[Item], weight: dict[str, float], rng: random.Random) -> dict:
    """For each product, 4 partners it is bought with: other kinds, a shared occasion, the same
    wearer; drawn with popularity as weight (the generator's secret, not the recommender's)."""
    partners: dict[str, list[str]] = {}
    for item in items:
        pool = [
            other for other in items
            if other.product_type != item.product_type and other.occasions & item.occasions
            and (item.gender in (None, "unisex") or _wears(other, item.gender))
        ]  # fmt: skip
        chosen: list[str] = []
        while pool and len(chosen) < 4:
            pick = rng.choices(pool, weights=[weight[o.handle] for o in pool])[0]
            chosen.append(pick.handle)
            pool = [o for o in pool if o.product_type != pick.product_type]
        partners[item.handle] = chosen
    return partners


def generate_orders(items: list[Item], customers: int, rng: random.Random) -> list[list[list[str]]]:
    """Per customer, their orders in time order, each a list of handles (the first is the piece
    the order was built around)."""
    ranks = list(range(1, len(items) + 1))
    rng.shuffle(ranks)
    weight = {item.handle: 1 / rank**1.1 for item, rank in zip(items, ranks, strict=True)}
    partners = hidden_partners(items, weight, rng)
    by_handle = {item.handle: item for item in items}
    history = []
    for _ in range(customers):
        gender = rng.choice(["male", "male", "female"])
        taste = rng.choice(sorted(OCCASIONS))
        wearable = [item for item in items if _wears(item, gender)]
        weights = [weight[i.handle] * (3 if taste in i.occasions else 1) for i in wearable]
        orders = []
        for _ in range(rng.choice([2, 2, 3, 3, 4, 5])):
            anchor = rng.choices(wearable, weights=weights)[0]
            order = [anchor.handle]
            for partner in partners[anchor.handle]:
                if rng.random() < 0.45 and _wears(by_handle[partner], gender):
                    order.append(partner)
            if rng.random() < 0.15:  # an impulse buy from the best sellers
                extra = rng.choices(wearable, weights=[weight[i.handle] for i in wearable])[0]
                if extra.handle not in order:
                    order.append(extra.handle)
            orders.append(order)
        history.append(orders)
    return history


def store_orders(engine, items: list[Item], history: list[list[list[str]]]) -> int:
    """Write every order but each customer's last, spread over the last 28 days."""
    by_handle = {item.handle: item for item in items}
    now = datetime.now(timezone.utc)
    written = 0
    with session_scope(engine, writes=True) as session:
        for customer, orders in enumerate(history):
            for number, handles in enumerate(orders[:-1]):
                placed = now - timedelta(
                    days=28 * (1 - (number + 1) / len(orders)), minutes=customer
                )
                subtotal = sum(by_handle[h].price for h in handles)
                order = Order(
                    number=f"HL-B{customer:04d}{number}", owner=f"customer-{customer}",
                    idempotency_key=f"bench-{customer}-{number}", status="delivered",
                    name="Bench Customer", email=f"c{customer}@example.com", address="1 Bench St",
                    shipping_method="standard", subtotal=subtotal, shipping_cost=Decimal(0),
                    tax=Decimal(0), total=subtotal, estimated_delivery=placed, placed_at=placed,
                )  # fmt: skip
                order.lines = [
                    OrderLine(variant_id=by_handle[h].variant_id, title=h, quantity=1,
                              unit_price=by_handle[h].price)
                    for h in handles
                ]  # fmt: skip
                session.add(order)
                written += 1
    return written


# --- the recommenders -------------------------------------------------------------------------


def popularity(session, _handle: str, cache: dict) -> list[str]:
    if "popular" not in cache:
        result = find_products(session, ProductQuery(sort="popular"), limit=TOP + 1)
        cache["popular"] = [match.handle for match in result.matches]
    return [handle for handle in cache["popular"] if handle != _handle][:TOP]


def co_purchase(session, handle: str, _cache: dict) -> list[str]:
    _, counts = co_purchase_counts(session, handle, CO_PURCHASE_FLOOR)
    return sorted(counts, key=lambda other: -counts[other])[:TOP]


def outfit_rules(session, handle: str, _cache: dict) -> list[str]:
    outfit = complete_the_look(session, [Anchor(handle)], limit=TOP)
    return [suggestion.match.handle for suggestion in outfit.suggestions]


def recommender(session, handle: str, cache: dict) -> list[str]:
    ranked = co_purchase(session, handle, cache)
    for other in outfit_rules(session, handle, cache):
        if other not in ranked:
            ranked.append(other)
    return ranked[:TOP]


RECOMMENDERS = {
    "popularity (baseline)": popularity,
    "co-purchase": co_purchase,
    "outfit rules": outfit_rules,
    "recommender": recommender,
}


def evaluate(engine, history: list[list[list[str]]], active: int) -> dict:
    cases = [(orders[-1][0], set(orders[-1][1:])) for orders in history if len(orders[-1]) > 1]
    results = {}
    with session_scope(engine) as session:
        for name, recommend in RECOMMENDERS.items():
            cache: dict = {}
            per_anchor: dict[str, list[str]] = {}
            hits3 = hits10 = 0
            shown: set[str] = set()
            started = time.perf_counter()
            for anchor, bought in cases:
                if anchor not in per_anchor:
                    per_anchor[anchor] = recommend(session, anchor, cache)
                ranked = per_anchor[anchor]
                shown.update(ranked)
                hits3 += bool(bought & set(ranked[:3]))
                hits10 += bool(bought & set(ranked[:10]))
            results[name] = {
                "hit_rate_at_3": round(hits3 / len(cases), 3),
                "hit_rate_at_10": round(hits10 / len(cases), 3),
                "catalog_coverage": round(len(shown) / active, 3),
                "ms_per_product": round(
                    1000 * (time.perf_counter() - started) / max(len(per_anchor), 1), 1
                ),
            }
    return {"held_out_orders": len(cases), "recommenders": results}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=800)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as workdir:
        engine = get_engine(f"sqlite:///{Path(workdir) / 'shop.db'}")
        create_schema(engine)
        with session_scope(engine) as session, DEMO_CATALOG.open(encoding="utf-8") as stream:
            import_shopify_csv(session, stream)
        with session_scope(engine) as session:
            items = load_items(session)
        history = generate_orders(items, args.customers, rng)
        stored = store_orders(engine, items, history)
        report = evaluate(engine, history, len(items))
        engine.dispose()
    report |= {
        "customers": args.customers,
        "seed": args.seed,
        "orders_in_store": stored,
        "products": len(items),
        "co_purchase_floor": CO_PURCHASE_FLOOR,
    }
    print(
        f"{args.customers} customers, {stored} orders in the store (each customer's last held "
        f"out), {report['held_out_orders']} held-out orders with 2+ products, "
        f"{len(items)} products; seed {args.seed}"
    )
    print(f"{'':24} {'hit@3':>7} {'hit@10':>7} {'coverage':>9} {'ms/product':>11}")
    for name, scores in report["recommenders"].items():
        print(
            f"{name:24} {scores['hit_rate_at_3']:7.3f} {scores['hit_rate_at_10']:7.3f} "
            f"{scores['catalog_coverage']:9.3f} {scores['ms_per_product']:11.1f}"
        )
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
