"""Handoffs to a person on the shop's team: what is kept, when people answer, what they are told.

A handoff starts when the shopper asks for a person, complains, or the bot misunderstands twice.
It lives in the store's database, so it survives any restart, and moves through these states:

    waiting      the bot has handed over; no person has answered yet
    with_agent   a person has answered; the bot stays silent
    handed_back  the person gave the conversation back to the bot
    closed       ended without handing back (e.g. the shopper started over)

A conversation has at most one handoff that is waiting or with an agent. This module knows
nothing of Rasa or Slack: the action, the agents' Slack channel and the channels call into it.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Boolean, Column, DateTime, Index, Integer, String, Text, select
from sqlalchemy.orm import Session

from commerce.config import HandoffSettings, load_settings
from commerce.models import Base, CartItem, Order, Product, Variant
from commerce.order_rules import describe_status

logger = logging.getLogger(__name__)

WAITING = "waiting"
WITH_AGENT = "with_agent"
HANDED_BACK = "handed_back"
CLOSED = "closed"
ACTIVE_STATES = (WAITING, WITH_AGENT)

# Why the bot handed over, in the words the agents see.
REASONS = {
    "asked": "asked for a person",
    "complaint": "is unhappy (complaint)",
    "misunderstood": "was misunderstood twice in a row",
}
# The reason, from the intent of the message that made the bot hand over (data/rules/handoff.yml).
REASON_BY_INTENT = {
    "request_human": "asked",
    "complaint": "complaint",
    "nlu_fallback": "misunderstood",
}

DEFAULT_AGENT_HOURS = "Mon-Sat 09:00-18:00"
TRANSCRIPT_LINES = 40  # the most recent lines; agents can scroll the shop's analytics for more
TRANSCRIPT_LINE_CHARS = 500  # one pasted essay must not push the rest out of the agents' view


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _as_utc(moment: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; every stored moment is UTC.
    if moment is None or moment.tzinfo:
        return moment
    return moment.replace(tzinfo=timezone.utc)


class Handoff(Base):
    """One conversation handed to a person: its thread in the agents' channel and its state."""

    __tablename__ = "handoff"

    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(255), nullable=False)  # Rasa's sender id
    # The Rasa input channel the shopper talks on ("facebook", "slack", "socketio", "rest"), and
    # what it needs to reach them again (JSON, e.g. Slack's channel id), so a person's answer goes
    # back where the shopper is.
    shopper_channel = Column(String(64), nullable=False)
    shopper_address = Column(Text, nullable=False, default="{}")
    reason = Column(String(32), nullable=False)
    state = Column(String(16), nullable=False, default=WAITING)
    transcript = Column(Text, nullable=False, default="")
    context = Column(Text, nullable=False, default="")
    # Out of hours the bot takes a message and says when a person will answer (`answer_from`).
    out_of_hours = Column(Boolean, nullable=False, default=False)
    answer_from = Column(DateTime(timezone=True), nullable=True)
    message_taken_at = Column(DateTime(timezone=True), nullable=True)
    # The agents' Slack channel and the thread of this handoff (Slack's message "ts").
    agent_channel = Column(String(64), nullable=True)
    agent_thread_ts = Column(String(32), nullable=True)
    agent_user = Column(String(64), nullable=True)  # who answered last (Slack user id)
    created_at = Column(DateTime(timezone=True), nullable=False, default=_now)
    updated_at = Column(DateTime(timezone=True), nullable=False, default=_now, onupdate=_now)
    ended_at = Column(DateTime(timezone=True), nullable=True)

    __table_args__ = (
        Index("ix_handoff_conversation_state", "conversation_id", "state"),
        Index("ix_handoff_thread", "agent_channel", "agent_thread_ts"),
    )

    @property
    def is_active(self) -> bool:
        return self.state in ACTIVE_STATES

    @property
    def address(self) -> dict:
        """What the shopper's channel needs to reach them again (may be empty)."""
        try:
            value = json.loads(self.shopper_address or "{}")
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    @property
    def reason_text(self) -> str:
        return REASONS.get(self.reason, self.reason)

    @property
    def answer_from_utc(self) -> datetime | None:
        return _as_utc(self.answer_from)


# -- Business hours --------------------------------------------------------------------------

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MINUTES_PER_DAY = 24 * 60
_MINUTES_PER_WEEK = 7 * _MINUTES_PER_DAY
_DASHES = re.compile(r"\s*[-–—]\s*")
_COMMAS = re.compile(r"\s*,\s*")
_TIME_RANGE = re.compile(r"^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$")


@dataclass(frozen=True)
class BusinessHours:
    """When people on the team answer: weekly windows in the shop's time zone.

    Written like "Mon-Fri 09:00-18:00; Sat 10:00-14:00" (groups separated by ";", days by ",",
    several windows a day by ","), "Mon-Fri 09:00-12:00,13:00-17:00", or "24/7". A window may run
    past midnight ("Fri 20:00-02:00").
    """

    spec: str
    zone: ZoneInfo
    # (start, end) in minutes from Monday 00:00; end may exceed one week for Sunday-night windows.
    windows: tuple[tuple[int, int], ...]

    @classmethod
    def parse(cls, spec: str, zone_name: str = "UTC") -> BusinessHours:
        """Parse `spec`; raises ValueError naming what is wrong with it or with `zone_name`."""
        try:
            zone = ZoneInfo(zone_name)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ValueError(f"unknown time zone {zone_name!r}") from error
        text = _COMMAS.sub(",", _DASHES.sub("-", spec.strip()))
        if text.lower() in ("24/7", "always"):
            return cls(spec, zone, ((0, _MINUTES_PER_WEEK),))
        windows: list[tuple[int, int]] = []
        for group in filter(None, (part.strip() for part in text.split(";"))):
            days_part, _, times_part = group.partition(" ")
            if not times_part.strip():
                raise ValueError(f"{group!r}: expected days and times, e.g. 'Mon-Fri 09:00-18:00'")
            days = _parse_days(days_part)
            for time_range in re.split(r"[,\s]+", times_part.strip()):
                start, end = _parse_time_range(time_range)
                windows.extend(
                    (day * _MINUTES_PER_DAY + start, day * _MINUTES_PER_DAY + end) for day in days
                )
        if not windows:
            raise ValueError("no opening hours given")
        return cls(spec, zone, tuple(sorted(windows)))

    def is_open(self, moment: datetime) -> bool:
        """Whether a person is meant to be there at `moment` (an aware datetime)."""
        minute = self._minute_of_week(moment)
        return any(
            start <= minute < end or start <= minute + _MINUTES_PER_WEEK < end
            for start, end in self.windows
        )

    def next_opening(self, moment: datetime) -> datetime | None:
        """When people are next there after `moment`, in the shop's time zone; None if open now."""
        if self.is_open(moment):
            return None
        local = moment.astimezone(self.zone)
        minute = self._minute_of_week(moment)
        wait = min((start - minute) % _MINUTES_PER_WEEK for start, _ in self.windows)
        # Walk the wall clock, not UTC: "09:00" stays 09:00 across a daylight-saving change.
        day = local.date() + timedelta(
            days=(local.hour * 60 + local.minute + wait) // _MINUTES_PER_DAY
        )
        at = (minute + wait) % _MINUTES_PER_DAY
        return datetime.combine(day, time(at // 60, at % 60), tzinfo=self.zone)

    def describe(self, opening: datetime, now: datetime) -> str:
        """`opening` as a shopper reads it: "today at 09:00 (UTC)", "on Monday at 09:00 (...)"."""
        local = opening.astimezone(self.zone)
        days = (local.date() - now.astimezone(self.zone).date()).days
        if days == 0:
            day = "today"
        elif days == 1:
            day = "tomorrow"
        elif days < 7:
            day = f"on {local:%A}"
        else:
            day = f"on {local:%A %-d %B}"
        zone = "UTC" if self.zone.key in ("UTC", "Etc/UTC") else f"{self.zone.key} time"
        return f"{day} at {local:%H:%M} ({zone})"

    def _minute_of_week(self, moment: datetime) -> int:
        local = moment.astimezone(self.zone)
        return local.weekday() * _MINUTES_PER_DAY + local.hour * 60 + local.minute


def _parse_days(text: str) -> list[int]:
    days: list[int] = []
    for item in filter(None, text.split(",")):
        first, _, last = item.partition("-")
        start, end = _day_index(first), _day_index(last or first)
        days.extend((start + offset) % 7 for offset in range((end - start) % 7 + 1))
    if not days:
        raise ValueError(f"{text!r}: no days")
    return days


def _day_index(name: str) -> int:
    word = name.strip().lower().rstrip(".")
    for index, day in enumerate(_DAYS):
        if len(word) >= 2 and day.startswith(word):
            return index
    raise ValueError(f"{name!r} is not a day (Mon, Tue, ... or Monday, ...)")


def _parse_time_range(text: str) -> tuple[int, int]:
    found = _TIME_RANGE.match(text)
    if not found:
        raise ValueError(f"{text!r}: expected a time range like 09:00-18:00")
    start_hour, start_minute, end_hour, end_minute = (int(part) for part in found.groups())
    if start_hour > 23 or end_hour > 24 or start_minute > 59 or end_minute > 59:
        raise ValueError(f"{text!r}: not a time of day")
    if end_hour == 24 and end_minute:
        raise ValueError(f"{text!r}: a day ends at 24:00")
    start, end = start_hour * 60 + start_minute, end_hour * 60 + end_minute
    if end == start:
        raise ValueError(f"{text!r}: an empty window")
    # "20:00-02:00" ends the next morning.
    return start, end if end > start else end + _MINUTES_PER_DAY


def business_hours(settings: HandoffSettings) -> BusinessHours:
    """The configured hours; a setting that does not parse is logged and the default used, so a
    typo never stops handoffs (nor makes the bot promise a person at 3 a.m.)."""
    try:
        zone = ZoneInfo(settings.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        logger.error("SHOP_TIMEZONE=%r is not a time zone; using UTC", settings.timezone)
        zone = ZoneInfo("UTC")
    try:
        return BusinessHours.parse(settings.agent_hours, zone.key)
    except ValueError as problem:
        logger.error(
            "SHOP_AGENT_HOURS=%r: %s; using %r", settings.agent_hours, problem, DEFAULT_AGENT_HOURS
        )
        return BusinessHours.parse(DEFAULT_AGENT_HOURS, zone.key)


# -- What the agents are told ----------------------------------------------------------------


@dataclass(frozen=True)
class TranscriptLine:
    """One message of the conversation: who said it ("Shopper", "Bot", "Agent") and what."""

    speaker: str
    text: str


def transcript_text(
    lines: Sequence[TranscriptLine],
    max_lines: int = TRANSCRIPT_LINES,
    max_chars: int = TRANSCRIPT_LINE_CHARS,
) -> str:
    """The conversation as plain text, most recent `max_lines` lines, long messages shortened."""
    shown = [line for line in lines if line.text.strip()]
    omitted = max(len(shown) - max_lines, 0)
    out = [f"({omitted} earlier messages not shown)"] if omitted else []
    for line in shown[omitted:]:
        text = " ".join(line.text.split())
        if len(text) > max_chars:
            text = text[: max_chars - 1] + "…"
        out.append(f"{line.speaker}: {text}")
    return "\n".join(out)


@dataclass(frozen=True)
class ShopperContext:
    """What the bot knows about the shopper's visit, for the person taking over."""

    viewed: tuple[str, ...] = ()  # products whose details the shopper saw, most recent last
    cart: tuple[str, ...] = ()  # "2 × Windsor Patent Oxford (US 10 / EU 43, Black)"
    order: str | None = None  # "HL-7KQ2XM: awaiting payment, total $151.20"

    def text(self) -> str:
        """One line per fact; says so when the bot knows nothing."""
        lines = []
        if self.viewed:
            lines.append("Viewed: " + "; ".join(self.viewed))
        if self.cart:
            lines.append("Cart: " + "; ".join(self.cart))
        if self.order:
            lines.append("Order in question: " + self.order)
        return "\n".join(lines) or "No products viewed, empty cart, no order."


def shopper_context(
    session: Session, owner: str, viewed_handles: Iterable[str], order_number: str | None
) -> ShopperContext:
    """The products the shopper looked at (last five), their cart, and the order in question.

    `order_number` comes from the conversation: the bot only remembers an order the shopper placed
    or proved with its email, so the agent may see it.
    """
    settings = load_settings()
    handles = list(dict.fromkeys(handle for handle in viewed_handles if handle))[-5:]
    titles = dict(
        session.execute(
            select(Product.handle, Product.title).where(Product.handle.in_(handles))
        ).all()
    )
    viewed = tuple(titles[handle] for handle in handles if handle in titles)
    cart = tuple(
        f"{quantity} × {title} ({', '.join(filter(None, (size, colour))) or 'one size'})"
        for quantity, title, size, colour in session.execute(
            select(CartItem.quantity, Product.title, Variant.size, Variant.colour)
            .join(Variant, CartItem.variant_id == Variant.id)
            .join(Product, Variant.product_id == Product.id)
            .where(CartItem.owner == owner)
            .order_by(CartItem.added_at)
        )
    )
    order_text = None
    if order_number:
        order = session.scalars(select(Order).where(Order.number == order_number)).first()
        if order is not None:
            status = describe_status(order.status, for_agent=True)
            order_text = f"{order.number}: {status}, total {settings.currency_symbol}{order.total}"
    return ShopperContext(viewed=viewed, cart=cart, order=order_text)


# -- The handoff's life ----------------------------------------------------------------------


def active_handoff(session: Session, conversation_id: str) -> Handoff | None:
    """The conversation's handoff that is waiting or with an agent, if any."""
    return session.scalars(
        select(Handoff)
        .where(Handoff.conversation_id == conversation_id, Handoff.state.in_(ACTIVE_STATES))
        .order_by(Handoff.id.desc())
    ).first()


def handoff_in_thread(session: Session, agent_channel: str, thread_ts: str) -> Handoff | None:
    """The handoff whose thread in the agents' channel starts with message `thread_ts`."""
    return session.scalars(
        select(Handoff).where(
            Handoff.agent_channel == agent_channel, Handoff.agent_thread_ts == thread_ts
        )
    ).first()


def new_handoff(
    *,
    conversation_id: str,
    shopper_channel: str,
    shopper_address: dict | None,
    reason: str,
    transcript: str,
    context: str,
    hours: BusinessHours,
    now: datetime | None = None,
) -> Handoff:
    """A handoff, not yet saved: the caller tells the agents first and then adds it to the session,
    so no handoff is kept that nobody was told about."""
    if reason not in REASONS:
        raise ValueError(f"unknown handoff reason {reason!r}")
    now = now or _now()
    opening = hours.next_opening(now)
    return Handoff(
        conversation_id=conversation_id,
        shopper_channel=shopper_channel or "unknown",
        shopper_address=json.dumps(shopper_address or {}),
        reason=reason,
        state=WAITING,
        transcript=transcript,
        context=context,
        out_of_hours=opening is not None,
        answer_from=opening.astimezone(timezone.utc) if opening else None,
        created_at=now,
        updated_at=now,
    )


def agent_answered(handoff: Handoff, agent_user: str, now: datetime | None = None) -> bool:
    """A person answered in the thread; False (and nothing changes) if the handoff has ended."""
    if not handoff.is_active:
        return False
    handoff.state = WITH_AGENT
    handoff.agent_user = agent_user
    handoff.updated_at = now or _now()
    return True


def take_message(handoff: Handoff, now: datetime | None = None) -> bool:
    """Out of hours: the shopper's first message after the handover is their message for the
    team. True only that first time (the shopper is thanked once, not for every line)."""
    if not (handoff.is_active and handoff.out_of_hours) or handoff.message_taken_at is not None:
        return False
    handoff.message_taken_at = now or _now()
    return True


def hand_back(handoff: Handoff, agent_user: str | None, now: datetime | None = None) -> bool:
    """The person gives the conversation back to the bot; False if it was no longer theirs
    (a double tap on the button hands back once)."""
    return _end(handoff, HANDED_BACK, agent_user, now)


def close(handoff: Handoff, now: datetime | None = None) -> bool:
    """End the handoff without handing back (the shopper started over); False if already ended."""
    return _end(handoff, CLOSED, None, now)


def _end(handoff: Handoff, state: str, agent_user: str | None, now: datetime | None) -> bool:
    if not handoff.is_active:
        return False
    now = now or _now()
    handoff.state = state
    handoff.agent_user = agent_user or handoff.agent_user
    handoff.updated_at = now
    handoff.ended_at = now
    return True
