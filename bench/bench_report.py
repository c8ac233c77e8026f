"""How long `shop report` takes on months of conversations.

Writes a synthetic Rasa SQL tracker store (SQLite) with N conversations spread over D days, in
the shape Rasa 3.6 writes them (the same event types, JSON fields and columns as a real
`rasa run` with this assistant: session start, user messages with parse data and intent ranking,
featurization, actions, bot replies, slots), plus a store with the orders and ratings they refer
to; then times the report over the whole period.

    .venv/bin/python bench/bench_report.py [--conversations 100000] [--days 90] [--keep DIR]

Prints the time to write the data, the report's wall and CPU time, the events read and peak
memory.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from commerce.analytics.report import make_report  # noqa: E402
from commerce.db import create_schema, get_engine  # noqa: E402

CHANNELS = [("socketio", 0.55), ("facebook", 0.25), ("slack", 0.05), ("rest", 0.15)]
INTENTS = ["search_products", "select_product", "check_availability", "ask_price", "buy",
           "add_to_cart", "thank", "greet", "order_status", "ask_shipping", "rate",
           "nlu_fallback", "request_human", "complaint"]  # fmt: skip
SEARCHES = [
    ("black formal shoes size 10", {"category": "shoes", "colour": "black", "size": "10"}, 13),
    ("red dress", {"category": "dresses", "colour": "red"}, 8),
    ("oxfords", {"category": "oxfords"}, 13),
    ("yellow hoodie", {"category": "hoodies", "colour": "yellow"}, 0),
    ("purple tuxedo size 60", {"category": "tuxedos", "colour": "purple", "size": "60"}, 0),
    ("green loafers size 12", {"category": "loafers", "colour": "green", "size": "12"}, 0),
    ("navy suit 42R", {"category": "suits", "colour": "navy", "size": "42r"}, 4),
]
NOT_UNDERSTOOD = [
    "i need to sort out my parcel", "i need to sort out my parcel please", "gift card balance",
    "do you have a gift card", "blorp", "can i pay in instalments", "can i pay by instalments",
    "are you open on sundays", "what's the weather", "asdf",
]  # fmt: skip
HANDLES = ["windsor-patent-oxford", "savile-plain-toe-oxford", "mirabel-wrap-dress",
           "albany-penny-loafer", "kensington-shawl-collar-tuxedo"]  # fmt: skip
MODEL_META = {"model_id": "cc32ae86fe7440a4986d3cb83f5083c8", "assistant_id": "shop-assistant"}


class Writer:
    """Appends events as Rasa's SQLTrackerStore does: one row per event, its JSON in `data`."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self.rows: list[tuple] = []

    def event(self, sender, kind, moment, data, intent=None, name=None) -> None:
        data = {"event": kind, "timestamp": moment, "metadata": MODEL_META, **data}
        self.rows.append((sender, kind, moment, intent, name, json.dumps(data)))
        if len(self.rows) >= 20_000:
            self.flush()

    def flush(self) -> None:
        self.connection.executemany(
            "INSERT INTO events (sender_id, type_name, timestamp, intent_name, action_name, data)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            self.rows,
        )
        self.rows.clear()

    def action(self, sender, moment, name) -> None:
        self.event(sender, "action", moment, {"name": name, "policy": "RulePolicy",
                   "confidence": 1.0, "action_text": None, "hide_rule_turn": True}, name=name)  # fmt: skip

    def slot(self, sender, moment, name, value) -> None:
        self.event(sender, "slot", moment, {"name": name, "value": value}, name=name)

    def user(self, sender, moment, text, intent, channel, entities=()) -> None:
        ranking = [{"name": intent, "confidence": 0.93}] + [
            {"name": other, "confidence": 0.007} for other in INTENTS[:9] if other != intent
        ]
        parse = {"intent": {"name": intent, "confidence": 0.93}, "entities": list(entities),
                 "text": text, "message_id": f"{sender}{moment}", "metadata": {},
                 "text_tokens": [[0, len(text)]], "intent_ranking": ranking[:10]}  # fmt: skip
        self.event(sender, "user", moment, {"text": text, "parse_data": parse,
                   "input_channel": channel, "message_id": f"{sender}{moment}"}, intent=intent)  # fmt: skip
        self.event(
            sender, "user_featurization", moment + 0.001, {"use_text_for_featurization": False}
        )

    def bot(self, sender, moment, text) -> None:
        self.event(sender, "bot", moment, {"text": text, "data": {"elements": None,
                   "quick_replies": None, "buttons": None, "attachment": None, "image": None,
                   "custom": None}})  # fmt: skip


def write_conversation(w: Writer, rng: random.Random, sender: str, start: float, orders: list):
    """One conversation: a session start, then a few turns of a typical kind."""
    channel = rng.choices([c for c, _ in CHANNELS], [p for _, p in CHANNELS])[0]
    t = start
    w.action(sender, t, "action_session_start")
    w.event(sender, "session_started", t, {})
    w.action(sender, t, "action_listen")

    def turn(text, intent, action, reply, slots=(), entities=()):
        nonlocal t
        t += rng.uniform(4, 40)
        w.user(sender, t, text, intent, channel, entities)
        w.action(sender, t + 0.002, action)
        replied = t + rng.lognormvariate(-3.3, 0.6)  # ~40 ms typical, a long tail
        w.bot(sender, replied, reply)
        for name, value in slots:
            w.slot(sender, replied, name, value)
        w.action(sender, replied + 0.002, "action_listen")

    kind = rng.random()
    if rng.random() < 0.3:
        turn("hi", "greet", "utter_greet", "Hi! I'm the shop's virtual assistant, a bot.")
    text, query, found = rng.choice(SEARCHES)
    slots = [("search_query", query), ("current_product", None)]
    if not found:
        slots.append(("unmet_demand", {"why": "no_match", "query": query}))
    turn(text, "search_products", "action_search_products", f"I found {found} ...", slots)
    if kind < 0.55:
        handle = rng.choice(HANDLES)
        turn("the second one", "select_product", "action_select_product", "Details ...",
             [("current_product", handle)])  # fmt: skip
        if rng.random() < 0.2:
            turn("is it available in 13?", "check_availability", "action_check_availability",
                 "Sorry, sold out in 13.", [("unmet_demand", {"why": "sold_out", "product": handle,
                 "size": "13", "colour": None})])  # fmt: skip
        if kind < 0.2:
            turn("/buy", "buy", "action_start_checkout", "What name should go on the parcel?")
            if kind < 0.12:
                number = f"HL-{len(orders):06d}"
                orders.append((number, sender, t))
                turn("/place_order", "place_order", "action_place_order", f"Done! Order {number}",
                     [("last_order", number)])  # fmt: skip
    elif kind < 0.7:
        for _ in range(rng.choice([1, 1, 2])):
            turn(rng.choice(NOT_UNDERSTOOD), "nlu_fallback", "action_clarify", "Sorry, ...")
        if rng.random() < 0.3:
            turn("a person please", "request_human", "action_hand_over", "Handing over ...")
    if rng.random() < 0.25:
        turn("thanks!", "thank", "utter_you_are_welcome", "You're welcome!")


def build(
    directory: Path, conversations: int, days: int, seed: int = 7
) -> tuple[str, str, date, date]:
    """The tracker store and the store for the benchmark; returns their URLs and the period."""
    rng = random.Random(seed)
    tracker_path, store_path = directory / "conversations.db", directory / "shop.db"
    connection = sqlite3.connect(tracker_path)
    connection.execute(
        "CREATE TABLE events (id INTEGER NOT NULL PRIMARY KEY, sender_id VARCHAR(255) NOT NULL,"
        " type_name VARCHAR(255) NOT NULL, timestamp FLOAT, intent_name VARCHAR(255),"
        " action_name VARCHAR(255), data TEXT)"
    )
    connection.execute("CREATE INDEX ix_events_sender_id ON events (sender_id)")
    last = date(2026, 10, 31)
    first = last - timedelta(days=days - 1)
    origin = datetime(first.year, first.month, first.day, tzinfo=timezone.utc).timestamp()
    # Conversations start through the day (busier in the evening), in time order as Rasa
    # writes them (a conversation's events are written together, a few seconds apart).
    starts = sorted(
        origin + rng.randrange(days) * 86400 + (rng.gauss(19, 4) % 24) * 3600
        for _ in range(conversations)
    )
    writer, orders = Writer(connection), []
    for number, start in enumerate(starts):
        write_conversation(writer, rng, f"shopper-{number:07d}", start, orders)
    writer.flush()
    connection.commit()
    connection.close()

    engine = get_engine(f"sqlite:///{store_path}")
    create_schema(engine)
    with engine.begin() as db:
        db.exec_driver_sql(
            "INSERT INTO shop_order (number, owner, idempotency_key, status, name, email, address,"
            " shipping_method, subtotal, shipping_cost, tax, total, estimated_delivery, placed_at)"
            " VALUES (?, ?, ?, 'awaiting_payment', 'A', 'a@example.com', 'x', 'standard',"
            " 13900, 0, 1112, 15012, ?, ?)",
            [
                (number, owner, number, _iso(moment + 3 * 86400), _iso(moment))
                for number, owner, moment in orders
            ],
        )
        db.exec_driver_sql(
            "INSERT INTO feedback (owner, topic, asked_at, rating, comment) VALUES (?, 'order', ?, ?, ?)",
            [
                (owner, _iso(moment + 30), rng.choice([5, 5, 4, 4, 3, 2, 1]),
                 rng.choice([None, None, "quick and easy", "the bot was slow"]))
                for _, owner, moment in orders
            ],
        )  # fmt: skip
    engine.dispose()
    return f"sqlite:///{tracker_path}", f"sqlite:///{store_path}", first, last


def _iso(moment: float) -> str:
    return datetime.fromtimestamp(moment, timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--keep", type=Path, help="build the data here and keep it")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-report-") as scratch:
        directory = args.keep or Path(scratch)
        directory.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        tracker_url, store_url, first, last = build(directory, args.conversations, args.days)
        built = time.monotonic() - started
        size = (directory / "conversations.db").stat().st_size
        print(f"wrote {args.conversations} conversations over {args.days} days "
              f"({size / 1e6:.0f} MB tracker store) in {built:.0f} s")  # fmt: skip
        cpu = time.process_time()
        files = make_report(first, last, directory / "report", tracker_url, store_url,
                            show_progress=True)  # fmt: skip
        cpu = time.process_time() - cpu
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        # CPU time as well as wall time: on a shared machine the wall time says more about the
        # neighbours than about the report.
        print(
            f"shop report --from {first} --to {last}: {files.conversations} conversations, "
            f"{files.events_read} events, {files.seconds:.1f} s ({cpu:.1f} s of CPU), "
            f"peak memory {peak:.0f} MB"
        )


if __name__ == "__main__":
    main()
