"""The shop on Slack: Rasa's Slack connector, configured from the environment, with Block Kit
product cards, every choice kept, and the webhook checks Rasa 3.6 leaves out.

Webhook: POST /webhooks/slack/webhook (Events API and Interactivity share it). Settings, read by
commerce/config.py (see docs/channels.md):

- `SHOP_SLACK_BOT_TOKEN`: the app's bot token (xoxb-...), to post replies;
- `SHOP_SLACK_SIGNING_SECRET`: to verify that a request comes from Slack;
- `SHOP_SLACK_API_URL`: the Web API base URL, https://slack.com/api/ unless set (tests point it at
  a local stand-in).

Without the token or the secret the assistant still starts; the webhook answers 503 and logs which
variable is missing.

What this adds to rasa.core.channels.slack (3.6.21):
- Retries: Slack re-sends an event it thinks failed (X-Slack-Retry-Num). Rasa drops only retries
  whose reason is `http_timeout` and answers the others again; here an event id is handled once.
- url_verification is answered as Slack documents (`{"challenge": ...}`), bodies that are not
  JSON or lack the interactive `payload` get 400 instead of a server error, a message with a
  subtype (edits, joins, bot posts) or from the app's own bot user is ignored, and an unsupported
  request type gets 400.
- Replies (shop_channels/slack_replies.py): result cards as Block Kit (a section with the title,
  price line and image per product, its Details/Buy/Add to cart buttons below it), any number of
  buttons in actions blocks of 25 and messages of 50 blocks instead of Rasa's five-button limit,
  long text in sections of 3000 characters, and no `as_user` (refused by apps with bot tokens).
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs

from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.slack import SlackInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from commerce.config import ChannelSettings, load_channel_settings
from shop_channels import MessageHandler, never_silent
from shop_channels.identity import conversation_id
from shop_channels.slack_replies import CHANNEL_NAME, ShopSlackBot
from shop_channels.webhooks import media_type, refuse, unconfigured
from shop_integrations.replay import RecentIds
from shop_integrations.slack import DEFAULT_API_URL, signature_is_valid

logger = logging.getLogger(__name__)

CHANNEL = "Slack"
VARIABLES = {
    field: ChannelSettings.VARIABLES[f"slack_{field}"]
    for field in ("bot_token", "signing_secret", "api_url")
}

OPTIONS = ("slack_channel", "use_threads", "conversation_granularity")  # from credentials.yml

# Message subtypes that are still a person writing (others are edits, joins, bot posts...).
SHOPPER_SUBTYPES = {None, "file_share", "thread_broadcast"}


@dataclass(frozen=True)
class SlackSettings:
    """The Slack app's credentials and API address."""

    bot_token: str
    signing_secret: str
    api_url: str = DEFAULT_API_URL

    @classmethod
    def from_environment(cls) -> SlackSettings:
        """The settings as commerce/config.py reads them now."""
        channels = load_channel_settings()
        return cls(
            bot_token=channels.slack_bot_token,
            signing_secret=channels.slack_signing_secret,
            api_url=channels.slack_api_url or DEFAULT_API_URL,
        )

    @property
    def missing(self) -> list[str]:
        """The variables that must still be set for the channel to work."""
        return [
            VARIABLES[field]
            for field in ("bot_token", "signing_secret")
            if not getattr(self, field)
        ]


# ---------------------------------------------------------------------------------------------
# Webhook
# ---------------------------------------------------------------------------------------------


class ShopSlackInput(SlackInput):
    """Rasa's Slack input channel reading its secrets from the environment (see the module
    docstring). Its webhook is /webhooks/slack/webhook.

    `get_output_channel()` posts to a Slack conversation outside a webhook request, e.g. a human
    agent's reply or a reminder: Rasa's HTTP API uses it for `?output_channel=slack` or
    `?output_channel=latest` on /conversations/<id>/execute and /trigger_intent, and code can use
    `ShopSlackInput.from_environment().get_output_channel().send_response(conversation_id,
    {"text": ...})`. The conversation id is `slack:` and the shopper's Slack user id (default
    granularity `sender`: the app's direct messages with them) or `user_channel[_thread]`
    (shop_channels/identity.py); the output channel takes it with or without the prefix.
    """

    @classmethod
    def name(cls) -> str:
        return CHANNEL_NAME

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> ShopSlackInput:
        """credentials.yml holds no secrets for this channel; it may set Rasa's non-secret
        options `conversation_granularity`, `use_threads` and `slack_channel`."""
        credentials = credentials or {}
        ignored = sorted(set(credentials) - set(OPTIONS))
        if ignored:
            logger.warning(
                "credentials.yml: Slack settings %s ignored; secrets come from %s",
                ignored,
                ", ".join(VARIABLES.values()),
            )
        return cls.from_environment(
            **{key: credentials[key] for key in OPTIONS if key in credentials}
        )

    @classmethod
    def from_environment(cls, **options: Any) -> ShopSlackInput:
        return cls(SlackSettings.from_environment(), **options)

    def __init__(
        self,
        settings: SlackSettings,
        slack_channel: str | None = None,
        use_threads: bool = False,
        conversation_granularity: str = "sender",
    ) -> None:
        self.settings = settings
        self._events = RecentIds()
        super().__init__(
            slack_token=settings.bot_token,
            slack_channel=slack_channel,
            use_threads=use_threads,
            slack_signing_secret=settings.signing_secret,
            conversation_granularity=conversation_granularity,
        )

    def _validate_credentials(self) -> None:
        # Rasa raises here, which would stop the whole server; only this channel is off instead.
        if self.settings.missing:
            logger.warning(
                "Slack channel off until %s are set; its webhook answers 503",
                ", ".join(self.settings.missing),
            )

    def get_output_channel(
        self, channel: str | None = None, thread_id: str | None = None
    ) -> OutputChannel | None:
        """A Slack output channel posting with the bot token (None if it is not set)."""
        if not self.settings.bot_token:
            logger.error("No Slack output channel: %s is not set", VARIABLES["bot_token"])
            return None
        return ShopSlackBot(
            self.settings.bot_token, self.settings.api_url, channel or self.slack_channel, thread_id
        )

    def blueprint(self, on_new_message: MessageHandler) -> Blueprint:
        handle = never_silent(on_new_message)
        slack_webhook = Blueprint("slack_webhook", __name__)

        @slack_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok" if not self.settings.missing else "unconfigured"})

        @slack_webhook.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if self.settings.missing:
                return unconfigured(self.settings.missing, CHANNEL)
            if not signature_is_valid(
                self.settings.signing_secret,
                request.headers.get("X-Slack-Request-Timestamp"),
                request.headers.get("X-Slack-Signature"),
                request.body or b"",
            ):
                return refuse(
                    HTTPStatus.UNAUTHORIZED,
                    "missing, wrong or expired X-Slack-Signature / X-Slack-Request-Timestamp",
                    CHANNEL,
                )
            kind = media_type(request)
            if kind == "application/json":
                return self._on_event(request, handle)
            if kind == "application/x-www-form-urlencoded":
                return self._on_interaction(request, handle)
            return refuse(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"unsupported body type {kind!r}", CHANNEL
            )

        return slack_webhook

    def _on_event(self, request: Request, handle: MessageHandler) -> HTTPResponse:
        """An Events API request: url_verification, or an event_callback with one event."""
        try:
            body = json.loads(request.body)
        except ValueError:
            return refuse(HTTPStatus.BAD_REQUEST, "the body is not JSON", CHANNEL)
        if not isinstance(body, dict):
            return refuse(HTTPStatus.BAD_REQUEST, "the body is not a JSON object", CHANNEL)
        kind = body.get("type")
        if kind == "url_verification":
            challenge = body.get("challenge")
            if not isinstance(challenge, str):
                return refuse(HTTPStatus.BAD_REQUEST, "url_verification without challenge", CHANNEL)
            return response.json({"challenge": challenge})
        if kind == "app_rate_limited":
            logger.warning("Slack is rate-limiting the app's events: %s", body)
            return response.text("")
        if kind != "event_callback" or not isinstance(body.get("event"), dict):
            return refuse(
                HTTPStatus.BAD_REQUEST, f"unsupported Events API request {kind!r}", CHANNEL
            )

        retry = request.headers.get("x-slack-retry-num")
        if not self._events.first_time(body.get("event_id")):
            logger.info(
                "Slack re-sent event %s (retry %s); already handled", body["event_id"], retry
            )
            return response.text("", headers={"X-Slack-No-Retry": "1"})
        event = body["event"]
        if not self._is_shopper_message(body):
            # Slack expects 200 for every event it delivers, or it retries and then disables them.
            logger.debug("Slack event %s/%s ignored", event.get("type"), event.get("subtype"))
            return response.text("")
        channel_id = event.get("channel")
        metadata = {
            "out_channel": channel_id,
            "thread_id": event.get("thread_ts", event.get("ts")),
            "users": _bot_user_ids(body),
        }
        if not self._is_supported_channel(body, metadata):
            logger.info("Slack message in channel %s ignored (not a DM or mention)", channel_id)
            return response.text("")
        text = self._sanitize_user_message(event["text"], metadata["users"])
        sender = self._conversation(event["user"], channel_id, metadata["thread_id"])
        self._start(handle, text, sender, metadata)
        return response.text("")

    def _is_shopper_message(self, body: dict[str, Any]) -> bool:
        event = body["event"]
        return (
            event.get("type") in ("message", "app_mention")
            and isinstance(event.get("text"), str)
            and bool(event["text"].strip())
            and isinstance(event.get("user"), str)
            and not event.get("bot_id")
            and event.get("subtype") in SHOPPER_SUBTYPES
            and event["user"] not in _bot_user_ids(body)
        )

    def _on_interaction(self, request: Request, handle: MessageHandler) -> HTTPResponse:
        """An interactive request (`payload=<JSON>`): a tap on one of the bot's buttons."""
        try:
            payload = json.loads(parse_qs(request.body.decode("utf-8"))["payload"][0])
        except (KeyError, IndexError, ValueError, UnicodeDecodeError):
            return refuse(HTTPStatus.BAD_REQUEST, "no JSON `payload` in the form body", CHANNEL)
        if not isinstance(payload, dict) or payload.get("type") != "block_actions":
            kind = payload.get("type") if isinstance(payload, dict) else None
            return refuse(HTTPStatus.BAD_REQUEST, f"unsupported interaction {kind!r}", CHANNEL)
        actions = payload.get("actions")
        user = payload.get("user")
        if not isinstance(actions, list) or not actions or not isinstance(actions[0], dict):
            return refuse(HTTPStatus.BAD_REQUEST, "block_actions without actions", CHANNEL)
        if not isinstance(user, dict) or not isinstance(user.get("id"), str):
            return refuse(HTTPStatus.BAD_REQUEST, "block_actions without user", CHANNEL)
        text = self._get_interactive_response(actions[0]) if actions[0].get("type") else None
        if not isinstance(text, str) or not text:
            # A link button or a widget we do not offer: nothing for the bot to answer.
            return response.text("")
        container = payload.get("container") or {}
        message = payload.get("message") or {}
        channel_id = (payload.get("channel") or {}).get("id") or container.get("channel_id")
        metadata = {
            "out_channel": channel_id,
            "thread_id": message.get("thread_ts", message.get("ts")),
            "users": [user["id"]],
        }
        sender = self._conversation(user["id"], channel_id, metadata["thread_id"])
        self._start(handle, text, sender, metadata)
        return response.text("")

    def _conversation(self, user: str, channel: str | None, thread: str | None) -> str:
        """The Rasa conversation id: Rasa's (by `conversation_granularity`) in the channel's
        namespace, `slack:<id>` (shop_channels/identity.py)."""
        return conversation_id(CHANNEL_NAME, self._get_conversation_id(user, channel, thread))

    def _start(
        self, handle: MessageHandler, text: str, sender: str, metadata: dict[str, Any]
    ) -> None:
        """Handles the message after the webhook has answered: Slack waits 3 seconds at most."""
        thread_id = metadata["thread_id"] if self.use_threads else None
        output = self.get_output_channel(metadata["out_channel"], thread_id)
        message = UserMessage(text, output, sender, input_channel=self.name(), metadata=metadata)
        task = asyncio.create_task(handle(message))
        self._background_tasks.add(task)
        task.add_done_callback(self._background_tasks.discard)


def _bot_user_ids(body: dict[str, Any]) -> list[str]:
    """The app's own bot user ids, as the Events API names them in `authorizations`."""
    return [
        item["user_id"]
        for item in body.get("authorizations") or []
        if isinstance(item, dict) and item.get("is_bot") and isinstance(item.get("user_id"), str)
    ]
