"""Forgetting a shopper's remembered details on a real SQLite store: their row goes, nobody
else's does, and their orders stay."""

from __future__ import annotations

from sqlalchemy import select

from commerce.db import session_scope
from commerce.models import Customer
from commerce.orders import Contact, remember_contact, saved_contact
from commerce.privacy import Forgotten, forget_shopper_details

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
