"""Sending alerts exactly once: which are due now (queued in the same transaction as the change),
the triggered action's side (take a delivery once), Rasa's HTTP API, and the send job
(`shop alerts send`). The states and the reasoning are in commerce/alerts/__init__.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal
from urllib.parse import quote

import requests
from sqlalchemy import (
    select,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from commerce.alerts.subscriptions import (
    ACTIVE,
    ALERT_INTENT,
    ALERT_KEY_ENTITY,
    BACK_IN_STOCK,
    CANCELLED,
    DELIVERED,
    EXPIRED,
    FAILED,
    FULFILLED,
    MAX_ATTEMPTS,
    MESSENGER,
    MESSENGER_WINDOW,
    MOOT,
    OPEN_DELIVERY,
    PENDING,
    SENDING,
    AlertDelivery,
    AlertFacts,
    AlertSubscription,
    _end,
    _facts_for,
    _now,
    condition_holds,
)
from commerce.config import AlertSettings, load_alert_settings
from commerce.models import as_utc

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
    from commerce.db import (
        session_scope,  # commerce.db imports this module for its tables
    )

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
