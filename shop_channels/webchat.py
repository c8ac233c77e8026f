"""The shop's web chat channel: Rasa's socket.io channel, with product cards and never silent.

Registered in credentials.yml as `shop_channels.webchat.ShopSocketIOInput` (same options as Rasa's
`socketio` entry, served on the Rasa server's port at /socket.io). The page in webchat/ talks to it.

Rasa's own socket.io output splits a message into text, quick replies and image events and drops
keys it does not know. This channel sends each bot message as ONE `bot_uttered` event instead, in
Rasa's socket.io vocabulary plus one key, so a generic Rasa web widget still shows the text, the
quick replies and the picture:

    {"text": str,
     "quick_replies": [{"content_type": "text", "title": str, "payload": str}, ...],
     "product_cards": [{"title", "subtitle", "image_url", "buttons": [{"title", "payload"}]}],
     "attachment": {"type": "image", "payload": {"src": str}}}

(each key only when it has something). For a message with product cards, the text is only its
heading (without the numbered result lines the cards repeat) and the quick replies are only the
buttons the cards do not already offer (e.g. "Show more"): `ShopMessage` in shop_channels/cards.py
works that out for every rich channel alike.

`SHOP_IMAGE_BASE_URL`, when set, replaces everything before the file name of each product image
URL, e.g. `http://localhost:8080/images` turns `https://shop.example.com/images/x.jpg` into
`http://localhost:8080/images/x.jpg`: the demo catalog's image host does not exist, and the web
chat's own server draws a placeholder for every product (webchat/server.py).
"""

from __future__ import annotations

import asyncio
import logging
import sys
import uuid
from typing import Any

import sanic
from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint
from sanic.server.websockets.frame import WebsocketFrameAssembler

from commerce.config import load_settings
from shop_channels import MessageHandler, never_silent
from shop_channels.cards import ShopMessage

logger = logging.getLogger(__name__)

IMAGE_BASE_URL_VARIABLE = "SHOP_IMAGE_BASE_URL"
MAX_SESSION_ID_LENGTH = 255  # the sender id column of Rasa's SQL tracker store


def _let_sanic_websockets_receive_on_python_311() -> None:
    """Sanic 21.12 (Rasa 3.6's pin) hands a coroutine to `asyncio.wait` when a WebSocket
    receives, which Python 3.11 forbids: every socket.io WebSocket then fails on its first message
    (sanic-org/sanic#2377, fixed in later Sanic). Making the frame assembler's `get` return a task,
    the fix Sanic itself made, lets the web chat use WebSockets instead of long polling only."""
    if sys.version_info < (3, 11) or not sanic.__version__.startswith("21."):
        return
    receive = WebsocketFrameAssembler.get
    if getattr(receive, "returns_a_task", False):
        return

    def get_as_task(self: WebsocketFrameAssembler, timeout: float | None = None) -> asyncio.Task:
        return asyncio.ensure_future(receive(self, timeout))

    get_as_task.returns_a_task = True  # type: ignore[attr-defined]
    WebsocketFrameAssembler.get = get_as_task  # type: ignore[method-assign]


_let_sanic_websockets_receive_on_python_311()


def displayed_image_url(url: str | None, base_url: str | None = None) -> str | None:
    """`url` as the web chat should load it: moved under `SHOP_IMAGE_BASE_URL` when that is set."""
    base_url = load_settings().image_base_url if base_url is None else base_url
    if not url or not base_url:
        return url or None
    file_name = url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return f"{base_url.rstrip('/')}/{file_name}" if file_name else url


def web_chat_message(message: dict[str, Any], image_base_url: str | None = None) -> dict[str, Any]:
    """The one `bot_uttered` event the web chat gets for a bot message (format in the docstring
    of this module); empty when the message has nothing the web chat can show."""
    parts = ShopMessage.from_rasa(message)
    event: dict[str, Any] = {}
    if parts.heading:
        event["text"] = parts.heading
    if parts.extra_choices:
        event["quick_replies"] = [
            {"content_type": "text", "title": choice.title, "payload": choice.payload}
            for choice in parts.extra_choices
        ]
    if parts.cards:
        event["product_cards"] = [
            {
                "title": card.title,
                "subtitle": card.subtitle,
                "image_url": displayed_image_url(card.image_url, image_base_url),
                "buttons": [
                    {"title": choice.title, "payload": choice.payload} for choice in card.choices
                ],
            }
            for card in parts.cards
        ]
    image = displayed_image_url(parts.image, image_base_url)
    if image:
        event["attachment"] = {"type": "image", "payload": {"src": image}}
    return event


class WebChatOutput(SocketIOOutput):
    """Sends each bot message to the web chat as one `bot_uttered` event (see the module doc)."""

    @classmethod
    def name(cls) -> str:
        return "socketio"

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        event = web_chat_message(message)
        if event:
            await self._send_message(recipient_id, event)
        else:
            # e.g. a `custom` payload meant for Slack or Messenger only
            logger.debug("Nothing for the web chat in a message to %s", recipient_id)


class ShopSocketIOInput(SocketIOInput):
    """Rasa's socket.io channel (same credentials.yml options) answering through `WebChatOutput`,
    and with an apology whenever a shopper's message would otherwise get no reply at all."""

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def get_output_channel(self) -> OutputChannel | None:
        """The output for messages Rasa sends on its own (reminders, external events)."""
        if self.sio is None:
            return super().get_output_channel()  # warns and returns None, as Rasa's does
        return WebChatOutput(self.sio, self.bot_message_evt)

    def blueprint(self, on_new_message: MessageHandler) -> Blueprint:
        blueprint = super().blueprint(_answer_through_web_chat_output(never_silent(on_new_message)))
        # Replaces Rasa's handler of the same event (python-socketio keeps one per event).
        self.sio.on("session_request", namespace=self.namespace)(self._confirm_session)
        return blueprint

    async def _confirm_session(self, sid: str, data: Any = None) -> None:
        """Joins the socket to the shopper's session (the one it asks for, else a new one) and
        tells it the session id.

        Rasa 3.6 does the same but calls `enter_room` without awaiting it, and python-socketio 5
        made that a coroutine: the socket never joined, so with `session_persistence` every
        answer went to an empty room and the shopper saw nothing.
        """
        asked_for = data.get("session_id") if isinstance(data, dict) else None
        session_id = asked_for if _is_session_id(asked_for) else uuid.uuid4().hex
        if self.session_persistence:
            await self.sio.enter_room(sid, session_id, namespace=self.namespace)
        await self.sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)


def _is_session_id(value: Any) -> bool:
    # It becomes the conversation's sender id: a plain string that fits the tracker store.
    return (
        isinstance(value, str) and 0 < len(value) <= MAX_SESSION_ID_LENGTH and value.isprintable()
    )


def _answer_through_web_chat_output(on_new_message: MessageHandler) -> MessageHandler:
    # Rasa's handler builds a plain SocketIOOutput per message; swap it before `never_silent`
    # starts watching the channel, so the apology and the answers go through the same output.
    async def handle(message: UserMessage) -> None:
        channel = message.output_channel
        if isinstance(channel, SocketIOOutput) and not isinstance(channel, WebChatOutput):
            message.output_channel = WebChatOutput(channel.sio, channel.bot_message_evt)
        await on_new_message(message)

    return handle
