"""Concurrent purchases over the REST channel against the real servers, on SQLite and on
PostgreSQL: 200 shoppers in 200 conversations try to buy the last 10 units of one variant at the
same moment. Exactly 10 orders, the stock ends at 0 and is never negative on the way, and every
other shopper is told plainly that it sold out (and that nothing was ordered).

Each conversation takes the shortest real way, a returning shopper's one-tap checkout: their
details are remembered (as "Yes, remember me" stores them), so the Buy button's payload with the
size goes straight to the order review, and the review's Place order button buys. The Buy taps run
16 conversations at a time (Rasa reads one message at a time on these 2 cores); the 200 Place
order taps then go out all at once from a common start, with Rasa's listen backlog raised as
scripts/rasa_run.sh raises it (Sanic's 100 resets connections beyond it), so the stock
reservations overlap as much as the servers allow, over an action server with 3 worker processes
(ACTION_SERVER_SANIC_WORKERS) taking stock side by side.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import text

from commerce.db import get_engine, session_scope
from commerce.orders import Contact, remember_contact
from devtools.servers import RunningAssistant, running_assistant
from tests.robustness.conftest import BUY_WINDSOR_10, place_order_key, rest_texts

pytestmark = [pytest.mark.server, pytest.mark.timeout(1500)]

SHOPPERS = 200
UNITS = 10
AT_A_TIME = 16  # conversations driven to the review side by side
TAPS_AT_A_TIME = SHOPPERS  # Place order taps in flight together: all of them
WORKERS = "3"  # action server processes
SERVER_ENV = {"ACTION_SERVER_SANIC_WORKERS": WORKERS, "SANIC_BACKLOG": "1024"}
WINDSOR_10 = (
    "select variant.id from variant join product on product.id = variant.product_id "
    "where product.handle = 'windsor-patent-oxford' and variant.size like 'US 10 /%'"
)


def put_units_on_sale(url: str, shoppers: list[str]) -> int:
    """Sets the Windsor in US 10 to UNITS in stock and remembers each shopper's details; returns
    the variant's id."""
    engine = get_engine(url)
    with engine.begin() as connection:
        variant = connection.execute(text(WINDSOR_10)).scalar_one()
        connection.execute(
            text("update variant set stock = :units where id = :id"),
            {"units": UNITS, "id": variant},
        )
    with session_scope(engine, writes=True) as session:
        for sender in shoppers:
            contact = Contact("Pat Doe", f"{sender}@example.com", "3 Quay Street, 02110 Boston")
            remember_contact(session, sender, contact)
    return variant


def to_the_review(assistant: RunningAssistant, sender: str) -> str:
    """Taps Buy in one conversation; returns the Place order key of the review it shows."""
    return place_order_key(assistant.send(sender, BUY_WINDSOR_10, timeout=600))


def race(assistant: RunningAssistant, url: str, variant: int, senders: list[str]) -> dict:
    """The 200 purchase attempts; returns what each shopper read and what was measured."""
    started = time.monotonic()
    with ThreadPoolExecutor(AT_A_TIME) as pool:
        keys = list(pool.map(lambda sender: to_the_review(assistant, sender), senders))
    reviews_seconds = time.monotonic() - started

    engine = get_engine(url)
    lowest = [UNITS]
    done = threading.Event()

    def watch_stock() -> None:
        with engine.connect() as connection:
            while not done.is_set():
                stock = connection.execute(
                    text("select stock from variant where id = :id"), {"id": variant}
                ).scalar_one()
                lowest[0] = min(lowest[0], stock)
                connection.rollback()  # a fresh snapshot each time
                time.sleep(0.02)

    watcher = threading.Thread(target=watch_stock)
    watcher.start()
    start_together = threading.Barrier(TAPS_AT_A_TIME)

    def place(sender_and_key: tuple[str, str]) -> str:
        sender, key = sender_and_key
        with contextlib.suppress(threading.BrokenBarrierError):
            start_together.wait(timeout=30)  # every tap leaves at the same moment
        reply = assistant.send(sender, f'/place_order{{"idempotency_key": "{key}"}}', timeout=600)
        return "\n".join(rest_texts(reply))

    started = time.monotonic()
    try:
        with ThreadPoolExecutor(TAPS_AT_A_TIME) as pool:
            replies = list(pool.map(place, zip(senders, keys, strict=True)))
    finally:
        done.set()
        watcher.join()
    return {
        "senders": senders,
        "replies": replies,
        "lowest_stock": lowest[0],
        "reviews_seconds": reviews_seconds,
        "orders_seconds": time.monotonic() - started,
    }


def shoppers() -> list[str]:
    return [f"buyer-{n:03d}-{uuid.uuid4().hex[:6]}" for n in range(SHOPPERS)]


def check_the_outcome(url: str, variant: int, outcome: dict) -> None:
    placed = [reply for reply in outcome["replies"] if re.search(r"Order HL-\w{6}", reply)]
    sold_out = [reply for reply in outcome["replies"] if reply not in placed]
    assert len(placed) == UNITS, placed
    for reply in sold_out:
        assert "sold out" in reply and "Nothing was ordered" in reply, reply
    with get_engine(url).connect() as connection:
        stock = connection.execute(
            text("select stock from variant where id = :id"), {"id": variant}
        ).scalar_one()
        lines = connection.execute(
            text(
                "select shop_order.owner, order_line.quantity from order_line "
                "join shop_order on shop_order.id = order_line.order_id "
                "where order_line.variant_id = :id and shop_order.owner like 'buyer-%'"
            ),
            {"id": variant},
        ).all()
    assert stock == 0
    assert outcome["lowest_stock"] >= 0
    assert len(lines) == UNITS and sum(quantity for _, quantity in lines) == UNITS
    assert len({owner for owner, _ in lines}) == UNITS  # ten different shoppers
    print(
        f"\n{SHOPPERS} shoppers, {UNITS} units: {outcome['reviews_seconds']:.0f} s to "
        f"{SHOPPERS} reviews ({AT_A_TIME} at a time), {outcome['orders_seconds']:.1f} s for "
        f"{SHOPPERS} Place order taps ({TAPS_AT_A_TIME} at a time); lowest stock seen "
        f"{outcome['lowest_stock']}"
    )


def test_200_shoppers_10_units_on_sqlite(trained_model, demo_store_file, tmp_path_factory):
    store = tmp_path_factory.mktemp("race-store") / "shop.db"
    shutil.copy(demo_store_file, store)
    url = f"sqlite:///{store}"
    senders = shoppers()
    variant = put_units_on_sale(url, senders)
    with running_assistant(
        trained_model,
        tmp_path_factory.mktemp("race-sqlite-servers"),
        database_url=url,
        extra_env=SERVER_ENV,
    ) as assistant:
        outcome = race(assistant, url, variant, senders)
    check_the_outcome(url, variant, outcome)


def test_200_shoppers_10_units_on_postgresql(
    trained_model, postgres_url, postgres_catalog, tmp_path_factory
):
    senders = shoppers()
    variant = put_units_on_sale(postgres_url, senders)
    with running_assistant(
        trained_model,
        tmp_path_factory.mktemp("race-postgres-servers"),
        database_url=postgres_url,
        extra_env=SERVER_ENV,
    ) as assistant:
        outcome = race(assistant, postgres_url, variant, senders)
    check_the_outcome(postgres_url, variant, outcome)
