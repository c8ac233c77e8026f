"""Opt-in alerts: "tell me when size 11 is back", "let me know if it gets cheaper", the Notify me
button, "stop alerts", "what alerts do I have?", and the alert itself when `shop alerts send`
triggers it through Rasa's HTTP API (commerce/alerts/ holds every rule)."""

from __future__ import annotations

import logging
import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import alert_replies
from actions.base import Events, ShopAction
from actions.conversation import (
    CURRENT_PRODUCT,
    current_query,
    latest_entities,
    latest_intent,
    resolve_product,
)
from actions.day_at_review import answer_arrival_at_review
from commerce.alerts import (
    ALERT_KEY_ENTITY,
    BACK_IN_STOCK,
    PRICE_DROP,
    active_alerts,
    current_facts,
    stop_alerts,
    subscribe,
    take_delivery,
)
from commerce.analytics.markers import SOLD_OUT, UNMET_DEMAND
from commerce.db import session_scope
from commerce.sizes import size_query_key

logger = logging.getLogger(__name__)

# "let me know if it gets cheaper", "tell me when the price drops", "ping me if it goes on sale"
_PRICE_WORDS = re.compile(
    r"\b(?:cheap\w*|price\w*|pric\w*|sale|discount\w*|drops?|reduc\w*|mark(?:ed)?[- ]?down|"
    r"less|lower\w*|deal|offer)\b"
)
_ALL = re.compile(r"\b(?:all|every\w*|any|everything)\b")
# "how long does restock usually take?", "when will the 9s be back?", "will you get more in soon?":
# a question about when, which the store cannot answer (it keeps no restock dates).
_RESTOCK = re.compile(
    r"\b(?:re-?stock\w*|replenish\w*|back in(?: stock)?|in stock again|more stock|new stock"
    r"|(?:be|come|comes|coming) back|(?:get|getting|have|having|receive) (?:any |some )?more"
    r"|next (?:delivery|shipment|batch|drop))\b"
)
_WHEN = re.compile(
    r"\b(?:when|how long|how soon|how often|soon|eta|any idea|usually|ever|expect\w*|date"
    r"|will (?:it|they|these|those|you|u|the|that|this|there))\b"
)
# "tell me when it's back" asks for an alert, not a date.
_ASKS_FOR_AN_ALERT = re.compile(
    r"\b(?:let me know|tell me|notify|alert|message me|ping me|text me|email me|hit me up)\b"
)


def asks_when_restocked(text: str) -> bool:
    """Whether a message asks when something sold out comes back (not for an alert when it does)."""
    text = text.lower()
    return bool(
        _RESTOCK.search(text) and _WHEN.search(text) and not _ASKS_FOR_AN_ALERT.search(text)
    )


def _awaited_variant(tracker: Tracker, handle: str) -> tuple[str | None, str | None]:
    """The size and colour a restock question is about: said in it, else the sold-out size the
    shopper last asked this product in, else the search's."""
    entities = latest_entities(tracker)
    size = (entities.get("size") or [None])[-1]
    colour = (entities.get("colour") or [None])[-1]
    if size is None and colour is None:
        marker = tracker.get_slot(UNMET_DEMAND) or {}
        if marker.get("why") == SOLD_OUT and marker.get("product") == handle:
            return marker.get("size"), marker.get("colour")
        search = current_query(tracker)
        return search.size, search.colour
    return (size_query_key(size) if size else None), colour


def answer_restock_question(dispatcher, tracker: Tracker, session, handle: str | None) -> Events:
    """ "When will it be back in stock?" about `handle` (or no product): "I don't know" (the
    store keeps no restock dates), with the Notify me button where an alert can be sent, or the
    good news if it is in stock now."""
    channel = tracker.get_latest_input_channel()
    facts = None
    if handle is not None:
        facts = current_facts(session, handle, *_awaited_variant(tracker, handle))
    buttons: list[dict] = []
    if facts is not None and facts.in_stock:
        buttons = alert_replies.alert_buttons(facts)
    elif facts is not None and facts.offered:
        buttons = alert_replies.notify_buttons(channel, facts.handle, facts.size_key, facts.colour)
    dispatcher.utter_message(text=alert_replies.restock_text(facts, channel), buttons=buttons)
    return [SlotSet(CURRENT_PRODUCT, facts.handle)] if facts is not None else []


def _condition(tracker: Tracker) -> str:
    entities = latest_entities(tracker)
    text = (tracker.latest_message.get("text") or "").lower()
    if "cheaper" in entities.get("price_direction", []) or _PRICE_WORDS.search(text):
        return PRICE_DROP
    return BACK_IN_STOCK


def _previous_user_entities(tracker: Tracker) -> dict[str, list[str]]:
    """The entities of the shopper's message before this one ("is it in 13?" -> "tell me when it's
    back" means size 13)."""
    users = [event for event in tracker.events if event.get("event") == "user"]
    if len(users) < 2:
        return {}
    found: dict[str, list[str]] = {}
    for entity in (users[-2].get("parse_data") or {}).get("entities") or []:
        if entity.get("value") and entity.get("role") != "excluded":
            found.setdefault(entity["entity"], []).append(str(entity["value"]))
    return found


class ActionSubscribeAlert(ShopAction):
    """Records an explicit opt-in for one alert on this channel, and says exactly what will be
    sent, where, until when, and how to stop it (or why it cannot be sent here)."""

    writes_to_store = True
    # "when it come" at the order review is heard as "tell me when it comes back" (stranger
    # test 65, problem 2): the review's date, never an alert.
    gives_way_to = (answer_arrival_at_review,)

    def name(self) -> str:
        return "action_subscribe_alert"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        reference = resolve_product(tracker, session)
        if reference.handle is None:
            dispatcher.utter_message(response="utter_ask_alert_product")
            return []
        entities = latest_entities(tracker)
        earlier = _previous_user_entities(tracker)
        search = current_query(tracker)
        size = (entities.get("size") or earlier.get("size") or [None])[-1]
        size_key = size_query_key(size) if size else search.size
        colour = (entities.get("colour") or earlier.get("colour") or [search.colour])[-1]
        channel = tracker.get_latest_input_channel()
        signup = subscribe(
            session,
            tracker.sender_id,
            channel,
            reference.handle,
            _condition(tracker),
            size_key=size_key or None,
            colour=colour or None,
        )
        buttons = []
        if signup.outcome in ("subscribed", "already"):
            buttons = [
                {
                    "title": "Stop this alert",
                    "payload": alert_replies.stop_payload(signup.subscription_id),
                }
            ]
        elif signup.outcome == "in_stock_now" and signup.facts is not None:
            facts = signup.facts
            buttons = alert_replies.alert_buttons(facts)
        dispatcher.utter_message(
            text=alert_replies.signup_text(signup, channel),
            buttons=buttons,
        )
        return [SlotSet(CURRENT_PRODUCT, reference.handle)]


class ActionStopAlerts(ShopAction):
    """ "Stop alerts", "unsubscribe", "stop all alerts", a Stop button: ends this shopper's
    alerts, one or all, and says which; asks which when several could be meant."""

    writes_to_store = True

    def name(self) -> str:
        return "action_stop_alerts"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        entities = latest_entities(tracker)
        owner = tracker.sender_id
        chosen = (entities.get("alert_id") or [None])[-1]
        text = (tracker.latest_message.get("text") or "").lower()
        if chosen == "all" or (chosen is None and _ALL.search(text)):
            stopped = stop_alerts(session, owner)
        elif chosen is not None:
            ids = [int(chosen)] if str(chosen).isdigit() else []
            stopped = stop_alerts(session, owner, alert_ids=ids)
        elif "product" in entities or "product_handle" in entities:
            reference = resolve_product(tracker, session)
            stopped = (
                stop_alerts(session, owner, handle=reference.handle) if reference.handle else []
            )
        else:
            alerts = active_alerts(session, owner)
            if alerts and latest_intent(tracker) == "stop":
                # A plain "stop" right after asking for an alert (data/rules/alerts.yml): that one.
                stopped = stop_alerts(session, owner, alert_ids=[alerts[-1].id])
            elif len(alerts) > 1:
                dispatcher.utter_message(
                    text=alert_replies.which_to_stop_text(alerts),
                    buttons=alert_replies.which_to_stop_buttons(alerts),
                )
                return []
            else:
                stopped = stop_alerts(session, owner)
        dispatcher.utter_message(text=alert_replies.stopped_text(stopped))
        return []


class ActionCheckAlerts(ShopAction):
    """Two jobs behind one intent (`check_alerts`):

    - triggered by `shop alerts send` with an `alert_key`: say that alert, once ever, if it is
      still true (commerce.alerts.take_delivery decides); otherwise say nothing at all;
    - typed by the shopper ("any news on my alert?"): list their alerts.
    """

    writes_to_store = True

    def name(self) -> str:
        return "action_check_alerts"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        if not latest_entities(tracker).get(ALERT_KEY_ENTITY):
            return super().run(dispatcher, tracker, domain)
        # A proactive message: on any failure say nothing (no apology out of the blue); the row
        # stays open and the next run of the job tries again.
        try:
            with session_scope(writes=True) as session:
                return self.perform(dispatcher, tracker, domain, session)
        except Exception:
            logger.exception("Alert for %s failed", tracker.sender_id)
            dispatcher.messages.clear()
            return []

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        keys = latest_entities(tracker).get(ALERT_KEY_ENTITY)
        if not keys:
            dispatcher.utter_message(
                text=alert_replies.alerts_list_text(
                    active_alerts(session, tracker.sender_id), tracker.get_latest_input_channel()
                )
            )
            return []
        taken = take_delivery(session, keys[-1], tracker.sender_id)
        if taken.outcome != "deliver" or taken.facts is None:
            logger.info("Alert %s for %s not said: %s", keys[-1], tracker.sender_id, taken.outcome)
            return []
        # Committed by session_scope before Rasa gets the message: a second trigger with the same
        # key finds it delivered and says nothing.
        dispatcher.utter_message(
            text=alert_replies.alert_text(taken.condition, taken.facts, taken.was),
            buttons=alert_replies.alert_buttons(taken.facts),
        )
        return [SlotSet(CURRENT_PRODUCT, taken.facts.handle)]
