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
- Replies: result cards as a generic-template carousel (image, title, price line, Details / Buy /
  Add to cart) with the other choices as quick replies; up to 3 buttons as a button template, up to
  13 as quick replies, more as cards of 3 buttons each; text in pieces of 640 characters. Sending
  runs in a worker thread (the library uses blocking `requests`).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from fbmessenger import MessengerClient
from rasa.core.channels.channel import UserMessage
from rasa.core.channels.facebook import FacebookInput, MessengerBot
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from commerce.config import load_channel_settings
from shop_channels import never_silent
from shop_channels.cards import (
    Choice,
    ProductCard,
    ShopMessage,
    ShowsShopMessages,
    in_pieces,
    shorten,
    spelled_out,
    split_text,
)
from shop_channels.identity import conversation_id, platform_id
from shop_channels.webhooks import refuse, unconfigured
from shop_integrations.replay import RecentIds

logger = logging.getLogger(__name__)

CHANNEL = "Messenger"
CHANNEL_NAME = "facebook"  # the channel's name(), and its namespace of conversation ids
DEFAULT_GRAPH_URL = "https://graph.facebook.com/v2.12"
VARIABLES = {
    "verify_token": "SHOP_FACEBOOK_VERIFY_TOKEN",
    "app_secret": "SHOP_FACEBOOK_APP_SECRET",
    "page_access_token": "SHOP_FACEBOOK_PAGE_ACCESS_TOKEN",
    "graph_url": "SHOP_FACEBOOK_GRAPH_URL",
}

# Messenger limits (developers.facebook.com/docs/messenger-platform/reference).
MAX_TEXT = 640  # a button template's text; plain text allows 2000, one limit keeps it simple
MAX_QUICK_REPLIES = 13
MAX_QUICK_REPLY_TITLE = 20  # the same as a button's: one rule for both
MAX_TEMPLATE_BUTTONS = 3
MAX_BUTTON_TITLE = 20
MAX_ELEMENTS = 10
MAX_ELEMENT_TITLE = 80
MAX_SUBTITLE = 80
MAX_PAYLOAD = 1000
SEND_TIMEOUT_SECONDS = 20


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
# Replies
# ---------------------------------------------------------------------------------------------


def messenger_messages(message: ShopMessage) -> list[dict[str, Any]]:
    """The Send API `message` objects that show `message` on Messenger, in order. Every choice is
    a button or a quick reply; quick replies ride on the last message, where Messenger shows
    them."""
    messages: list[dict[str, Any]] = []
    if message.image:
        messages.append({"attachment": {"type": "image", "payload": {"url": message.image}}})
    elements: list[dict[str, Any]] = []
    overflow: list[Choice] = []
    for card in message.cards:
        element, more = _card_element(card)
        elements.append(element)
        overflow += more
    heading, choices = spelled_out(
        message.heading, [*message.extra_choices, *overflow], MAX_BUTTON_TITLE
    )
    texts = split_text(heading, MAX_TEXT)
    if elements:
        messages += [{"text": text} for text in texts]
        messages += [_carousel(piece) for piece in in_pieces(elements, MAX_ELEMENTS)]
    elif choices and len(choices) <= MAX_TEMPLATE_BUTTONS and texts:
        # A button template's buttons stay on screen (quick replies vanish after the next message).
        messages += [{"text": text} for text in texts[:-1]]
        messages.append(_button_template(texts[-1], choices))
        choices = []
    else:
        messages += [{"text": text} for text in texts]

    if len(choices) > MAX_QUICK_REPLIES:
        messages += [
            _carousel(piece) for piece in in_pieces(_choice_elements(choices), MAX_ELEMENTS)
        ]
    elif choices:
        if not messages:
            messages.append({"text": "Choose one:"})
        messages[-1]["quick_replies"] = [_quick_reply(choice) for choice in choices]
    return messages


def _postback(choice: Choice) -> dict[str, Any]:
    if len(choice.payload) > MAX_PAYLOAD:
        logger.error("Messenger: the payload of %r is over 1000 characters", choice.title)
    return {
        "type": "postback",
        "title": shorten(choice.title, MAX_BUTTON_TITLE),
        "payload": choice.payload,
    }


def _quick_reply(choice: Choice) -> dict[str, Any]:
    return {
        "content_type": "text",
        "title": shorten(choice.title, MAX_QUICK_REPLY_TITLE),
        "payload": choice.payload,
    }


def _button_template(text: str, choices: Sequence[Choice]) -> dict[str, Any]:
    return {
        "attachment": {
            "type": "template",
            "payload": {
                "template_type": "button",
                "text": text,
                "buttons": [_postback(choice) for choice in choices],
            },
        }
    }


def _card_element(card: ProductCard) -> tuple[dict[str, Any], list[Choice]]:
    """A carousel element for `card`, and the card's buttons beyond the three an element holds
    (they become quick replies, named after the card)."""
    element: dict[str, Any] = {"title": shorten(card.title, MAX_ELEMENT_TITLE) or "Product"}
    if card.subtitle:
        element["subtitle"] = shorten(card.subtitle, MAX_SUBTITLE)
    if card.image_url and card.image_url.startswith(("http://", "https://")):
        element["image_url"] = card.image_url
    shown, overflow = card.choices[:MAX_TEMPLATE_BUTTONS], card.choices[MAX_TEMPLATE_BUTTONS:]
    if shown:
        element["buttons"] = [_postback(choice) for choice in shown]
    return element, [Choice(f"{c.title}: {card.title}", c.payload) for c in overflow]


def _choice_elements(choices: Sequence[Choice]) -> list[dict[str, Any]]:
    """Choices too many for quick replies, as carousel cards of three buttons each, titled with
    the choices' full names (a button shows 20 characters)."""
    elements = []
    for piece in in_pieces(choices, MAX_TEMPLATE_BUTTONS):
        elements.append(
            {
                "title": shorten(" · ".join(choice.title for choice in piece), MAX_ELEMENT_TITLE),
                "buttons": [_postback(choice) for choice in piece],
            }
        )
    return elements


def _carousel(elements: Sequence[dict[str, Any]]) -> dict[str, Any]:
    return {
        "attachment": {
            "type": "template",
            "payload": {"template_type": "generic", "elements": list(elements)},
        }
    }


class ShopMessengerBot(ShowsShopMessages, MessengerBot):
    """Sends the bot's messages through the Graph API Send API at the configured address."""

    def __init__(self, page_access_token: str, graph_url: str = DEFAULT_GRAPH_URL) -> None:
        client = MessengerClient(page_access_token)
        client.graph_url = graph_url.rstrip("/")  # the library pins the Graph API address
        super().__init__(client)

    async def send_shop_message(self, recipient_id: str, message: ShopMessage) -> None:
        for payload in messenger_messages(message):
            await self._send(recipient_id, payload)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self.send_shop_message(recipient_id, ShopMessage(text, (), (), None))

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await self.send_shop_message(
            recipient_id, ShopMessage.from_rasa({"text": text, "buttons": buttons})
        )

    async def send_quick_replies(
        self, recipient_id: str, text: str, quick_replies: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await self.send_shop_message(
            recipient_id, ShopMessage.from_rasa({"text": text, "quick_replies": quick_replies})
        )

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        await self.send_shop_message(recipient_id, ShopMessage("", (), (), image))

    async def send_elements(
        self, recipient_id: str, elements: Sequence[dict[str, Any]], **kwargs: Any
    ) -> None:
        for element in elements:
            self._add_postback_info(element.get("buttons") or [])
        for piece in in_pieces(list(elements), MAX_ELEMENTS):
            await self._send(recipient_id, _carousel(piece))

    async def send_custom_json(self, recipient_id: str, json_message: Any, **kwargs: Any) -> None:
        if isinstance(json_message, dict) and "sender" in json_message:
            recipient_id = json_message.pop("sender", {}).pop("id", recipient_id)
        await self._send(recipient_id, json_message)

    async def send_action(self, recipient_id: str, sender_action: str) -> None:
        """Sends a sender action ("mark_seen", "typing_on", "typing_off")."""
        psid = platform_id(CHANNEL_NAME, recipient_id)
        await self._call(self.messenger_client.send_action, sender_action, psid)

    def send(self, recipient_id: str, element: Any) -> None:
        # Rasa's blocking path, kept for callers of the base class; this class sends with _send.
        psid = platform_id(CHANNEL_NAME, recipient_id)
        self.messenger_client.send(element.to_dict(), psid, "RESPONSE")

    async def _send(self, recipient_id: str, payload: Any) -> None:
        # Rasa addresses the conversation ("facebook:<PSID>"); the Send API wants the PSID.
        psid = platform_id(CHANNEL_NAME, recipient_id)
        await self._call(self.messenger_client.send, payload, psid, "RESPONSE")

    async def _call(self, method: Callable[..., Any], *args: Any) -> None:
        try:
            answer = await asyncio.to_thread(method, *args, timeout=SEND_TIMEOUT_SECONDS)
        except Exception:
            logger.exception("Sending to Messenger failed")
            return
        if isinstance(answer, dict) and "error" in answer:
            logger.error("Messenger refused a message: %s", answer["error"])


# ---------------------------------------------------------------------------------------------
# Webhook
# ---------------------------------------------------------------------------------------------

MessageHandler = Callable[[UserMessage], Awaitable[Any]]
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
