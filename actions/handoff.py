"""Handing the conversation to a person on the shop's team (commerce/handoff.py has the rules).

`action_hand_over` runs when the shopper asks for a person, complains, or the bot misunderstood
twice in a row (data/rules/handoff.yml). It says honestly that this is a bot handing over, opens
a thread in the agents' Slack channel with the transcript and what the bot knows, and pauses the
conversation: from then on the agent desk (shop_channels/agent_desk.py, in the Rasa server) passes
messages between the shopper and the person until the person hands back.

The thread is started here, in the action server, because this is where the transcript (the
tracker), the store (products viewed, cart, order) and the moment of handing over all are: the
handoff row and its thread are made together, and if Slack cannot be reached the shopper is told
so at once instead of waiting for nobody.

Slack may take seconds to answer (a 10-second timeout, a wait on its rate limit), and the action
server answers every shopper on one event loop: so the store is read and written in a worker
thread and the post to Slack is awaited, and other shoppers' actions run meanwhile.

Without the agents' desk nobody would see a handoff: the bot says so and gives the team's contact
details (actions/reach_a_person.py), once per conversation when it was only misunderstood; a
second complaint gets a short apology and the way forward instead of the details again. A
complaint about an order that hasn't come ("ive been waiting over a week") is told it's late and
gets the details in the reply itself (actions/order_replies.py words it).

A complaint about what arrived (crushed, scuffed, the wrong colour) is answered first: the shop's
answer from the FAQ and a "Start a return" button (actions/service.py), with a person offered as a
button when one can be reached, rather than handed over for something the bot can start itself.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ConversationPaused
from rasa_sdk.executor import CollectingDispatcher

from actions.after_sales import PENDING_ORDER_CHANGE, ActionReturnOrder
from actions.asked_with_a_person import answer_what_else_was_said, missing_order_or_its_refund
from actions.base import Events
from actions.checkout_slots import LAST_ORDER
from actions.conversation import CURRENT_PRODUCT, latest_intent
from actions.order_lookup import requester_of
from actions.order_replies import change_left_open_text, late_order_complaint_text
from actions.partial_returns import asks_to_send_back
from actions.reach_a_person import contact_details, contact_details_given, no_person_here_text
from actions.service import START_A_RETURN, answer_item_problem
from actions.service_topics import spoke_of_an_item_problem
from commerce.config import Settings, load_handoff_settings, load_settings
from commerce.db import session_scope
from commerce.handoff import (
    REASON_BY_INTENT,
    Handoff,
    TranscriptLine,
    active_handoff,
    business_hours,
    new_handoff,
    shopper_context,
    transcript_text,
)
from commerce.models import Order
from commerce.order_rules import OrderChange, check_change
from commerce.orders import OrderNotFound
from commerce.orders_after_sale import find_order
from shop_integrations.agent_slack import AgentSlack
from shop_integrations.slack import SlackError
from shop_nlu.item_problems import ARRIVED_LATE

logger = logging.getLogger(__name__)

# What the shopper hears first, by reason: an apology where one is owed.
OPENINGS = {
    "asked": "Of course.",
    "complaint": "I'm sorry about this.",
    "misunderstood": "Sorry, I'm not getting this right.",
}
MAX_ADDRESS_CHARS = 2000  # a channel's addressing metadata is small; anything bigger is not it


@dataclass
class _Prepared:
    """A handoff ready to be told to the agents (not saved yet)."""

    slack: AgentSlack
    handoff: Handoff
    reason: str
    when: str | None  # out of hours: when a person answers


class ActionHandOver(Action):
    """Hands the conversation to a person: honest words, a thread for the agents, a pause.

    Like every ShopAction, a failure reaches the shopper as an apology and changes nothing; unlike
    them it runs on the event loop (`async def run`), with its blocking work off it.
    """

    def name(self) -> str:
        return "action_hand_over"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        try:
            return await self._hand_over(dispatcher, tracker)
        except Exception:
            intent = (tracker.latest_message.get("intent") or {}).get("name")
            logger.exception("Action %s failed (intent %s)", self.name(), intent)  # never the text
            dispatcher.messages.clear()  # drop half-finished replies
            dispatcher.utter_message(response="utter_action_failed")
            return []

    async def _hand_over(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> Events:
        settings = load_settings()
        prepared = await asyncio.to_thread(_prepare, dispatcher, tracker, settings)
        if not isinstance(prepared, _Prepared):
            return prepared
        try:
            thread_ts = await prepared.slack.start_thread(prepared.handoff, prepared.when)
        except SlackError:
            logger.exception("Could not tell the agents about %s's handoff", tracker.sender_id)
            dispatcher.utter_message(text=_team_unreachable_text(settings))
            return []
        handoff = prepared.handoff
        handoff.agent_channel, handoff.agent_thread_ts = prepared.slack.channel, thread_ts
        await asyncio.to_thread(_save, handoff)

        opening_words = f"{OPENINGS[prepared.reason]} I'm the {settings.shop_name} assistant, a bot"
        if prepared.when:
            text = (
                f"{opening_words}, and our team is away right now: a person will answer you here "
                f"{prepared.when}. Write your message and I'll pass it on to them, with our "
                "conversation so far."
            )
        else:
            text = (
                f"{opening_words}, so I'm handing you over to a person on our team. They'll "
                "answer right here, usually within a few minutes, and they can see our "
                "conversation so far. Anything you write meanwhile goes straight to them."
            )
        dispatcher.utter_message(text=text)
        return [ConversationPaused()]


def _prepare(
    dispatcher: CollectingDispatcher, tracker: Tracker, settings: Settings
) -> _Prepared | Events:
    """The store's part before Slack (in a worker thread): the events to return when there is
    nothing to tell the agents, or the handoff to tell them about."""
    reason = REASON_BY_INTENT.get(latest_intent(tracker) or "", "asked")
    # "The box was crushed", "they sent the wrong colour": what the shop does about it and the
    # return it offers here, rather than a person for something the bot can start itself.
    if reason == "complaint" and answer_item_problem(dispatcher, tracker):
        if ARRIVED_LATE.search((tracker.latest_message.get("text") or "").lower()):
            dispatcher.utter_message(response="utter_sorry_it_came_late")  # "four days late"
        return []
    # "The shirt is fine but the chinos r too tight, return the trousers": a return to start (of
    # some items, maybe), not a person to reach; the lookup it waits on goes on.
    if reason == "complaint" and asks_to_send_back(tracker.latest_message.get("text") or ""):
        with session_scope() as session:
            return ActionReturnOrder().perform(dispatcher, tracker, {}, session)
    # "I'm getting so frustrated", "a person about a gift receipt", "must it be unworn?": answered.
    answer_what_else_was_said(dispatcher, tracker, reason)
    with session_scope() as session:
        if active_handoff(session, tracker.sender_id) is not None:
            dispatcher.utter_message(
                text="You're already waiting for a person on our team; they'll answer right "
                "here. Anything you write goes straight to them."
            )
            return [ConversationPaused()]

        handoff_settings = load_handoff_settings()
        slack = AgentSlack.from_settings(handoff_settings)
        if slack is None:
            # Nobody would see a handoff: say how to reach a person and keep helping; after a
            # misunderstanding, only if the shopper has not had the contact details yet.
            if missing_order_or_its_refund(tracker, reason):
                # "Ive been waiting over a week": the lateness owned, the contact details again.
                today = datetime.now(timezone.utc).date()
                order = _order_known(session, tracker)
                text = late_order_complaint_text(contact_details(settings), order, today)
                dispatcher.utter_message(text=text)
            elif reason == "misunderstood" and contact_details_given(tracker, settings):
                dispatcher.utter_message(response="utter_fallback")
            elif reason == "complaint" and contact_details_given(tracker, settings):
                # A second complaint: a short apology and the way forward, not the whole block.
                if spoke_of_an_item_problem(tracker):
                    dispatcher.utter_message(
                        response="utter_complaint_again_return", buttons=[START_A_RETURN]
                    )
                else:
                    dispatcher.utter_message(response="utter_complaint_again")
            else:
                text = _no_person_here_text(settings, reason)
                pending = tracker.get_slot(PENDING_ORDER_CHANGE)
                order = _order_known(session, tracker) if pending else None
                # "Cancel order HL-...?" still open: say it stands, from the store. Never for a
                # new address waiting for a yes ("address", no change of this kind).
                if (
                    order is not None
                    and pending in (OrderChange.CANCEL, OrderChange.RETURN)
                    and check_change(order, OrderChange(pending)).allowed
                ):
                    text += " " + change_left_open_text(order, pending)
                dispatcher.utter_message(text=text)
            return []

        hours = business_hours(handoff_settings)
        events = tracker.events_after_latest_restart()
        context = shopper_context(
            session,
            tracker.sender_id,
            viewed_handles=[
                event.get("value")
                for event in events
                if event.get("event") == "slot" and event.get("name") == CURRENT_PRODUCT
            ],
            order_number=tracker.get_slot(LAST_ORDER),
        )
        handoff = new_handoff(
            conversation_id=tracker.sender_id,
            shopper_channel=tracker.get_latest_input_channel() or "unknown",
            shopper_address=_shopper_address(events),
            reason=reason,
            transcript=transcript_text(_transcript(events)),
            context=context.text(),
            hours=hours,
        )
    opening = handoff.answer_from_utc
    when = hours.describe(opening, handoff.created_at) if opening else None
    return _Prepared(slack, handoff, reason, when)


def _order_known(session, tracker: Tracker) -> Order | None:
    """The order this conversation found or placed, or None."""
    number = tracker.get_slot(LAST_ORDER)
    try:
        return find_order(session, number, requester_of(tracker)) if number else None
    except OrderNotFound:
        return None


def _save(handoff: Handoff) -> None:
    with session_scope(writes=True) as session:
        session.add(handoff)


def _transcript(events: list[dict]) -> list[TranscriptLine]:
    lines = []
    for event in events:
        if event.get("event") == "user":
            text = event.get("text") or ""
            if text.startswith("/"):
                text = f"(tapped a button: {text})"
            lines.append(TranscriptLine("Shopper", text))
        elif event.get("event") == "bot":
            # A person's earlier answers are in the conversation too (shop_channels/agent_desk.py).
            by_agent = "handoff_agent" in (event.get("metadata") or {})
            lines.append(TranscriptLine("Agent" if by_agent else "Bot", event.get("text") or ""))
    return lines


def _shopper_address(events: list[dict]) -> dict:
    """What the shopper's channel sent with their latest message (e.g. Slack's channel id), which
    it needs to reach them again when a person answers."""
    for event in reversed(events):
        if event.get("event") == "user":
            metadata = event.get("metadata") or {}
            try:
                encoded = json.dumps(metadata)
            except (TypeError, ValueError):
                return {}
            return metadata if len(encoded) <= MAX_ADDRESS_CHARS else {}
    return {}


def _no_person_here_text(settings: Settings, reason: str) -> str:
    opening = "" if reason == "asked" else f"{OPENINGS[reason]} "
    return no_person_here_text(settings, opening, complaint=reason == "complaint")


def _team_unreachable_text(settings: Settings) -> str:
    return (
        f"I'm the {settings.shop_name} assistant, a bot, and I couldn't reach our team from "
        f"here just now. Please email {settings.contact_email} or call {settings.contact_phone} "
        f"({settings.opening_hours}); I'm happy to keep helping you here meanwhile."
    )
