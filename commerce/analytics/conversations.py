"""From a stream of events to conversations, and what happened in each.

A conversation is one Rasa session of one sender: it starts at `session_started` (Rasa starts a
new session after `session_expiration_time` of silence, domain.yml) and never spans more than
`MAX_SILENCE` without an event. Only what the shopper did after their first message counts:
Rasa copies the slots of the previous session into a new one before it (carried-over slots).

What each step of the funnel means, in this assistant's actions and slots (data/rules/):
- searched: `action_search_products` ran (a search, or a refinement of one);
- viewed a product: the `current_product` slot was set (details, availability or price of one);
- added to cart or pressed Buy: the `add_to_cart` / `buy` intents, or their actions ran;
- ordered: `action_place_order` set `last_order` to an order that is in the store.

A message not understood is one the classifier sent to the fallback, unless a form that was asking
a question took it as its answer: "Ann Lee" at checkout is a name, whatever the classifier made of
it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from commerce.analytics.events import (
    ACTION,
    ACTIVE_LOOP,
    BOT,
    PAUSE,
    RESUME,
    SESSION_STARTED,
    SLOT,
    USER,
    Event,
)
from commerce.analytics.markers import UNMET_DEMAND
from commerce.handoff import REASON_BY_INTENT

# Rasa-free: the marker shop_stores.tracker_store.CONTINUED puts in those events' metadata.
CONTINUED_SESSION = "shop_continued_session"
MAX_SILENCE = 6 * 3600.0  # seconds; also bounds how long an open conversation is kept in memory
FALLBACK_INTENT = "nlu_fallback"
SEARCH_ACTIONS = frozenset({"action_search_products"})
CART_OR_BUY_INTENTS = frozenset({"add_to_cart", "buy"})
CART_OR_BUY_ACTIONS = frozenset({"action_add_to_cart", "action_start_checkout"})
PLACE_ORDER_ACTION = "action_place_order"
HAND_OVER_ACTION = "action_hand_over"
UNKNOWN_CHANNEL = "unknown"


@dataclass(slots=True)
class Conversation:
    """What one conversation shows: who, where, when, how far, and what went wrong."""

    sender_id: str
    channel: str = UNKNOWN_CHANNEL
    started: float | None = None  # the shopper's first message (Unix seconds)
    last_event: float = 0.0
    message_times: list[float] = field(default_factory=list)  # the shopper's messages
    searched: bool = False
    viewed: bool = False
    cart_or_buy: bool = False
    placed_orders: list[str] = field(default_factory=list)  # order numbers, as the bot gave them
    fallback_texts: list[str] = field(default_factory=list)  # messages not understood
    handoff_reasons: list[str] = field(default_factory=list)  # "asked", "complaint", ...
    reached_person: bool = False  # the conversation was paused for a person (agent desk)
    reply_delays: list[tuple[float, float]] = field(default_factory=list)  # (asked at, seconds)
    unmet_demand: list[dict] = field(default_factory=list)  # markers (markers.py)
    # Running state while the events come in.
    _action: str | None = None
    _last_intent: str | None = None
    _waiting_since: float | None = None  # a shopper's message the bot has not answered yet
    _paused: bool = False
    _form: str | None = None  # the form asking its questions, if any
    _unsure_in_form: str | None = None  # a fallback message while a form asks: taken, or not?

    @property
    def handed_off(self) -> bool:
        return bool(self.handoff_reasons)

    def add(self, event: Event) -> None:
        """Take the next event of this conversation into account."""
        self.last_event = max(self.last_event, event.timestamp)
        kind = event.type_name
        if kind == USER:
            self._user(event)
        elif self.started is None:
            return  # carried over from the previous session, or Rasa's own set-up
        elif kind == BOT:
            if self._waiting_since is not None and not self._paused:
                self.reply_delays.append(
                    (self._waiting_since, event.timestamp - self._waiting_since)
                )
            self._waiting_since = None
        elif kind == ACTION:
            self._run(event.name)
        elif kind == SLOT:
            self._slot(event)
        elif kind == PAUSE:
            self._paused = self.reached_person = True
        elif kind == RESUME:
            self._paused = False
        elif kind == ACTIVE_LOOP:
            self._form = event.name or None

    def _user(self, event: Event) -> None:
        data = event.data or {}
        if self.started is None:
            self.started = event.timestamp
            self.channel = data.get("input_channel") or UNKNOWN_CHANNEL
        self.message_times.append(event.timestamp)
        self._last_intent = event.intent
        self._waiting_since = event.timestamp
        if event.intent == FALLBACK_INTENT and self._form:
            self._unsure_in_form = str(data.get("text") or "")  # the next action tells
        elif event.intent == FALLBACK_INTENT:
            self.fallback_texts.append(str(data.get("text") or ""))
        elif event.intent in CART_OR_BUY_INTENTS:
            self.cart_or_buy = True

    def _run(self, action: str | None) -> None:
        if self._unsure_in_form is not None and action != self._form:
            self.fallback_texts.append(self._unsure_in_form)  # the form did not take it
        self._unsure_in_form = None
        self._action = action
        if action in SEARCH_ACTIONS:
            self.searched = True
        elif action in CART_OR_BUY_ACTIONS:
            self.cart_or_buy = True
        elif action == HAND_OVER_ACTION:
            self.handoff_reasons.append(REASON_BY_INTENT.get(self._last_intent or "", "asked"))

    def _slot(self, event: Event) -> None:
        value = (event.data or {}).get("value")
        if event.name == "current_product" and value:
            self.viewed = True
        elif event.name == "last_order" and value and self._action == PLACE_ORDER_ACTION:
            if value not in self.placed_orders:
                self.placed_orders.append(str(value))
        elif event.name == UNMET_DEMAND and isinstance(value, dict):
            self.unmet_demand.append(value)


def conversations(events: Iterable[Event]) -> Iterator[Conversation]:
    """The conversations in `events` (in the order they were written), each yielded once it is
    over; those in which the shopper wrote nothing are left out."""
    open_: dict[str, Conversation] = {}
    for seen, event in enumerate(events, start=1):
        # A long session carried on in a new one (shop_stores/tracker_store.py) is the same
        # conversation, and the slots it copies over are no news.
        if ((event.data or {}).get("metadata") or {}).get(CONTINUED_SESSION):
            continue
        current = open_.get(event.sender_id)
        if current is not None and (
            event.type_name == SESSION_STARTED or event.timestamp - current.last_event > MAX_SILENCE
        ):
            del open_[event.sender_id]
            if current.started is not None:
                yield current
            current = None
        if current is None:
            current = open_[event.sender_id] = Conversation(event.sender_id)
        current.add(event)
        if seen % 50_000 == 0:  # close the silent ones, so memory stays flat over months
            yield from _close_silent(open_, event.timestamp)
    for current in open_.values():
        if current.started is not None:
            yield current


def _close_silent(open_: dict[str, Conversation], now: float) -> Iterator[Conversation]:
    for sender_id in [s for s, c in open_.items() if now - c.last_event > MAX_SILENCE]:
        current = open_.pop(sender_id)
        if current.started is not None:
            yield current
