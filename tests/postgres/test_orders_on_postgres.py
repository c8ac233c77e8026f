"""Orders on PostgreSQL: the races that must not oversell or double-order."""

from __future__ import annotations

from sqlalchemy import delete, func, select

from commerce.db import session_scope
from commerce.models import Order, OrderLine, Product, Variant
from tests.core.test_orders import buy, race

pytestmark = __import__("pytest").mark.postgres


def windsor_10(engine) -> int:
    with session_scope(engine) as session:
        return session.scalar(
            select(Variant.id)
            .join(Product)
            .where(Product.handle == "windsor-patent-oxford", Variant.size.like("US 10 %"))
        )


def reset(engine, vid: int, units: int) -> None:
    with session_scope(engine, writes=True) as session:
        session.execute(delete(OrderLine))
        session.execute(delete(Order))
        session.get(Variant, vid).stock = units


def counts(engine, vid: int) -> tuple[int, int]:
    with session_scope(engine) as session:
        return session.scalar(select(func.count(Order.id))), session.get(Variant, vid).stock


def test_racing_for_the_last_units_never_oversells(engine):
    vid = windsor_10(engine)
    reset(engine, vid, 3)

    results = race(engine, 12, lambda i: buy(engine, [(vid, 1)], key=f"pg{i}", owner=f"s{i}"))

    assert sum(isinstance(r, str) for r in results) == 3, results
    assert counts(engine, vid) == (3, 0)


def test_a_double_tap_racing_itself_makes_one_order(engine):
    vid = windsor_10(engine)
    reset(engine, vid, 5)

    results = race(engine, 6, lambda i: buy(engine, [(vid, 1)], key="pg-same-tap"))

    assert len(set(results)) == 1 and isinstance(results[0], str), results
    assert counts(engine, vid) == (1, 4)
