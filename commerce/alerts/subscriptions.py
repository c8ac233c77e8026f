"""Alerts a shopper asked for: the tables, what is true of an alert now, and asking for one,
listing and stopping them. How they are sent once: commerce/alerts/delivery.py."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    delete,
    select,
    text,
)
from sqlalchemy.orm import Session, relationship

from commerce.config import AlertSettings, load_alert_settings
from commerce.models import Base, Money, Product, Variant, as_utc
from commerce.products import check_variant, product_details
from commerce.search import ProductQuery, VariantFacts, load_variant_facts, variant_fits

logger = logging.getLogger(__name__)

BACK_IN_STOCK = "back_in_stock"
PRICE_DROP = "price_drop"
CONDITIONS = (BACK_IN_STOCK, PRICE_DROP)

# Subscription states
ACTIVE, FULFILLED, STOPPED, EXPIRED = "active", "fulfilled", "stopped", "expired"
# Delivery (outbox) states
PENDING, SENDING, DELIVERED, MOOT, CANCELLED, FAILED = (
    "pending", "sending", "delivered", "moot", "cancelled", "failed"
)  # fmt: skip
OPEN_DELIVERY = (PENDING, SENDING)

# Rasa input channels whose output channel can message a shopper without being asked (Rasa's
# `get_output_channel()`): the web chat's socket.io, Messenger, Slack. REST and `rasa shell`
# ("cmdline") only answer the request in hand.
PUSH_CHANNELS = frozenset({"socketio", "facebook", "slack"})
MESSENGER = "facebook"
MESSENGER_WINDOW = timedelta(hours=24)
ALERT_INTENT = "check_alerts"


def can_send_alerts(channel: str | None) -> bool:
    """Whether an alert asked for on `channel` could ever reach the shopper (the one rule that
    decides both the sign-up and whether a "Notify me" button is offered there)."""
    return (channel or "") in PUSH_CHANNELS


ALERT_KEY_ENTITY = "alert_key"
MAX_ATTEMPTS = 5


def _now() -> datetime:
    return datetime.now(timezone.utc)


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------


class AlertSubscription(Base):
    """One shopper's opt-in: which product (size, colour), what to wait for, where to say it."""

    __tablename__ = "alert_subscription"

    id = Column(Integer, primary_key=True)
    owner = Column(String(255), nullable=False)  # Rasa's sender id
    channel = Column(String(64), nullable=False)  # Rasa's input channel name ("socketio", ...)
    product_id = Column(Integer, ForeignKey("product.id", ondelete="CASCADE"), nullable=False)
    size_key = Column(String(32), nullable=True)  # as search keys it ("us11"), or any size
    colour = Column(String(64), nullable=True)  # or any colour
    condition = Column(String(16), nullable=False)  # BACK_IN_STOCK or PRICE_DROP
    # The lowest fitting price when the shopper asked: a price drop means below it.
    price_at_signup = Column(Money, nullable=True)
    status = Column(String(16), nullable=False, default=ACTIVE)
    created_at = Column(DateTime(timezone=True), nullable=False, default=_now)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    ended_at = Column(DateTime(timezone=True), nullable=True)

    product = relationship("Product")

    __table_args__ = (Index("ix_alert_subscription_owner", "owner", "status"),)


class AlertDelivery(Base):
    """The outbox: one alert message to send for one change, and how far its sending got."""

    __tablename__ = "alert_delivery"

    id = Column(Integer, primary_key=True)
    subscription_id = Column(
        Integer, ForeignKey("alert_subscription.id", ondelete="CASCADE"), nullable=False
    )
    key = Column(String(64), nullable=False, unique=True)  # the idempotency key Rasa passes back
    change = Column(Text, nullable=False)  # what changed, for the shop's records
    status = Column(String(16), nullable=False, default=PENDING)
    queued_at = Column(DateTime(timezone=True), nullable=False, default=_now)
    claimed_at = Column(DateTime(timezone=True), nullable=True)
    attempts = Column(Integer, nullable=False, default=0)
    finished_at = Column(DateTime(timezone=True), nullable=True)
    note = Column(Text, nullable=True)  # why it waits or failed

    subscription = relationship("AlertSubscription")

    __table_args__ = (
        # The database's own guarantee: one open row and one delivered row per subscription.
        Index(
            "uq_alert_delivery_open",
            "subscription_id",
            unique=True,
            sqlite_where=text("status IN ('pending', 'sending')"),
            postgresql_where=text("status IN ('pending', 'sending')"),
        ),
        Index(
            "uq_alert_delivery_delivered",
            "subscription_id",
            unique=True,
            sqlite_where=text("status = 'delivered'"),
            postgresql_where=text("status = 'delivered'"),
        ),
    )


# ---------------------------------------------------------------------------------------------
# What is true now
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AlertFacts:
    """A watched product as the store has it at this moment (what an alert message says)."""

    handle: str
    title: str
    size: str | None  # the size as the catalog writes it ("US 11 / EU 44"), if one was asked for
    size_key: str | None
    colour: str | None
    colours_in_stock: tuple[str, ...]  # fitting colours with stock
    in_stock: bool  # a fitting variant has stock
    price: Decimal | None  # lowest price of the fitting variants in stock (else of all fitting)
    offered: bool  # the product is made in that size / colour at all


def current_facts(
    session: Session, handle: str, size_key: str | None = None, colour: str | None = None
) -> AlertFacts | None:
    """What the store says now about `handle` in that size and colour (None: no such product
    on sale)."""
    if size_key is None and colour is None:
        details = product_details(session, handle)
        if details is None:
            return None
        return AlertFacts(
            handle=details.handle,
            title=details.title,
            size=None,
            size_key=None,
            colour=None,
            colours_in_stock=tuple(c for c in details.stock_by_colour if c),
            in_stock=details.in_stock,
            price=_lowest_in_stock_price(session, handle) or details.price_from,
            offered=True,
        )
    check = check_variant(session, handle, size=size_key, colour=colour)
    if check is None:
        return None
    fitting = check.in_stock
    made = _fitting_variants(session, handle, size_key, colour)
    sizes = list(dict.fromkeys(v.size for v in (fitting or made) if v.size))
    return AlertFacts(
        handle=check.product.handle,
        title=check.product.title,
        size=sizes[0] if sizes and size_key else None,
        size_key=size_key,
        colour=colour,
        colours_in_stock=tuple(dict.fromkeys(v.colour for v in fitting if v.colour)),
        in_stock=bool(fitting),
        price=min(v.price for v in fitting)
        if fitting
        else min((v.price for v in made), default=None),
        offered=check.offered,
    )


def _lowest_in_stock_price(session: Session, handle: str) -> Decimal | None:
    prices = session.scalars(
        select(Variant.price)
        .join(Product)
        .where(Product.handle == handle, Variant.stock > 0)
        .order_by(Variant.price)
        .limit(1)
    ).all()
    return prices[0] if prices else None


def _fitting_variants(
    session: Session, handle: str, size_key: str | None, colour: str | None
) -> list[VariantFacts]:
    """The variants made in that size / colour, stock or not."""
    product = session.scalar(select(Product).where(Product.handle == handle))
    if product is None:
        return []
    wanted = ProductQuery(size=size_key, colour=colour)
    return [
        v
        for v in load_variant_facts(session, [product.id])[product.id]
        if variant_fits(v, wanted, False)
    ]


def condition_holds(subscription: AlertSubscription, facts: AlertFacts | None) -> bool:
    """Whether the alert's condition is true of the store now (the one place that decides)."""
    if facts is None or not facts.in_stock:
        return False
    if subscription.condition == BACK_IN_STOCK:
        return True
    return (
        subscription.price_at_signup is not None
        and facts.price is not None
        and facts.price < subscription.price_at_signup
    )


def _facts_for(session: Session, subscription: AlertSubscription) -> AlertFacts | None:
    return current_facts(
        session, subscription.product.handle, subscription.size_key, subscription.colour
    )


# ---------------------------------------------------------------------------------------------
# Asking for an alert, listing and stopping them
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignUp:
    """What asking for an alert did.

    outcome: "subscribed", "already" (the same alert exists), "in_stock_now" (nothing to wait
    for), "not_made" (no such size/colour), "no_product", "cannot_push" (this channel cannot
    message first; nothing stored)."""

    outcome: str
    condition: str
    facts: AlertFacts | None = None
    subscription_id: int | None = None
    expires_at: datetime | None = None


def subscribe(
    session: Session,
    owner: str,
    channel: str | None,
    handle: str,
    condition: str,
    size_key: str | None = None,
    colour: str | None = None,
    now: datetime | None = None,
    settings: AlertSettings | None = None,
) -> SignUp:
    """Record an explicit opt-in for one alert, if it can ever be sent and is not already met."""
    if condition not in CONDITIONS:
        raise ValueError(f"unknown alert condition {condition!r}")
    now = now or _now()
    settings = settings or load_alert_settings()
    facts = current_facts(session, handle, size_key, colour)
    if facts is None:
        return SignUp("no_product", condition)
    if not facts.offered:
        return SignUp("not_made", condition, facts)
    if not can_send_alerts(channel):
        return SignUp("cannot_push", condition, facts)
    if condition == BACK_IN_STOCK and facts.in_stock:
        return SignUp("in_stock_now", condition, facts)
    product = session.scalar(select(Product).where(Product.handle == facts.handle))
    existing = session.scalar(
        select(AlertSubscription).where(
            AlertSubscription.owner == owner,
            AlertSubscription.status == ACTIVE,
            AlertSubscription.product_id == product.id,
            AlertSubscription.condition == condition,
            _same(AlertSubscription.size_key, size_key),
            _same(AlertSubscription.colour, colour),
        )
    )
    if existing is not None:
        return SignUp(
            "already", condition, facts, existing.id, as_utc(existing.expires_at)
        )  # fmt: skip
    subscription = AlertSubscription(
        owner=owner,
        channel=channel,
        product_id=product.id,
        size_key=size_key,
        colour=colour,
        condition=condition,
        price_at_signup=facts.price,
        status=ACTIVE,
        created_at=now,
        expires_at=now + timedelta(days=settings.days),
    )
    session.add(subscription)
    session.flush()
    return SignUp("subscribed", condition, facts, subscription.id, subscription.expires_at)


def _same(column, value):
    return column.is_(None) if value is None else column == value


@dataclass(frozen=True)
class AlertView:
    """An active alert as the shopper sees it in a list."""

    id: int
    condition: str
    handle: str
    title: str
    size_key: str | None
    size: str | None  # as the catalog writes it ("US 11 / EU 44")
    colour: str | None
    price_at_signup: Decimal | None
    expires_at: datetime


def active_alerts(session: Session, owner: str, now: datetime | None = None) -> list[AlertView]:
    """The shopper's alerts that can still fire, oldest first."""
    now = now or _now()
    rows = session.scalars(
        select(AlertSubscription)
        .where(AlertSubscription.owner == owner, AlertSubscription.status == ACTIVE)
        .order_by(AlertSubscription.id)
    ).all()
    return [
        AlertView(
            id=row.id,
            condition=row.condition,
            handle=row.product.handle,
            title=row.product.title,
            size_key=row.size_key,
            size=_size_label(session, row),
            colour=row.colour,
            price_at_signup=row.price_at_signup,
            expires_at=as_utc(row.expires_at),
        )
        for row in rows
        if as_utc(row.expires_at) > now
    ]


def _size_label(session: Session, subscription: AlertSubscription) -> str | None:
    if not subscription.size_key:
        return None
    made = _fitting_variants(
        session, subscription.product.handle, subscription.size_key, subscription.colour
    )
    return next((v.size for v in made if v.size), None)


def stop_alerts(
    session: Session,
    owner: str,
    alert_ids: list[int] | None = None,
    handle: str | None = None,
    now: datetime | None = None,
) -> list[AlertView]:
    """End the shopper's active alerts: those with `alert_ids`, or on `handle`, or all of them
    when neither is given. Their unsent messages are cancelled. Returns what was stopped; only
    this shopper's alerts are ever touched."""
    now = now or _now()
    chosen = [
        alert
        for alert in active_alerts(session, owner, now)
        if (alert_ids is None or alert.id in alert_ids)
        and (handle is None or alert.handle == handle)
    ]
    _end(session, [alert.id for alert in chosen], STOPPED, now)
    return chosen


def _end(session: Session, subscription_ids: list[int], status: str, now: datetime) -> None:
    if not subscription_ids:
        return
    for subscription in session.scalars(
        select(AlertSubscription).where(AlertSubscription.id.in_(subscription_ids))
    ):
        subscription.status = status
        subscription.ended_at = now
    for delivery in session.scalars(
        select(AlertDelivery).where(
            AlertDelivery.subscription_id.in_(subscription_ids),
            AlertDelivery.status.in_(OPEN_DELIVERY),
        )
    ):
        delivery.status = CANCELLED
        delivery.finished_at = now
        delivery.note = f"alert {status}"
    session.flush()


def erase_alerts_for(session: Session, owner: str) -> int:
    """Delete every alert of `owner` (any state) and its outbox rows: for "forget me". Returns
    how many alerts were deleted; nobody else's are touched."""
    ids = session.scalars(
        select(AlertSubscription.id).where(AlertSubscription.owner == owner)
    ).all()
    if not ids:
        return 0
    session.execute(delete(AlertDelivery).where(AlertDelivery.subscription_id.in_(ids)))
    session.execute(delete(AlertSubscription).where(AlertSubscription.id.in_(ids)))
    session.flush()
    return len(ids)
