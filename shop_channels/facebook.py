"""The shop on Facebook Messenger: Rasa's Messenger connector, configured from the environment,
with product carousels, every choice kept, and the webhook checks Rasa 3.6 leaves out.

Webhook: GET (verification) and POST /webhooks/facebook/webhook. Settings, read by
commerce/config.py (see docs/channels.md):

- `SHOP_FACEBOOK_VERIFY_TOKEN`: the token you type into the app's webhook settings;
- `SHOP_FACEBOOK_APP_SECRET`: the app secret, to verify that a request comes from Facebook;
- `SHOP_FACEBOOK_PAGE_ACCESS_TOKEN`: the page's token, to send replies;
- `SHOP_FACEBOOK_GRAPH_URL`: the Graph API base URL with its version,
  https://graph.facebook.com/v2.12 (what Rasa's fbmessenger library uses) unless set.

Without them the assistant still starts; the webhook answers 503 and logs which variable is
missing.

What this adds to rasa.core.channels.facebook (3.6.21):
- Signatures: Rasa checks only X-Hub-Signature (SHA-1), with any hash name the sender picks, and
  answers 200 "not validated" to a forged request. Here X-Hub-Signature-256 and X-Hub-Signature
  are both checked when present (one is required), in constant time, and a failure gets 403.
- The verification handshake answers 403 to a wrong token instead of 200; a body that is not JSON
  gets 400, an object other than `page` 404; every event of a batch is handled (Rasa stops after
  the first), each message id once (Facebook re-delivers), and the page's own messages (echoes) are
  never read as the shopper's.
- Replies (shop_channels/facebook_replies.py): result cards as a generic-template carousel
  (image, title, price line, Details / Buy / Add to cart) with the other choices as quick replies;
  up to 3 buttons as a button template, up to 13 as quick replies, more as cards of 3 buttons
  each; text in pieces of 640 characters. Sending runs in a worker thread (the library uses
  blocking `requests`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.facebook import FacebookInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from commerce.config import load_channel_settings
from shop_channels import MessageHandler, never_silent
from shop_channels.facebook_replies import CHANNEL_NAME, DEFAULT_GRAPH_URL, ShopMessengerBot
from shop_channels.identity import conversation_id
from shop_channels.webhooks import refuse, unconfigured
from shop_integrations.replay import RecentIds

logger = logging.getLogger(__name__)

CHANNEL = "Messenger"
VARIABLES = {
    "verify_token": "SHOP_FACEBOOK_VERIFY_TOKEN",
    "app_secret": "SHOP_FACEBOOK_APP_SECRET",
    "page_access_token": "SHOP_FACEBOOK_PAGE_ACCESS_TOKEN",
    "graph_url": "SHOP_FACEBOOK_GRAPH_URL",
}


@dataclass(frozen=True)
class MessengerSettings:
    """The Facebook app's and page's credentials and the Graph API address, from the
    environment."""

    verify_token: str
    app_secret: str
    page_access_token: str
    graph_url: str = DEFAULT_GRAPH_URL

    @classmethod
    def from_environment(cls) -> MessengerSettings:
        """The settings as commerce/config.py reads them now."""
        channels = load_channel_settings()
        return cls(
            verify_token=channels.facebook_verify_token,
            app_secret=channels.facebook_app_secret,
            page_access_token=channels.facebook_page_access_token,
            graph_url=(channels.facebook_graph_url or DEFAULT_GRAPH_URL).rstrip("/"),
        )

    @property
    def missing(self) -> list[str]:
        """The variables that must still be set for the channel to work."""
        return [
            VARIABLES[field]
            for field in ("verify_token", "app_secret", "page_access_token")
            if not getattr(self, field)
        ]


# ---------------------------------------------------------------------------------------------
# Webhook
# ---------------------------------------------------------------------------------------------

_SIGNATURES = (
    ("X-Hub-Signature-256", "sha256", hashlib.sha256),
    ("X-Hub-Signature", "sha1", hashlib.sha1),
)


def signature_problem(app_secret: str, body: bytes, headers: Any) -> str | None:
    """Why the request is not signed by Facebook with `app_secret` (None if it is): every
    signature header present must match the body, and one must be present."""
    present = False
    for header, algorithm, digest in _SIGNATURES:
        value = headers.get(header)
        if value is None:
            continue
        present = True
        expected = f"{algorithm}=" + hmac.new(app_secret.encode(), body, digest).hexdigest()
        if not hmac.compare_digest(expected.encode(), value.strip().encode()):
            return f"{header} does not match the body"
    return None if present else "no X-Hub-Signature-256 or X-Hub-Signature header"


def _object(value: Any) -> dict[str, Any]:
    """`value` if it is a JSON object, else an empty one (a malformed field is a missing one)."""
    return value if isinstance(value, dict) else {}


class ShopFacebookInput(FacebookInput):
    """Rasa's Messenger input channel reading its secrets from the environment (see the module
    docstring). Its webhook is /webhooks/facebook/webhook.

    `get_output_channel()` sends to a Messenger conversation outside a webhook request, e.g. a
    human agent's reply: Rasa's HTTP API uses it for `?output_channel=facebook` or
    `?output_channel=latest` on /conversations/<id>/execute and /trigger_intent, and code can use
    `ShopFacebookInput.from_environment().get_output_channel().send_response(psid,
    {"text": ...})`. The conversation id is `facebook:<PSID>`, the shopper's page-scoped id in
    the channel's namespace (shop_channels/identity.py); the output channel takes either form.
    Messenger lets a page answer within 24 hours of the shopper's last message.
    """

    @classmethod
    def name(cls) -> str:
        return CHANNEL_NAME

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> ShopFacebookInput:
        """credentials.yml holds nothing for this channel: every setting is in the environment."""
        return cls.from_environment()

    @classmethod
    def from_environment(cls) -> ShopFacebookInput:
        return cls(MessengerSettings.from_environment())

    def __init__(self, settings: MessengerSettings) -> None:
        super().__init__(settings.verify_token, settings.app_secret, settings.page_access_token)
        self.settings = settings
        self._deliveries = RecentIds()
        if settings.missing:
            logger.warning(
                "Messenger channel off until %s are set; its webhook answers 503",
                ", ".join(settings.missing),
            )

    def get_output_channel(self) -> ShopMessengerBot | None:
        """A Messenger output channel sending with the page token (None if it is not set)."""
        if not self.settings.page_access_token:
            logger.error(
                "No Messenger output channel: %s is not set", VARIABLES["page_access_token"]
            )
            return None
        return ShopMessengerBot(self.settings.page_access_token, self.settings.graph_url)

    def blueprint(self, on_new_message: MessageHandler) -> Blueprint:
        handle = never_silent(on_new_message)
        fb_webhook = Blueprint("fb_webhook", __name__)

        @fb_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok" if not self.settings.missing else "unconfigured"})

        @fb_webhook.route("/webhook", methods=["GET"])
        async def verification(request: Request) -> HTTPResponse:
            """Facebook's subscription handshake: echo hub.challenge if the token is ours."""
            if not self.settings.verify_token:
                return unconfigured([VARIABLES["verify_token"]], CHANNEL)
            token = request.args.get("hub.verify_token") or ""
            if request.args.get("hub.mode") != "subscribe" or not hmac.compare_digest(
                token.encode(), self.settings.verify_token.encode()
            ):
                return refuse(HTTPStatus.FORBIDDEN, "wrong hub.verify_token or hub.mode", CHANNEL)
            return response.text(request.args.get("hub.challenge") or "")

        @fb_webhook.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if self.settings.missing:
                return unconfigured(self.settings.missing, CHANNEL)
            problem = signature_problem(self.settings.app_secret, request.body, request.headers)
            if problem:
                return refuse(HTTPStatus.FORBIDDEN, problem, CHANNEL)
            try:
                body = json.loads(request.body)
            except ValueError:
                return refuse(HTTPStatus.BAD_REQUEST, "the body is not JSON", CHANNEL)
            if not isinstance(body, dict):
                return refuse(HTTPStatus.BAD_REQUEST, "the body is not a JSON object", CHANNEL)
            if body.get("object") != "page":
                return refuse(
                    HTTPStatus.NOT_FOUND, f"not a page event: {body.get('object')!r}", CHANNEL
                )
            entries = body.get("entry")
            if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
                return refuse(HTTPStatus.BAD_REQUEST, "`entry` is not a list of objects", CHANNEL)
            for entry in entries:
                for event in entry.get("messaging") or []:
                    if isinstance(event, dict):
                        await self._on_messaging_event(event, entry, handle)
            # Facebook wants 200 for every delivery, events we do not handle included.
            return response.text("EVENT_RECEIVED")

        return fb_webhook

    async def _on_messaging_event(
        self, event: dict[str, Any], entry: dict[str, Any], handle: MessageHandler
    ) -> None:
        sender = _object(event.get("sender")).get("id")
        message, postback = _object(event.get("message")), _object(event.get("postback"))
        text: Any = None
        delivery_id = None
        if message and not message.get("is_echo"):
            delivery_id = message.get("mid")
            attachments = message.get("attachments")
            first_attachment = _object(
                attachments[0] if isinstance(attachments, list) and attachments else None
            )
            # A quick reply also carries its title as text; the payload is what the bot needs.
            text = (
                _object(message.get("quick_reply")).get("payload")
                or message.get("text")
                or _object(first_attachment.get("payload")).get("url")
            )
        elif postback:
            delivery_id = postback.get("mid")
            text = postback.get("payload")
        if not isinstance(text, str) or not text.strip() or not isinstance(sender, str | int):
            logger.debug("Messenger event ignored: %s", sorted(event))
            return
        sender = str(sender)
        if sender == str(entry.get("id")):
            return  # the page itself
        if not self._deliveries.first_time(delivery_id):
            logger.info("Messenger re-delivered %s; already handled", delivery_id)
            return
        output = self.get_output_channel()
        if output is None:
            return
        await output.send_action(sender, "mark_seen")
        await output.send_action(sender, "typing_on")
        metadata = {"page_id": entry.get("id")}
        conversation = conversation_id(CHANNEL_NAME, sender)  # shop_channels/identity.py
        await handle(
            UserMessage(text, output, conversation, input_channel=self.name(), metadata=metadata)
        )
