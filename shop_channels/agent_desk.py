"""The agent desk: people on the shop's team answer shoppers from a Slack thread.

A Rasa input channel (registered in credentials.yml as `shop_channels.agent_desk.AgentDeskInput`)
for the agents' Slack app, in the Rasa server process. Its webhooks, under
`/webhooks/agent_desk/`:

- `slack/events`: Slack's Events API. A person's reply in a handoff's thread (a `message` event
  with `thread_ts`) goes to the shopper on the shopper's own channel (Messenger, Slack, the web
  chat) and into the conversation's tracker, where the transcript and the shop's analytics see it.
  Replying `!bot` in the thread hands the conversation back.
- `slack/interactions`: Slack's interactivity URL. The thread's "Hand back to the bot" button
  (`block_actions`) hands back: the conversation resumes with everything the bot knew.

Every request must carry Slack's v0 signature (HMAC-SHA256 of `v0:<timestamp>:<body>` with the
signing secret, timestamp within five minutes; shop_integrations/slack.py checks it); anything
else is refused with 401 and changes nothing.

While a handoff is open, the shop's channels (`never_silent`) hand each shopper message to
`AgentDeskInput.relay`: Rasa records it (the conversation is paused, so the bot says nothing) and
the desk posts it to the thread. Out of hours the first such message is the shopper's message for
the team, and the shopper is thanked and told when a person will answer.

Settings (commerce/config.py `HandoffSettings`): SHOP_AGENT_SLACK_CHANNEL, SLACK_BOT_TOKEN and
SLACK_SIGNING_SECRET (or SHOP_AGENT_SLACK_BOT_TOKEN / SHOP_AGENT_SLACK_SIGNING_SECRET for an
agents' app of its own), SHOP_SLACK_API_URL, SHOP_AGENT_HOURS, SHOP_TIMEZONE.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qs

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    ConversationPaused,
    ConversationResumed,
    Event,
)
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from commerce.config import load_handoff_settings, load_settings
from commerce.db import session_scope
from commerce.handoff import (
    Handoff,
    active_handoff,
    agent_answered,
    business_hours,
    close,
    hand_back,
    handoff_in_thread,
    take_message,
)
from shop_channels import MessageHandler, set_handoff_relay
from shop_integrations.agent_slack import (
    HAND_BACK_ACTION_ID,
    HAND_BACK_COMMANDS,
    AgentSlack,
    channel_name,
)
from shop_integrations.replay import RecentIds
from shop_integrations.slack import SlackError, escape_mrkdwn, signature_is_valid, slack_to_plain

logger = logging.getLogger(__name__)

REMEMBERED_EVENT_IDS = 1000  # Slack retries an event it thinks we missed; handle each once
ACTION_LISTEN = "action_listen"


class AgentDeskInput(InputChannel):
    """The agents' Slack app: their thread replies reach shoppers; a button hands back."""

    @classmethod
    def name(cls) -> str:
        return "agent_desk"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        # Tokens and secrets come from the environment (commerce/config.py), not from the file.
        return cls()

    def __init__(self) -> None:
        self.settings = load_handoff_settings()
        self.slack = AgentSlack.from_settings(self.settings)
        self._app: Sanic | None = None
        self._seen_event_ids = RecentIds(REMEMBERED_EVENT_IDS)

    def blueprint(self, on_new_message: MessageHandler) -> Blueprint:
        # Agents' messages are not shoppers' messages: `on_new_message` is never called here.
        desk = Blueprint("agent_desk_webhook")
        set_handoff_relay(self.relay)

        @desk.listener("before_server_start")
        async def remember_app(app: Sanic, _loop: Any) -> None:
            # The desk reaches the shoppers' channels and trackers through the running app.
            self._app = app

        @desk.route("/", methods=["GET"])
        async def health(_request: Request) -> HTTPResponse:
            return response.json({"status": "ok", "configured": self.slack is not None})

        @desk.route("/slack/events", methods=["POST"])
        async def slack_events(request: Request) -> HTTPResponse:
            if not self._signed_by_slack(request):
                return response.text("invalid signature", status=401)
            try:
                payload = json.loads(request.body or b"{}")
            except ValueError:
                return response.text("not JSON", status=400)
            if payload.get("type") == "url_verification":
                return response.json({"challenge": payload.get("challenge")})
            if payload.get("type") == "event_callback" and self._seen_event_ids.first_time(
                payload.get("event_id")
            ):
                await self._on_agent_message(payload.get("event") or {})
            # Slack wants a 200 within three seconds whatever we made of the event.
            return response.text("")

        @desk.route("/slack/interactions", methods=["POST"])
        async def slack_interactions(request: Request) -> HTTPResponse:
            if not self._signed_by_slack(request):
                return response.text("invalid signature", status=401)
            fields = parse_qs((request.body or b"").decode("utf-8", "replace"))
            try:
                payload = json.loads((fields.get("payload") or ["{}"])[0])
            except ValueError:
                return response.text("payload is not JSON", status=400)
            if payload.get("type") == "block_actions":
                await self._on_button(payload)
            return response.text("")

        return desk

    # -- Slack's requests ------------------------------------------------------------------

    def _signed_by_slack(self, request: Request) -> bool:
        valid = signature_is_valid(
            self.settings.slack_signing_secret,
            request.headers.get("X-Slack-Request-Timestamp"),
            request.headers.get("X-Slack-Signature"),
            request.body or b"",
        )
        if not valid:
            logger.warning("Refused a request to the agent desk without a valid Slack signature")
        return valid

    async def _on_agent_message(self, event: dict[str, Any]) -> None:
        # Only what a person typed in a thread of the agents' channel: not our own posts (bot_id),
        # not edits or joins (subtype), not top-level chatter in the channel.
        if event.get("type") != "message" or event.get("subtype") or event.get("bot_id"):
            return
        thread_ts, channel = event.get("thread_ts"), event.get("channel")
        if channel != self.settings.agent_slack_channel or not thread_ts:
            return
        if thread_ts == event.get("ts"):
            return
        text = slack_to_plain(event.get("text") or "").strip()
        agent = str(event.get("user") or "")
        handoff = await asyncio.to_thread(_handoff_in_thread, channel, thread_ts)
        if handoff is None or not text:
            return
        if text.lower() in HAND_BACK_COMMANDS:
            await self._hand_back(handoff, agent)
        else:
            await self._pass_to_shopper(handoff, agent, text)

    async def _on_button(self, payload: dict[str, Any]) -> None:
        container = payload.get("container") or {}
        channel = container.get("channel_id") or (payload.get("channel") or {}).get("id")
        thread_ts = container.get("message_ts") or (payload.get("message") or {}).get("ts")
        agent = str((payload.get("user") or {}).get("id") or "")
        for action in payload.get("actions") or []:
            if action.get("action_id") != HAND_BACK_ACTION_ID:
                continue
            if channel != self.settings.agent_slack_channel or not thread_ts:
                return
            handoff = await asyncio.to_thread(_handoff_in_thread, channel, thread_ts)
            if handoff is not None:
                await self._hand_back(handoff, agent)
            return

    # -- Between the person and the shopper ------------------------------------------------

    async def _pass_to_shopper(self, handoff: Handoff, agent: str, text: str) -> None:
        if not handoff.is_active:
            await self._note(
                handoff, "This conversation is back with the bot; that message was not sent."
            )
            return
        output = self._shopper_output(handoff)
        if output is None:
            await self._note(
                handoff,
                f"I can't send messages to this shopper's channel "
                f"({escape_mrkdwn(channel_name(handoff.shopper_channel))}); that message was not "
                "sent. Please reach them another way if you can.",
            )
            return
        try:
            await output.send_response(handoff.conversation_id, {"text": text})
        except Exception:
            logger.exception("Could not pass an agent's reply to %s", handoff.conversation_id)
            await self._note(handoff, "Sending that to the shopper failed; please try again.")
            return
        await self._record(
            handoff.conversation_id,
            [BotUttered(text, metadata={"handoff_agent": agent, "handoff_id": handoff.id})],
        )
        await asyncio.to_thread(_change, handoff.id, lambda found: agent_answered(found, agent))

    async def _hand_back(self, handoff: Handoff, agent: str) -> None:
        handed_back = await asyncio.to_thread(
            _change, handoff.id, lambda found: hand_back(found, agent)
        )
        if not handed_back:
            await self._note(handoff, "This conversation is already back with the bot.")
            return
        shop = load_settings().shop_name
        text = (
            f"Thanks for waiting! You're back with the {shop} assistant, a bot. I still have "
            "everything from before, so just carry on, or ask for a person again any time."
        )
        await self._record(
            handoff.conversation_id,
            [
                ConversationResumed(),
                BotUttered(text, metadata={"handoff_id": handoff.id}),
                # The bot listens again: the shopper's next message is read as a new turn.
                ActionExecuted(ACTION_LISTEN),
            ],
        )
        output = self._shopper_output(handoff)
        if output is not None:
            try:
                await output.send_response(handoff.conversation_id, {"text": text})
            except Exception:
                logger.exception("Could not tell %s the bot is back", handoff.conversation_id)
        who = f"<@{agent}>" if agent else "an agent"
        await self._note(
            handoff,
            f"Handed back to the bot by {who}. The bot answers the shopper again; replies here "
            "no longer reach them.",
        )

    async def relay(self, message: UserMessage, on_new_message: MessageHandler) -> bool:
        """If a person has `message`'s conversation: let Rasa record it (paused, so the bot says
        nothing), post it to the handoff's thread, and return True. Otherwise return False."""
        handoff = await asyncio.to_thread(_active_handoff, message.sender_id)
        if handoff is None:
            return False
        await self._keep_paused(message)
        try:
            await on_new_message(message)
        except Exception:
            logger.exception("Rasa could not record %s's message", message.sender_id)
        await self._note(handoff, f"*Shopper:* {escape_mrkdwn(message.text or '')}")
        if not await self._is_paused(message.sender_id):
            # Only a restart ("/restart") resumes a paused conversation: the shopper started over.
            await asyncio.to_thread(_change, handoff.id, close)
            await self._note(
                handoff, "The shopper started over with the bot; this handoff is closed."
            )
            return True
        taking_a_message = handoff.out_of_hours and handoff.message_taken_at is None
        if taking_a_message and await asyncio.to_thread(_change, handoff.id, take_message):
            await message.output_channel.send_response(
                message.sender_id, {"text": _message_taken_text(handoff)}
            )
        return True

    # -- Rasa's side -----------------------------------------------------------------------

    def _shopper_output(self, handoff: Handoff) -> OutputChannel | None:
        """An output channel to the shopper's own channel, if it can send unprompted."""
        channels = getattr(self._app.ctx, "input_channels", None) if self._app else None
        for channel in channels or []:
            if channel.name() != handoff.shopper_channel:
                continue
            try:
                output = _output_channel(channel, handoff.address)
            except Exception:
                logger.exception("No output channel for %s", handoff.shopper_channel)
                continue
            if output is not None:
                return output
        return None

    async def _keep_paused(self, message: UserMessage) -> None:
        # A conversation idle longer than the session expiry starts a new session when the
        # shopper writes again, and a new session is not paused: pause it again first.
        agent = self._app.ctx.agent
        async with agent.lock_store.lock(message.sender_id):
            tracker = await agent.processor.fetch_tracker_and_update_session(
                message.sender_id, message.output_channel, message.metadata
            )
            if not tracker.is_paused():
                tracker.update(ConversationPaused(), agent.domain)
            if tracker.latest_action_name != ACTION_LISTEN:
                # The pause stopped Rasa right after the handover, before it listened. Listening
                # now makes the shopper's messages ordinary turns, so a "/restart" restarts.
                tracker.update(ActionExecuted(ACTION_LISTEN), agent.domain)
            await agent.processor.save_tracker(tracker)

    async def _is_paused(self, conversation_id: str) -> bool:
        tracker = await self._app.ctx.agent.processor.get_tracker(conversation_id)
        return tracker.is_paused()

    async def _record(self, conversation_id: str, events: list[Event]) -> None:
        """Append `events` to the conversation, kept paused unless they resume it."""
        agent = self._app.ctx.agent
        async with agent.lock_store.lock(conversation_id):
            tracker = await agent.processor.fetch_tracker_with_initial_session(conversation_id)
            resumes = any(isinstance(event, ConversationResumed) for event in events)
            if not resumes and not tracker.is_paused():
                tracker.update(ConversationPaused(), agent.domain)
            for event in events:
                tracker.update(event, agent.domain)
            await agent.processor.save_tracker(tracker)

    async def _note(self, handoff: Handoff, text: str) -> None:
        """A message in the handoff's thread; Slack being down must not stop the conversation."""
        if self.slack is None or not handoff.agent_thread_ts:
            return
        try:
            await self.slack.post_in_thread(handoff.agent_thread_ts, text)
        except SlackError:
            logger.exception("Could not post to the thread of handoff %s", handoff.id)


def _output_channel(channel: InputChannel, address: dict[str, Any]) -> OutputChannel | None:
    # Most channels reach a shopper by their sender id alone; Slack also needs the channel (and
    # thread) the shopper wrote in, which its metadata held when the handoff began.
    parameters = inspect.signature(channel.get_output_channel).parameters
    arguments: dict[str, Any] = {}
    if "channel" in parameters and address.get("out_channel"):
        arguments["channel"] = address["out_channel"]
    if (
        "thread_id" in parameters
        and address.get("thread_id")
        and getattr(channel, "use_threads", False)
    ):
        arguments["thread_id"] = address["thread_id"]
    return channel.get_output_channel(**arguments)


def _message_taken_text(handoff: Handoff) -> str:
    opening = handoff.answer_from_utc
    if opening is None:
        return "Thanks, I've passed that on to our team."
    hours = business_hours(load_handoff_settings())
    when = hours.describe(opening, datetime.now(timezone.utc))
    return (
        f"Thanks, I've passed that on to our team. A person will answer you here {when}. "
        "Anything else you write goes to them too."
    )


# -- The store (run in a worker thread: the event loop must not wait on the database) --------


def _active_handoff(conversation_id: str) -> Handoff | None:
    with session_scope() as session:
        return active_handoff(session, conversation_id)


def _handoff_in_thread(channel: str, thread_ts: str) -> Handoff | None:
    with session_scope() as session:
        return handoff_in_thread(session, channel, thread_ts)


def _change(handoff_id: int, change: Callable[[Handoff], bool]) -> bool:
    with session_scope(writes=True) as session:
        handoff = session.get(Handoff, handoff_id)
        return handoff is not None and change(handoff)
