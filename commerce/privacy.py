"""What the shop keeps about a shopper, and forgetting it: the remembered details alone ("forget
my details"), or everything ("forget me", and the shop owner's `shop customer erase EMAIL`).

A shopper who said yes to "Shall I remember your name, email and address?" has a `customer` row
(its existence is the consent). Erasing a shopper deletes their profile (commerce/profiles.py),
remembered details, cart, alert sign-ups, hand-over transcripts and their conversations in Rasa's
tracker store, and anonymises their orders and ratings: the shop keeps those for its accounts, with
no name, email, address or channel identity left in them.

The tracker store is Rasa's table `events` (SQLTrackerStore), reached through
`Settings.tracker_store_url`; this module reads and deletes its rows without importing Rasa.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import delete, func, inspect, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from commerce.alerts import AlertSubscription, active_alerts, erase_alerts_for
from commerce.cart import cart_items
from commerce.config import AlertSettings, HandoffSettings, Settings
from commerce.conversation_store import EVENTS, OUTBOX, tracker_store_engine
from commerce.handoff import Handoff
from commerce.models import CartItem, Customer, Feedback, Order, as_utc
from commerce.orders import Contact, forget_contact, saved_contact
from commerce.profiles import KnownSize, Taste, erase_profile, known_sizes, linked_owners, tastes

# --- forgetting the remembered checkout details ---------------------------------------------------


@dataclass(frozen=True)
class Forgotten:
    """What forgetting a shopper did: whether remembered details were deleted, and how many of
    their orders (with the details given for them) are kept."""

    details_deleted: bool
    orders_kept: int


def forget_shopper_details(session: Session, owner: str) -> Forgotten:
    """Delete the checkout details `owner` agreed to have remembered (name, email, address and
    the consent itself); nobody else's. Their orders stay."""
    deleted = forget_contact(session, owner)
    session.flush()
    orders = session.scalar(select(func.count()).select_from(Order).where(Order.owner == owner))
    return Forgotten(details_deleted=deleted, orders_kept=int(orders or 0))


# --- what is kept ---------------------------------------------------------------------------------

# The details a shopper may have remembered for a one-tap checkout (`Contact`: name, email and
# address); nothing else they type is asked for or remembered (no phone number, no card).
REMEMBERED_DETAILS: tuple[str, ...] = tuple(field.name for field in fields(Contact))


@dataclass(frozen=True)
class CartLine:
    title: str
    options: str  # "US 10 / EU 43, Black"
    quantity: int


@dataclass(frozen=True)
class OrderFacts:
    number: str
    status: str
    placed_at: datetime
    total: Decimal
    titles: tuple[str, ...]


@dataclass(frozen=True)
class KeptAbout:
    """Everything the shop's store holds about one shopper (their linked channels included)."""

    sizes: dict[str, KnownSize]
    tastes: list[Taste]
    contact: Contact | None  # the details they agreed to have remembered
    cart: list[CartLine]
    orders: list[OrderFacts]
    alerts: list[str]  # the products of their active alerts ("Windsor Patent Oxford")
    ratings: int  # how many ratings of the bot they gave
    channels: int  # how many channel identities are this one shopper

    @property
    def has_profile(self) -> bool:
        return bool(self.sizes or self.tastes)


def what_is_kept(session: Session, owner: str) -> KeptAbout:
    """What is stored about `owner` right now, read from the store."""
    owners = linked_owners(session, owner)
    orders = session.scalars(
        select(Order).where(Order.owner.in_(owners)).order_by(Order.placed_at, Order.id)
    ).all()
    ratings = session.scalar(
        select(func.count())
        .select_from(Feedback)
        .where(Feedback.owner.in_(owners), Feedback.rating.is_not(None))
    )
    return KeptAbout(
        sizes=known_sizes(session, owner),
        tastes=tastes(session, owner),
        contact=saved_contact(session, owner),
        cart=[
            CartLine(
                item.variant.product.title,
                ", ".join(part for part in (item.variant.size, item.variant.colour) if part),
                item.quantity,
            )
            for item in cart_items(session, owner)
        ],
        orders=[
            OrderFacts(
                o.number,
                o.status,
                as_utc(o.placed_at),
                o.total,
                tuple(line.title for line in o.lines),
            )  # fmt: skip
            for o in orders
        ],
        alerts=[alert.title for o in owners for alert in active_alerts(session, o)],
        ratings=int(ratings or 0),
        channels=len(owners),
    )


# --- what leaves the shop, and to whom -----------------------------------------------------------


@dataclass(frozen=True)
class DataSharing:
    """Where a shopper's data goes besides the shop's own store, read from the settings: the facts
    behind "do you give my data to other companies?". Nothing in this project sends anything to
    advertisers or analytics companies; these are the only ways out."""

    payment_page_host: str  # the payment page an order's link opens ("pay.harbourlane.example")
    payment_page_gets_total: bool  # the link carries the total as well as the order number
    agents_on_slack: bool  # asking for a person shows the conversation to the team in Slack
    alert_days: int  # an alert sign-up ends this many days after it was asked for


def data_sharing(
    settings: Settings, handoff: HandoffSettings, alerts: AlertSettings
) -> DataSharing:
    """What the configured shop passes on, and to whom."""
    template = settings.payment_url_template
    return DataSharing(
        payment_page_host=urlsplit(template).hostname or template,
        payment_page_gets_total="{total}" in template,
        agents_on_slack=handoff.agent_desk_configured,
        alert_days=alerts.days,
    )


# --- erasing a shopper ----------------------------------------------------------------------------

# Erasers for data other skills keep about a shopper, besides the alert sign-ups erased below: each
# takes the session and the shopper's channel identities and returns how many rows it erased. A
# skill that stores anything new keyed by a shopper registers its eraser here, so "forget me"
# reaches it.
OTHER_ERASERS: list[Callable[[Session, list[str]], int]] = []

ERASED_OWNER_PREFIX = "erased:"  # + a random token: an anonymised order belongs to nobody


@dataclass(frozen=True)
class Erased:
    """What erasing a shopper did, by kind of data (row counts)."""

    owners: tuple[str, ...]
    profile: int = 0
    details: int = 0
    cart: int = 0
    alert_signups: int = 0
    handoffs: int = 0
    ratings_anonymised: int = 0
    orders_anonymised: int = 0
    conversation_events: int = 0


def owners_of_email(session: Session, email: str) -> list[str]:
    """Every channel identity that gave `email`: on an order or as remembered details, and the
    channels linked to those (the shop owner's erasure and export requests come by email)."""
    email = email.strip().lower()
    found = set(session.scalars(select(Order.owner).where(func.lower(Order.email) == email)))
    found |= set(session.scalars(select(Customer.owner).where(func.lower(Customer.email) == email)))
    for owner in list(found):
        found.update(linked_owners(session, owner))
    return sorted(found)


def erase_shopper(session: Session, owners: Iterable[str]) -> Erased:
    """Erase these channel identities from the store: profile, remembered details, cart, alert
    sign-ups and hand-over transcripts are deleted; orders and ratings are kept with nothing
    left that leads to the person. Rasa's conversations are `erase_conversations`."""
    owners = sorted(set(owners))
    details = session.execute(delete(Customer).where(Customer.owner.in_(owners))).rowcount
    cart = session.execute(delete(CartItem).where(CartItem.owner.in_(owners))).rowcount
    handoffs = session.execute(delete(Handoff).where(Handoff.conversation_id.in_(owners))).rowcount
    alerts = sum(erase_alerts_for(session, owner) for owner in owners)
    for eraser in OTHER_ERASERS:
        eraser(session, owners)
    ratings = 0
    for rating in session.scalars(select(Feedback).where(Feedback.owner.in_(owners))):
        rating.owner = ERASED_OWNER_PREFIX + secrets.token_hex(8)
        rating.comment = None  # free text: it may name the person
        ratings += 1
    orders = 0
    for order in session.scalars(select(Order).where(Order.owner.in_(owners))):
        _anonymise(order)
        orders += 1
    profile = erase_profile(session, owners)
    session.flush()
    return Erased(
        owners=tuple(owners), profile=profile, details=details or 0, cart=cart or 0,
        alert_signups=alerts, handoffs=handoffs or 0, ratings_anonymised=ratings,
        orders_anonymised=orders,
    )  # fmt: skip


def _anonymise(order: Order) -> None:
    """Keep what the shop's accounts need (lines, amounts, dates, state); drop who it was."""
    order.owner = ERASED_OWNER_PREFIX + secrets.token_hex(8)
    order.name = ""
    order.email = ""
    order.address = ""
    for request in order.returns:
        request.reason = ""  # free text: it may name the person
    # An order's idempotency key came from the shopper's chat; it leads nowhere, but goes too.
    order.idempotency_key = ERASED_OWNER_PREFIX + secrets.token_hex(16)


# --- conversations in Rasa's tracker store --------------------------------------------------------


# Rasa's SQLTrackerStore table, as Rasa 3.6 creates it (rasa/core/tracker_store.py).
def _tracker_engine(tracker_store_url: str) -> Engine | None:
    """The tracker store's engine, or None when it holds no conversations yet."""
    engine = tracker_store_engine(tracker_store_url)
    return engine if inspect(engine).has_table(EVENTS.name) else None


def conversation_events(tracker_store_url: str, owners: Iterable[str]) -> list[dict[str, Any]]:
    """Every event Rasa stored for these channel identities, oldest first (JSON-able)."""
    import json

    engine = _tracker_engine(tracker_store_url)
    if engine is None:
        return []
    with engine.connect() as connection:
        rows = connection.execute(
            select(EVENTS.c.sender_id, EVENTS.c.data)
            .where(EVENTS.c.sender_id.in_(list(owners)))
            .order_by(EVENTS.c.id)
        )
        return [{"conversation": sender, **json.loads(data or "{}")} for sender, data in rows]


def erase_conversations(
    tracker_store_url: str, owners: Iterable[str], up_to_id: int | None = None
) -> int:
    """Delete every event Rasa stored for these channel identities (those up to `up_to_id` if
    given); returns how many."""
    engine = _tracker_engine(tracker_store_url)
    if engine is None:
        return 0
    owners = list(owners)
    statement = delete(EVENTS).where(EVENTS.c.sender_id.in_(owners))
    if up_to_id is not None:
        statement = statement.where(EVENTS.c.id <= up_to_id)
    with engine.begin() as connection:
        erased = connection.execute(statement).rowcount or 0
        if inspect(connection).has_table(OUTBOX.name):
            # Events waiting for RabbitMQ (it was down) must not be published after erasure.
            connection.execute(delete(OUTBOX).where(OUTBOX.c.sender_id.in_(owners)))
        return erased


def erase_conversation_after_turn(
    tracker_store_url: str,
    owner: str,
    action_name: str,
    timeout: float = 60.0,
    poll_seconds: float = 0.05,
) -> int:
    """Erase `owner`'s conversation once Rasa has saved the turn in which `action_name` ran.

    Rasa writes a turn's events after its actions have run, in one transaction, and writes back
    every event of the session it holds in memory when the rows are gone; so rows deleted by the
    action itself come back. Once the action's own event is in the table, the whole turn is, and
    deleting every row up to it leaves nothing. Returns the number of rows deleted (0 if the turn
    never showed up within `timeout` seconds).
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        engine = _tracker_engine(tracker_store_url)
        if engine is not None:
            with engine.connect() as connection:
                marker = connection.scalar(
                    select(func.max(EVENTS.c.id)).where(
                        EVENTS.c.sender_id == owner, EVENTS.c.action_name == action_name
                    )
                )
                last = connection.scalar(
                    select(func.max(EVENTS.c.id)).where(EVENTS.c.sender_id == owner)
                )
            if marker is not None:
                return erase_conversations(tracker_store_url, [owner], up_to_id=last)
        time.sleep(poll_seconds)
    return 0


# --- the shop owner's export ----------------------------------------------------------------------


def export_shopper(session: Session, tracker_store_url: str, email: str) -> dict[str, Any]:
    """Everything stored about the shopper who gave `email`, JSON-able: channels, profile,
    remembered details, cart, orders and conversations."""
    owners = owners_of_email(session, email)
    per_channel = []
    for owner in owners:
        kept = what_is_kept(session, owner)
        contact = kept.contact
        per_channel.append({
            "channel_identity": owner,
            "sizes": {
                kind: {"size": size.size_key, "source": size.source,
                       "since": size.when.isoformat(), "order": size.order_number}
                for kind, size in kept.sizes.items()
            },
            "colours_and_styles": [
                {"kind": t.facet, "value": t.value, "times_asked": t.times} for t in kept.tastes
            ],
            "remembered_details": (
                {"name": contact.name, "email": contact.email, "address": contact.address}
                if contact else None
            ),
            "cart": [
                {"product": line.title, "options": line.options, "quantity": line.quantity}
                for line in kept.cart
            ],
        })  # fmt: skip
    orders = session.scalars(
        select(Order).where(Order.owner.in_(owners)).order_by(Order.placed_at, Order.id)
    ).all()
    return {
        "email": email.strip().lower(),
        "channel_identities": owners,
        "profiles": per_channel,
        "orders": [_order_json(order) for order in orders],
        "ratings": [
            {
                "rating": f.rating,
                "comment": f.comment,
                "topic": f.topic,
                "asked_at": as_utc(f.asked_at).isoformat(),
            }
            for f in session.scalars(select(Feedback).where(Feedback.owner.in_(owners)))
        ],  # fmt: skip
        "alerts": [
            {
                "product": a.product.title,
                "size": a.size_key,
                "colour": a.colour,
                "condition": a.condition,
                "status": a.status,
                "created_at": as_utc(a.created_at).isoformat(),
            }
            for a in session.scalars(
                select(AlertSubscription).where(AlertSubscription.owner.in_(owners))
            )
        ],
        "conversations": conversation_events(tracker_store_url, owners),
    }


def _order_json(order: Order) -> dict[str, Any]:
    return {
        "number": order.number,
        "channel_identity": order.owner,
        "status": order.status,
        "placed_at": as_utc(order.placed_at).isoformat(),
        "name": order.name,
        "email": order.email,
        "address": order.address,
        "shipping_method": order.shipping_method,
        "lines": [
            {
                "product": line.title,
                "size": line.size,
                "colour": line.colour,
                "quantity": line.quantity,
                "unit_price": str(line.unit_price),
            }
            for line in order.lines
        ],  # fmt: skip
        "subtotal": str(order.subtotal),
        "shipping": str(order.shipping_cost),
        "tax": str(order.tax),
        "total": str(order.total),
        "tracking_number": order.tracking_number,
        "returns": [{"number": r.number, "reason": r.reason} for r in order.returns],
    }
