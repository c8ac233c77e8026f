"""What the report reads from the store: the orders placed, the ratings, product titles and alert
sign-ups. Only the period's rows are read (orders and ratings are few next to events)."""

from __future__ import annotations

import importlib.util
from datetime import timedelta

from sqlalchemy import func, inspect, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from commerce.analytics.figures import Period, Rating
from commerce.db import session_scope
from commerce.models import Feedback, Order, Product, as_utc

# An order placed near midnight belongs to a conversation that began the day before.
ORDER_MARGIN = timedelta(days=1)


def placed_orders(session: Session, period: Period) -> frozenset[str]:
    """The numbers of the orders placed during the period (and a day either side)."""
    start, end = period.utc_bounds()
    numbers = session.scalars(
        select(Order.number).where(
            Order.placed_at >= start - ORDER_MARGIN, Order.placed_at < end + ORDER_MARGIN
        )
    )
    return frozenset(numbers)


def ratings(session: Session, period: Period) -> list[Rating]:
    """The shoppers' answers to "how did I do?" asked during the period."""
    start, end = period.utc_bounds()
    rows = session.execute(
        select(Feedback.asked_at, Feedback.owner, Feedback.rating, Feedback.comment)
        .where(Feedback.rating.is_not(None), Feedback.asked_at >= start, Feedback.asked_at < end)
        .order_by(Feedback.asked_at, Feedback.id)
    )
    return [
        Rating(as_utc(asked_at), owner, rating, comment)
        for asked_at, owner, rating, comment in rows
    ]


def product_titles(session: Session, handles: set[str]) -> dict[str, str]:
    if not handles:
        return {}
    rows = session.execute(select(Product.handle, Product.title).where(Product.handle.in_(handles)))
    return dict(rows.all())


def alert_signups(session: Session, period: Period) -> list[tuple] | None:
    """Alert sign-ups ("tell me when size 11 is back") made during the period, as rows of
    (product, size, colour, condition, sign-ups), most first; None where the shop keeps no
    alerts (commerce/alerts/ is optional to the report)."""
    if importlib.util.find_spec("commerce.alerts") is None:
        return None
    from commerce.alerts import AlertSubscription

    if not inspect(session.get_bind()).has_table(AlertSubscription.__tablename__):
        return []  # a store made before alerts existed: nobody has signed up
    start, end = period.utc_bounds()
    signups = func.count(AlertSubscription.id)
    rows = session.execute(
        select(
            Product.title,
            AlertSubscription.size_key,
            AlertSubscription.colour,
            AlertSubscription.condition,
            signups,
        )
        .join(Product, Product.id == AlertSubscription.product_id)
        .where(AlertSubscription.created_at >= start, AlertSubscription.created_at < end)
        .group_by(
            Product.title,
            AlertSubscription.size_key,
            AlertSubscription.colour,
            AlertSubscription.condition,
        )
        .order_by(signups.desc(), Product.title)
    )
    return [
        (title, size or "any", colour or "any", condition, n)
        for title, size, colour, condition, n in rows
    ]


def load_store_facts(engine: Engine, period: Period) -> tuple[frozenset[str], list[Rating]]:
    with session_scope(engine) as session:
        return placed_orders(session, period), ratings(session, period)
