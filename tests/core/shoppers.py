"""Shoppers who buy and talk, for the profile and privacy tests: real orders on a real store, and
conversations in a tracker store file with Rasa's own table."""

from __future__ import annotations

import json
import sqlite3
import time
import uuid

from sqlalchemy import select
from sqlalchemy.engine import Engine

from commerce.db import session_scope
from commerce.models import Product, Variant
from commerce.orders import Contact, place_order
from commerce.orders_after_sale import move_order

ANN = Contact("Ann Lee", "ann@example.com", "12 Harbour Lane, 02110 Boston")
BOB = Contact("Bob Ray", "bob@example.com", "3 Quay Street, 02111 Boston")


def variant_id(engine: Engine, handle: str, size: str | None = None) -> int:
    """The first in-stock variant of `handle` (in the size labelled `size`, if given)."""
    with session_scope(engine) as session:
        query = (
            select(Variant.id)
            .join(Product)
            .where(Product.handle == handle, Variant.stock > 0)
            .order_by(Variant.position)
        )
        if size is not None:
            query = query.where(Variant.size == size)
        return session.scalars(query).first()


def buy(
    engine: Engine,
    owner: str,
    contact: Contact,
    handle: str,
    size: str | None = None,
    paid: bool = True,
) -> str:
    """Place (and, if `paid`, pay for) an order of one item; returns its number."""
    with session_scope(engine, writes=True) as session:
        order = place_order(
            session, owner=owner, contact=contact, items=[(variant_id(engine, handle, size), 1)],
            idempotency_key=uuid.uuid4().hex,
        )  # fmt: skip
        if paid:
            move_order(session, order.number, "paid")
        return order.number


TRACKER_DDL = (
    "CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255) NOT NULL, "
    "type_name VARCHAR(255) NOT NULL, timestamp FLOAT, intent_name VARCHAR(255), "
    "action_name VARCHAR(255), data TEXT)"
)  # Rasa 3.6's SQLTrackerStore table


def add_event(url: str, sender: str, data: dict, action: str | None = None) -> None:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
        db.execute(
            "INSERT INTO events (sender_id, type_name, timestamp, action_name, data) "
            "VALUES (?, ?, ?, ?, ?)",
            (sender, data["event"], time.time(), action, json.dumps(data)),
        )


def said(text: str) -> dict:
    return {"event": "user", "text": text, "parse_data": {"text": text}}


def rows_mentioning(url: str, *needles: str) -> list[str]:
    """Every row of every table of a SQLite file that contains any of `needles`."""
    found = []
    with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
        tables = [t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):
                text = " ".join(str(value) for value in row).lower()
                if any(needle.lower() in text for needle in needles):
                    found.append(f"{table}: {row}")
    return found
