"""Which commits of the shop's SQLite store wait for the disk (commerce/db.py).

A transaction that changes stock or orders (`session_scope(writes=True)`) waits at its commit
until the write-ahead log is on disk, as before; any other (a search noting the colours a shopper
asked for) does not, which saved a disk flush (4 ms here) on every search that names a colour
(docs/performance.md, section 1, "Third look"). A power cut can lose such notes written just before
it, never an order: its commit flushes the log with every note before it.
"""

from __future__ import annotations

from sqlalchemy import text

from commerce.db import session_scope
from commerce.profiles import note_search, tastes

FULL, NORMAL = 2, 1  # SQLite's values of PRAGMA synchronous


def synchronous(session) -> int:
    return session.execute(text("PRAGMA synchronous")).scalar()


def test_orders_and_stock_wait_for_the_disk_and_a_search_s_notes_do_not(new_store):
    engine = new_store
    for _ in range(2):  # the same pooled connection, switched back and forth
        with session_scope(engine, writes=True) as session:
            assert synchronous(session) == FULL
        with session_scope(engine) as session:
            assert synchronous(session) == NORMAL
            note_search(session, "ann", colours=["Brown"], styles=["black-tie"])


def test_what_a_search_noted_is_kept_and_read_back(new_store):
    engine = new_store
    for colour in ("black", "Brown", "brown "):
        with session_scope(engine) as session:
            note_search(session, "ann", colours=[colour])
    with session_scope(engine, writes=True) as session:
        assert synchronous(session) == FULL
    with session_scope(engine) as session:
        found = {(taste.facet, taste.value): taste.times for taste in tastes(session, "ann")}
    assert found == {("colour", "brown"): 2, ("colour", "black"): 1}
