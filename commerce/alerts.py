"""Opt-in alerts: "tell me when size 11 is back", "let me know if it gets cheaper".

A shopper asks for an alert in a chat; it is kept with their conversation (Rasa's sender id) and
the channel they asked on, the product (and size / colour, when they said one) and the condition.
Each alert sends at most ONE message, when its condition holds in the store:

    back_in_stock  a fitting variant has stock again
    price_drop     a fitting variant in stock costs less than when the shopper asked

Subscription states: active -> fulfilled (its message was delivered), stopped (the shopper said
stop), expired (`SHOP_ALERT_DAYS` passed), or deleted (the shopper asked to be forgotten).

Sending goes through an outbox, `alert_delivery`: one row per (subscription, change) it announces,
queued in the same transaction as the change that makes it due (`shop stock`, `shop price`, a
catalog import) or by `shop alerts send`, which then delivers each row through Rasa's HTTP API
(`POST /conversations/<sender>/trigger_intent?output_channel=<channel>`, intent `check_alerts`
with the row's key as the entity `alert_key`). Delivery states:

    pending    queued, not tried yet (or put back: Rasa unreachable, Messenger's window closed)
    sending    claimed by a run of the job, which committed the claim before calling Rasa
    delivered  the triggered action took it and said it (final)
    moot       the condition no longer held when the action ran (e.g. sold out again): said nothing
    cancelled  the alert ended before it was sent (stopped, expired)
    failed     tried MAX_ATTEMPTS times without the action taking it

Exactly once: the triggered action, not the job, marks the row delivered, in one transaction
(row locked) that first checks it is not delivered yet, and only then returns the message to Rasa.
A job that dies after claiming (before or after Rasa accepted the call) leaves the row `sending`;
the next run calls Rasa again with the same key and the action says nothing the second time. The
database itself refuses a second delivered row, or a second open one, for a subscription (partial
unique indexes). What remains: the action committed `delivered` but Rasa or the platform then
failed to pass the message on (Rasa killed in that instant, Messenger refusing the send); that
alert is lost, never doubled.

Only channels that can message a shopper first are ever sent to (PUSH_CHANNELS). Messenger lets a
page message a person only within 24 hours of their last message (message tags are for a few
documented purposes, and a sales alert is not one of them), so a Messenger alert due outside that
window waits, unsent, until the shopper writes again or the alert expires.

This module knows nothing of Rasa's Python code; it talks to Rasa's HTTP API with `requests`.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from urllib.parse import quote

import requests
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
from sqlalchemy.engine import Engine
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
    if (channel or "") not in PUSH_CHANNELS:
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


# ---------------------------------------------------------------------------------------------
# Queueing: which alerts are due now
# ---------------------------------------------------------------------------------------------


def expire_alerts(session: Session, now: datetime | None = None) -> int:
    """End the active alerts whose time is up; returns how many."""
    now = now or _now()
    ids = session.scalars(
        select(AlertSubscription.id).where(
            AlertSubscription.status == ACTIVE, AlertSubscription.expires_at <= now
        )
    ).all()
    _end(session, list(ids), EXPIRED, now)
    return len(ids)


def queue_due_alerts(session: Session, now: datetime | None = None) -> int:
    """Queue one outbox row for each active alert whose condition holds in the store now and
    that has no open row; call it in the transaction that changed stock or prices, so the
    change and its alerts commit together. Returns how many were queued."""
    now = now or _now()
    expire_alerts(session, now)
    has_open = (
        select(AlertDelivery.id)
        .where(
            AlertDelivery.subscription_id == AlertSubscription.id,
            AlertDelivery.status.in_(OPEN_DELIVERY),
        )
        .exists()
    )
    waiting = session.scalars(
        select(AlertSubscription)
        .where(AlertSubscription.status == ACTIVE, ~has_open)
        .order_by(AlertSubscription.id)
    ).all()
    queued = 0
    for subscription in waiting:
        facts = _facts_for(session, subscription)
        if not condition_holds(subscription, facts):
            continue
        session.add(
            AlertDelivery(
                subscription_id=subscription.id,
                key=uuid.uuid4().hex,
                change=_describe_change(subscription, facts),
                status=PENDING,
                queued_at=now,
            )
        )
        queued += 1
    session.flush()
    return queued


def _describe_change(subscription: AlertSubscription, facts: AlertFacts) -> str:
    if subscription.condition == BACK_IN_STOCK:
        return f"back in stock at {facts.price}"
    return f"price {subscription.price_at_signup} -> {facts.price}"


# ---------------------------------------------------------------------------------------------
# The triggered action's side: take a delivery exactly once
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Taken:
    """What the action may say for an alert key.

    outcome: "deliver" (say it: `facts`, `condition`, `was`), "already" (it was said before),
    "moot" (no longer true), "cancelled" (the alert ended), "unknown" (no such key for this
    shopper)."""

    outcome: str
    condition: str | None = None
    facts: AlertFacts | None = None
    was: Decimal | None = None  # the price when the shopper asked, for a price drop


def take_delivery(session: Session, key: str, owner: str, now: datetime | None = None) -> Taken:
    """Mark the outbox row `key` delivered if it may be said now, at most once ever. Runs with
    the row locked (SQLite: the write lock; PostgreSQL: FOR UPDATE), so two calls with the same
    key cannot both get "deliver"."""
    now = now or _now()
    delivery = session.scalar(
        select(AlertDelivery).where(AlertDelivery.key == key).with_for_update()
    )
    if delivery is None or delivery.subscription.owner != owner:
        return Taken("unknown")
    subscription = delivery.subscription
    if delivery.status == DELIVERED:
        return Taken("already", subscription.condition)
    if delivery.status in (MOOT, CANCELLED):
        return Taken(delivery.status, subscription.condition)
    if subscription.status != ACTIVE or as_utc(subscription.expires_at) <= now:
        delivery.status, delivery.finished_at = CANCELLED, now
        delivery.note = f"alert {subscription.status}"
        return Taken("cancelled", subscription.condition)
    facts = _facts_for(session, subscription)
    if not condition_holds(subscription, facts):
        delivery.status, delivery.finished_at = MOOT, now
        delivery.note = "no longer true when it was to be sent"
        return Taken("moot", subscription.condition, facts)
    delivery.status, delivery.finished_at = DELIVERED, now
    subscription.status, subscription.ended_at = FULFILLED, now
    session.flush()
    return Taken("deliver", subscription.condition, facts, subscription.price_at_signup)


# ---------------------------------------------------------------------------------------------
# Rasa's HTTP API
# ---------------------------------------------------------------------------------------------


class RasaUnavailable(Exception):
    """Rasa's HTTP API could not be reached or refused the call (wrong token, API off)."""


@dataclass(frozen=True)
class Conversation:
    """What the job needs to know about a conversation before sending into it."""

    last_shopper_message: datetime | None  # the shopper's latest own message (not an alert)
    active_loop: str | None  # a form in progress (checkout...): an alert would interrupt it


class RasaApi:
    """Rasa's HTTP API (`rasa run --enable-api --auth-token ...`), the calls the job makes."""

    def __init__(self, url: str, token: str, timeout: float = 30.0) -> None:
        self.url = url.rstrip("/")
        self.token = token
        self.timeout = timeout

    @classmethod
    def from_settings(cls, settings: AlertSettings | None = None) -> RasaApi:
        settings = settings or load_alert_settings()
        return cls(settings.rasa_url, settings.api_token)

    def conversation(self, sender: str) -> Conversation:
        state = self._call(
            "GET", f"/conversations/{_quoted(sender)}/tracker", {"include_events": "AFTER_RESTART"}
        )
        last = None
        for event in state.get("events") or []:
            external = (event.get("metadata") or {}).get("is_external") or str(
                event.get("text") or ""
            ).startswith("EXTERNAL: ")
            if event.get("event") == "user" and not external and event.get("timestamp"):
                last = datetime.fromtimestamp(float(event["timestamp"]), timezone.utc)
        loop = (state.get("active_loop") or {}).get("name")
        return Conversation(last_shopper_message=last, active_loop=loop or None)

    def trigger_alert(self, sender: str, channel: str, key: str) -> None:
        """Asks Rasa to run the alert for `key` in the conversation, answering on `channel`."""
        self._call(
            "POST",
            f"/conversations/{_quoted(sender)}/trigger_intent",
            {"output_channel": channel, "include_events": "NONE"},
            {"name": ALERT_INTENT, "entities": [{"entity": ALERT_KEY_ENTITY, "value": key}]},
        )

    def _call(self, method: str, path: str, params: dict, body: dict | None = None) -> dict:
        try:
            answer = requests.request(
                method,
                self.url + path,
                params={**params, "token": self.token},
                json=body,
                timeout=self.timeout,
            )
        except requests.RequestException as error:
            raise RasaUnavailable(f"{self.url}: {error.__class__.__name__}") from error
        if answer.status_code != 200:
            raise RasaUnavailable(f"{method} {path}: HTTP {answer.status_code} {answer.text[:200]}")
        return answer.json()


def _quoted(sender: str) -> str:
    # A path segment: "facebook:123" keeps its colon (Sanic does not decode %3A in the path, so
    # an encoded one would name another, empty conversation).
    return quote(sender, safe=":@!$&'()*+,;=")


# ---------------------------------------------------------------------------------------------
# The send job (`shop alerts send`)
# ---------------------------------------------------------------------------------------------


@dataclass
class SendReport:
    """What one run of the job did, by outcome."""

    queued: int = 0
    expired: int = 0
    delivered: int = 0
    moot: int = 0
    cancelled: int = 0
    held: int = 0  # Messenger's 24-hour window is closed; kept for when the shopper writes
    deferred: int = 0  # the shopper is in the middle of a form; next run
    failed: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [
            f"{self.queued} queued",
            f"{self.delivered} sent",
            f"{self.held} held (Messenger's 24-hour window)",
            f"{self.deferred} deferred (shopper mid-checkout)",
            f"{self.moot} no longer true",
            f"{self.cancelled} cancelled",
            f"{self.failed} failed",
            f"{self.expired} expired",
        ]
        return "Alerts: " + ", ".join(parts)


@dataclass(frozen=True)
class _Claim:
    id: int
    key: str
    owner: str
    channel: str
    attempts: int


def send_due_alerts(
    engine: Engine,
    api: RasaApi,
    now: datetime | None = None,
    on_sent: Callable[[int], None] | None = None,
) -> SendReport:
    """Queue what is due, then deliver every open outbox row once, each in its own steps:
    claim (committed), call Rasa, read back what the action did. Safe to run twice at once or
    after a crash: see the module docstring. `now` is for tests of the time rules."""
    from commerce.db import session_scope  # commerce.db imports this module for its tables

    report = SendReport()
    with session_scope(engine, writes=True) as session:
        report.expired = expire_alerts(session, now or _now())
        report.queued = queue_due_alerts(session, now or _now())
    seen: set[int] = set()
    while True:
        with session_scope(engine, writes=True) as session:
            claim = _claim_next(session, seen, now or _now())
        if claim is None:
            return report
        seen.add(claim.id)
        try:
            outcome = _deliver(api, claim, now or _now())
        except RasaUnavailable as error:
            _release(engine, claim, f"Rasa unavailable: {error}", report)
            report.problems.append(str(error))
            return report  # the next run tries again; Rasa is down for the rest too
        if outcome in (MESSENGER, "form"):
            _release(engine, claim, None, report, hold=outcome)
            continue
        with session_scope(engine, writes=True) as session:
            delivery = session.get(AlertDelivery, claim.id)
            status = delivery.status if delivery else CANCELLED
        if status == DELIVERED:
            report.delivered += 1
            if on_sent:
                on_sent(claim.id)
        elif status == MOOT:
            report.moot += 1
        elif status == CANCELLED:
            report.cancelled += 1
        else:  # Rasa answered, but the action did not take it (e.g. the model lacks the rule)
            _release(engine, claim, "Rasa ran no alert action", report)


def _claim_next(session: Session, seen: set[int], now: datetime) -> _Claim | None:
    """Claim the next open row this run has not tried: `sending` rows are a dead run's claims,
    safe to take over because the action says an alert only once."""
    query = (
        select(AlertDelivery)
        .where(AlertDelivery.status.in_(OPEN_DELIVERY))
        .order_by(AlertDelivery.id)
        .limit(1)
        .with_for_update(skip_locked=True)
    )
    if seen:
        query = query.where(AlertDelivery.id.not_in(seen))
    delivery = session.scalar(query)
    if delivery is None:
        return None
    delivery.status, delivery.claimed_at = SENDING, now
    delivery.attempts += 1
    subscription = delivery.subscription
    return _Claim(
        delivery.id, delivery.key, subscription.owner, subscription.channel, delivery.attempts
    )


def _deliver(api: RasaApi, claim: _Claim, now: datetime) -> str:
    """Send one claimed alert through Rasa, unless the channel's rules or a form stop it."""
    conversation = api.conversation(claim.owner)
    if claim.channel == MESSENGER and not within_messenger_window(
        conversation.last_shopper_message, now
    ):
        return MESSENGER
    if conversation.active_loop:
        return "form"
    api.trigger_alert(claim.owner, claim.channel, claim.key)
    return "called"


def within_messenger_window(last_shopper_message: datetime | None, now: datetime) -> bool:
    """Whether Messenger lets the page message the shopper now without a message tag."""
    return last_shopper_message is not None and now - last_shopper_message < MESSENGER_WINDOW


def _release(
    engine: Engine, claim: _Claim, problem: str | None, report: SendReport, hold: str = ""
) -> None:
    """Put a claimed row back for a later run (or give up after MAX_ATTEMPTS tries)."""
    from commerce.db import session_scope

    with session_scope(engine, writes=True) as session:
        delivery = session.get(AlertDelivery, claim.id)
        if delivery is None or delivery.status != SENDING:
            return  # the action took it after all, or the alert was stopped meanwhile
        if hold:
            delivery.attempts -= 1  # waiting for the shopper is not a failed try
            delivery.status = PENDING
            delivery.note = (
                "held: outside Messenger's 24-hour window"
                if hold == MESSENGER
                else "deferred: the shopper is in the middle of a form"
            )
            if hold == MESSENGER:
                report.held += 1
            else:
                report.deferred += 1
            return
        delivery.note = problem
        if delivery.attempts >= MAX_ATTEMPTS:
            delivery.status, delivery.finished_at = FAILED, _now()
            report.failed += 1
        else:
            delivery.status = PENDING
