"""How searches reach a SQLite store file: through a pool of connections (commerce/db.py), so a
shopper's next message does not open the store again, while what they are shown stays current and
no two shoppers (threads) or processes ever share a connection."""

from __future__ import annotations

import gc
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event, select, text, update

from commerce.db import get_engine, session_scope
from commerce.models import Product, Variant
from commerce.search import ProductQuery, find_products

OXFORDS = ProductQuery(category="oxfords")


@contextmanager
def connections_opened(engine) -> Iterator[list[int]]:
    """The process ids in which `engine` opened a new database connection inside the block."""
    opened: list[int] = []

    def remember(_dbapi_connection, _record) -> None:
        opened.append(os.getpid())

    event.listen(engine, "connect", remember)
    try:
        yield opened
    finally:
        event.remove(engine, "connect", remember)


def search(engine, query: ProductQuery = OXFORDS):
    with session_scope(engine) as session:
        return find_products(session, query)


def test_a_shopper_s_next_searches_do_not_open_the_store_again(demo_store_url):
    engine = get_engine(demo_store_url)
    search(engine)  # the first message of the day

    with connections_opened(engine) as opened:
        answers = [search(engine) for _ in range(3)]

    assert all(answer.total > 0 for answer in answers)
    assert opened == []  # "brown shoes", "in a 10?", "cheaper ones": the same connection


def test_stock_sold_elsewhere_is_gone_from_the_next_search(demo_store_url):
    # The import (another process) sells out a pair between two searches of a shopper whose
    # connection stayed open in the pool: the next search must not offer it.
    engine = get_engine(demo_store_url)
    first = search(engine)
    sold_out = first.matches[0].handle
    elsewhere = sqlite3.connect(engine.url.database)
    with elsewhere:  # commits
        elsewhere.execute(
            "update variant set stock = 0 where product_id = (select id from product"
            " where handle = ?)",
            (sold_out,),
        )
    elsewhere.close()

    again = search(engine)

    assert sold_out not in [match.handle for match in again.matches]
    assert again.total == first.total - 1


def test_two_shoppers_searching_at_once_never_share_a_connection(demo_store_url):
    engine = get_engine(demo_store_url)
    both_inside = threading.Barrier(2, timeout=10)
    used: dict[str, int] = {}
    found: dict[str, int] = {}
    errors: list[BaseException] = []

    def shopper(name: str, query: ProductQuery) -> None:
        try:
            with session_scope(engine) as session:
                found[name] = find_products(session, query).total
                used[name] = id(session.connection().connection.dbapi_connection)
                both_inside.wait()  # each still holds its connection
        except BaseException as error:  # reported below, on the test's thread
            errors.append(error)

    threads = [
        threading.Thread(target=shopper, args=("ann", OXFORDS)),
        threading.Thread(target=shopper, args=("bo", ProductQuery(colour="navy"))),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert not errors
    assert found["ann"] > 0 and found["bo"] > 0
    assert used["ann"] != used["bo"]


def test_a_stock_change_on_one_thread_shows_in_a_search_on_another(demo_store_url):
    engine = get_engine(demo_store_url)
    handle = search(engine).matches[0].handle

    def sell_out() -> None:
        with session_scope(engine, writes=True) as session:
            product_id = session.scalar(select(Product.id).where(Product.handle == handle))
            session.execute(update(Variant).where(Variant.product_id == product_id).values(stock=0))

    seller = threading.Thread(target=sell_out)
    seller.start()
    seller.join(timeout=30)

    assert handle not in [match.handle for match in search(engine).matches]


def test_a_forked_process_searches_on_connections_of_its_own(demo_store_url):
    # A server that forks its workers after the store was opened: SQLite forbids using a
    # connection in a child that was opened before the fork (sqlite.org/howtocorrupt.html).
    engine = get_engine(demo_store_url)
    search(engine)  # the parent now holds an open connection in the pool
    with connections_opened(engine) as opened:
        child = os.fork()
        if child == 0:  # the child: search, then say by its exit status whether it opened its own
            ok = False
            try:
                ok = search(engine).total > 0 and opened == [os.getpid()]
            finally:
                os._exit(0 if ok else 1)  # noqa: B012  (nothing of pytest may run in the child)
        _, status = os.waitpid(child, 0)
        assert os.waitstatus_to_exitcode(status) == 0
        assert search(engine).total > 0  # the parent's own connection still works
        assert opened == []


def test_a_store_in_memory_keeps_its_rows_between_sessions():
    engine = get_engine("sqlite://")
    with session_scope(engine) as session:
        session.execute(text("create table if not exists note (body text)"))
        session.execute(text("insert into note values ('kept')"))

    with session_scope(engine) as session:
        assert session.scalar(text("select body from note")) == "kept"
        assert find_products(session, OXFORDS).total == 0  # the schema is there, empty


def test_stores_no_longer_in_use_do_not_keep_connections_open(tmp_path, demo_store_file):
    # A test session (or a tool) that opens many stores one after the other: the pooled
    # connections of those it has moved on from are closed, not left to the garbage collector.
    def open_files() -> int:
        return len(os.listdir("/proc/self/fd"))

    gc.disable()
    try:
        before = open_files()
        for number in range(20):
            path = tmp_path / f"shop-{number}.db"
            shutil.copy(demo_store_file, path)
            assert search(get_engine(f"sqlite:///{path}")).total > 0
        # The stores still in use (a few) keep theirs: a SQLite connection in WAL mode holds
        # its database, its log and its shared memory open.
        assert open_files() - before <= 3 * 8
    finally:
        gc.enable()
