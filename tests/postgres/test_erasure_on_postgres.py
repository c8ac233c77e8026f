"""Erasing a shopper on PostgreSQL, the store and Rasa's own SQLTrackerStore on the same server:
nothing of them is left in any table, and their order is kept anonymised."""

from __future__ import annotations

import asyncio

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import text

from commerce.db import session_scope
from commerce.orders import remember_contact
from commerce.privacy import conversation_events, erase_conversations, erase_shopper
from commerce.profiles import linked_owners, remember_size
from tests.core.shoppers import ANN, BOB, buy

PERSONAL = ("ann@example.com", "Ann Lee", "12 Harbour Lane", "pg-ann")


def _rows_mentioning(engine, *needles: str) -> list[str]:
    found = []
    with engine.connect() as connection:
        tables = connection.scalars(
            text("select table_name from information_schema.tables where table_schema='public'")
        ).all()
        for table in tables:
            for (row,) in connection.execute(text(f'select t::text from "{table}" t')):
                if any(needle.lower() in row.lower() for needle in needles):
                    found.append(f"{table}: {row}")
    return found


def _save_conversation(url: str, sender: str, said: str) -> None:
    store = SQLTrackerStore(Domain.empty(), host=url)
    tracker = DialogueStateTracker.from_events(
        sender,
        [ActionExecuted("action_listen"), UserUttered(said), SlotSet("customer_name", said)],
    )
    asyncio.run(store.save(tracker))
    store.engine.dispose()


def test_erasing_a_shopper_on_postgres_leaves_nothing_of_them(engine, postgres_url):
    buy(engine, "pg-ann", ANN, "albany-penny-loafer", "US 10 / EU 43")
    with session_scope(engine, writes=True) as session:
        remember_contact(session, "pg-ann", ANN)
        remember_size(session, "pg-ann", "suits", "40r")
        remember_contact(session, "pg-bob", BOB)
    _save_conversation(postgres_url, "pg-ann", "I'm Ann Lee, ann@example.com")
    _save_conversation(postgres_url, "pg-bob", "Bob here")
    assert [e["text"] for e in conversation_events(postgres_url, ["pg-ann"]) if e.get("text")] == [
        "I'm Ann Lee, ann@example.com"
    ]
    assert _rows_mentioning(engine, *PERSONAL)

    with session_scope(engine, writes=True) as session:
        owners = linked_owners(session, "pg-ann")
        erased = erase_shopper(session, owners)
    assert erase_conversations(postgres_url, owners) == 3

    assert erased.orders_anonymised == 1 and erased.details == 1 and erased.profile == 1
    assert _rows_mentioning(engine, *PERSONAL) == []
    assert _rows_mentioning(engine, "Bob here", "bob@example.com")
