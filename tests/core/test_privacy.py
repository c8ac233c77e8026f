"""Forgetting a shopper's remembered details on a real SQLite store: their row goes, nobody
else's does, and their orders stay. Erasing a shopper: nothing of them is left in any table of the
store or the tracker store, their orders are kept anonymised, and nobody else is touched."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid

import pytest
from sqlalchemy import create_engine, insert, select

from commerce.alerts import subscribe
from commerce.cart import add_to_cart
from commerce.conversation_store import OUTBOX
from commerce.db import get_engine, session_scope
from commerce.handoff import Handoff
from commerce.models import Customer, Feedback, Order
from commerce.orders import Contact, remember_contact, saved_contact
from commerce.privacy import (
    Forgotten,
    conversation_events,
    erase_conversation_after_turn,
    erase_conversations,
    erase_shopper,
    export_shopper,
    forget_shopper_details,
    owners_of_email,
    what_is_kept,
)
from commerce.profiles import known_sizes, linked_owners, note_search, remember_size

from .shoppers import TRACKER_DDL, add_event, buy, rows_mentioning, said, variant_id

ANN = Contact("Ann Lee", "ann@example.com", "12 Harbour Lane, 02110 Boston")
BOB = Contact("Bob Ray", "bob@example.com", "3 Quay Street, 02111 Boston")


def _owners(engine) -> list[str]:
    with session_scope(engine) as session:
        return list(session.scalars(select(Customer.owner).order_by(Customer.owner)))


def test_forgetting_deletes_this_shoppers_details_and_no_one_elses(new_store):
    with session_scope(new_store, writes=True) as session:
        remember_contact(session, "ann", ANN)
        remember_contact(session, "bob", BOB)

    with session_scope(new_store, writes=True) as session:
        forgotten = forget_shopper_details(session, "ann")

    assert forgotten == Forgotten(details_deleted=True, orders_kept=0)
    assert _owners(new_store) == ["bob"]
    with session_scope(new_store) as session:
        assert saved_contact(session, "ann") is None
        assert saved_contact(session, "bob") == Contact(
            "Bob Ray", "bob@example.com", "3 Quay Street, 02111 Boston"
        )


def test_forgetting_a_shopper_with_nothing_remembered_deletes_nothing(new_store):
    with session_scope(new_store, writes=True) as session:
        remember_contact(session, "bob", BOB)

    with session_scope(new_store, writes=True) as session:
        forgotten = forget_shopper_details(session, "ann")

    assert forgotten == Forgotten(details_deleted=False, orders_kept=0)
    assert _owners(new_store) == ["bob"]


# --- everything kept, and erasing all of it ------------------------------------------------------


@pytest.fixture
def shop(demo_store_url):
    engine = get_engine(demo_store_url)
    yield engine
    engine.dispose()


@pytest.fixture
def tracker_store(tmp_path) -> str:
    """A tracker store file with Rasa's table, and a way to add events to it."""
    path = tmp_path / "conversations.db"
    with sqlite3.connect(path) as db:
        db.execute(TRACKER_DDL)
    return f"sqlite:///{path}"


def _everything_about_ann(shop, tracker_store) -> str:
    """Ann on two channels (paid orders, the same email) with something in every table."""
    number = buy(shop, "web-ann", ANN, "albany-penny-loafer", "US 10 / EU 43")
    buy(shop, "slack:U1ANN", ANN, "windsor-patent-oxford")
    with session_scope(shop, writes=True) as session:
        remember_contact(session, "web-ann", ANN)
        remember_size(session, "web-ann", "suits", "40r")
        note_search(session, "slack:U1ANN", ["black"], ["black-tie"])
        add_to_cart(session, "web-ann", variant_id(shop, "windsor-patent-oxford"), 2)
        subscribe(session, "web-ann", "socketio", "windsor-patent-oxford", "price_drop")
        session.add(Feedback(owner="web-ann", topic="order", rating=5, comment="Ann loved it"))
        session.add(Handoff(conversation_id="slack:U1ANN", shopper_channel="slack",
                            reason="asked", transcript="Ann Lee: where is it?"))  # fmt: skip
        remember_contact(session, "bob", BOB)
        remember_size(session, "bob", "shoes", "11")
    add_event(tracker_store, "web-ann", said("I'm Ann Lee, ann@example.com"))
    add_event(tracker_store, "slack:U1ANN", said("12 Harbour Lane, 02110 Boston"))
    add_event(tracker_store, "bob", said("hi, Bob here"))
    return number


def test_what_is_kept_lists_every_kind_of_data_across_linked_channels(shop, tracker_store):
    _everything_about_ann(shop, tracker_store)
    with session_scope(shop) as session:
        kept = what_is_kept(session, "web-ann")
    assert kept.sizes["suits"].size_key == "40r" and kept.sizes["shoes"].source == "bought"
    assert {(t.facet, t.value) for t in kept.tastes} == {
        ("colour", "black"),
        ("style", "black-tie"),
    }
    assert kept.contact == ANN
    assert [(line.title, line.quantity) for line in kept.cart] == [("Windsor Patent Oxford", 2)]
    assert len(kept.orders) == 2 and kept.channels == 2
    assert kept.alerts == ["Windsor Patent Oxford"] and kept.ratings == 1


def test_erasing_a_shopper_leaves_no_trace_in_any_table_and_keeps_the_orders(
    shop, demo_store_url, tracker_store
):
    _everything_about_ann(shop, tracker_store)
    needles = ("ann@example.com", "Ann Lee", "12 Harbour Lane", "web-ann", "U1ANN")
    assert rows_mentioning(demo_store_url, *needles)  # the search does find her before

    with session_scope(shop, writes=True) as session:
        owners = linked_owners(session, "web-ann")
        erased = erase_shopper(session, owners)
    deleted = erase_conversations(tracker_store, owners)

    assert erased.orders_anonymised == 2 and erased.details == 1 and erased.cart == 1
    assert erased.alert_signups == 1 and erased.handoffs == 1 and erased.ratings_anonymised == 1
    assert deleted == 2
    assert rows_mentioning(demo_store_url, *needles) == []
    assert rows_mentioning(tracker_store, *needles) == []
    with session_scope(shop) as session:  # the shop's accounts keep the orders, amounts and all
        orders = session.scalars(select(Order).where(Order.name == "")).all()
        assert len(orders) == 2 and all(o.total > 0 and o.lines for o in orders)
        assert saved_contact(session, "bob") == BOB  # Bob is untouched
        assert known_sizes(session, "bob")["shoes"].size_key == "11"
    assert rows_mentioning(tracker_store, "Bob here")


def test_the_owners_of_an_email_include_unpaid_orders_and_remembered_details(shop):
    buy(shop, "web-ann", ANN, "albany-penny-loafer", "US 10 / EU 43", paid=False)
    with session_scope(shop, writes=True) as session:
        remember_contact(session, "messenger-ann", ANN)
    with session_scope(shop) as session:
        assert owners_of_email(session, " ANN@example.com") == ["messenger-ann", "web-ann"]
        assert owners_of_email(session, "nobody@example.com") == []


def test_the_export_holds_profile_details_cart_orders_alerts_and_conversations(shop, tracker_store):
    number = _everything_about_ann(shop, tracker_store)
    with session_scope(shop) as session:
        export = export_shopper(session, tracker_store, "ann@example.com")
    json.dumps(export)  # all of it is JSON
    assert export["channel_identities"] == ["slack:U1ANN", "web-ann"]
    assert number in [order["number"] for order in export["orders"]]
    assert {o["address"] for o in export["orders"]} == {ANN.address}
    web = next(p for p in export["profiles"] if p["channel_identity"] == "web-ann")
    assert web["remembered_details"]["email"] == "ann@example.com"
    assert web["cart"][0]["quantity"] == 2 and web["sizes"]["suits"]["size"] == "40r"
    assert [a["product"] for a in export["alerts"]] == ["Windsor Patent Oxford"]
    assert [e["text"] for e in export["conversations"]] == [
        "I'm Ann Lee, ann@example.com", "12 Harbour Lane, 02110 Boston",
    ]  # fmt: skip


def test_a_conversation_is_erased_once_rasa_has_saved_the_erasing_turn(tracker_store):
    add_event(tracker_store, "ann", said("I'm Ann Lee"))

    def rasa_saves_the_turn_later() -> None:
        time.sleep(0.3)
        add_event(tracker_store, "ann", said("yes"))  # written back with the turn
        add_event(tracker_store, "ann", {"event": "action"}, action="action_erase_my_data")

    saver = threading.Thread(target=rasa_saves_the_turn_later)
    saver.start()
    deleted = erase_conversation_after_turn(tracker_store, "ann", "action_erase_my_data", 10)
    saver.join()

    assert deleted == 3
    assert rows_mentioning(tracker_store, "ann", "Ann Lee") == []
    with sqlite3.connect(tracker_store.removeprefix("sqlite:///")) as db:  # Rasa's table alone
        assert db.execute("select name from sqlite_master where type='table'").fetchall() == [
            ("events",)
        ]


def test_events_still_waiting_for_the_event_broker_are_erased_too(tracker_store):
    # With RabbitMQ down, a shopper's events wait in the outbox; after "forget me" they must
    # never be published.
    engine = create_engine(tracker_store)
    OUTBOX.create(engine)
    with engine.begin() as connection:
        connection.execute(insert(OUTBOX), [_waiting("ann", "I'm Ann Lee"), _waiting("bob", "hi")])
    add_event(tracker_store, "ann", said("I'm Ann Lee"))

    erase_conversations(tracker_store, ["ann"])

    assert rows_mentioning(tracker_store, "Ann Lee") == []
    assert len(rows_mentioning(tracker_store, "bob")) == 1  # someone else's stays


def _waiting(sender: str, text: str) -> dict:
    body = json.dumps({"sender_id": sender, **said(text)})
    return {"event_key": uuid.uuid4().hex, "sender_id": sender, "body": body, "created_at": 0.0}


def test_no_tracker_store_yet_means_nothing_to_export_or_erase(tmp_path):
    url = f"sqlite:///{tmp_path / 'none.db'}"
    assert conversation_events(url, ["ann"]) == []
    assert erase_conversations(url, ["ann"]) == 0
