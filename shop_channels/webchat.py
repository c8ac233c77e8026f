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

Sessions: the session id is the conversation's id in the web chat's namespace,
`socketio:<32 random URL-safe characters>` (192 bits; shop_channels/identity.py), issued by the
server. A socket asking for an id of another shape (another channel's, a guessable one, or one
from before this scheme) gets a new session. Each message goes to the session its socket was
confirmed in, whatever `session_id` the message names. A message that is not text gets "I
couldn't read that" (Rasa's own handler failed on it and said nothing), and one over
`SHOP_MAX_MESSAGE_CHARS` gets "too long" (shop_channels/__init__.py); socket.io packets up to
`MAX_PACKET_BYTES` are read, so a long message is answered instead of dropping the connection.

`SHOP_IMAGE_BASE_URL`, when set, replaces everything before the file name of each product image
URL, e.g. `http://localhost:8080/images` turns `https://shop.example.com/images/x.jpg` into
`http://localhost:8080/images/x.jpg`: the demo catalog's image host does not exist, and the web
chat's own server draws a placeholder for every product (webchat/server.py).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import secrets
import sys
from typing import Any

import sanic
from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint
from sanic.server.websockets.frame import WebsocketFrameAssembler

from commerce.config import load_settings
from shop_channels import MessageHandler, never_silent, refusal
from shop_channels.cards import ShopMessage
from shop_channels.identity import conversation_id

logger = logging.getLogger(__name__)

IMAGE_BASE_URL_VARIABLE = "SHOP_IMAGE_BASE_URL"
CHANNEL_NAME = "socketio"
SESSION_ID = re.compile(r"socketio:[A-Za-z0-9_-]{32}")
MAX_PACKET_BYTES = 4 * 1024 * 1024  # engine.io's default (1 MB) closes the socket, unanswered
MAX_METADATA_CHARS = 4096


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
        blueprint = super().blueprint(on_new_message)  # its message handler is replaced below
        self._handle = never_silent(on_new_message)
        self._sessions: dict[str, str] = {}  # socket id -> the session it was confirmed in
        self.sio.eio.max_http_buffer_size = MAX_PACKET_BYTES
        # These replace Rasa's handlers of the same events (python-socketio keeps one per event).
        self.sio.on("session_request", namespace=self.namespace)(self._confirm_session)
        self.sio.on(self.user_message_evt, namespace=self.namespace)(self._on_user_message)
        self.sio.on("disconnect", namespace=self.namespace)(self._forget_socket)
        return blueprint

    async def _confirm_session(self, sid: str, data: Any = None) -> None:
        """Joins the socket to the shopper's session (the one it asks for if it is a web chat
        session id, else a new one) and tells it the session id.

        Rasa 3.6 does the same but calls `enter_room` without awaiting it, and python-socketio 5
        made that a coroutine: the socket never joined, so with `session_persistence` every
        answer went to an empty room and the shopper saw nothing.
        """
        asked_for = data.get("session_id") if isinstance(data, dict) else None
        session_id = asked_for if _is_session_id(asked_for) else new_session_id()
        previous = self._sessions.get(sid)
        if previous and previous != session_id:
            await self.sio.leave_room(sid, previous, namespace=self.namespace)
        self._sessions[sid] = session_id
        if self.session_persistence:
            await self.sio.enter_room(sid, session_id, namespace=self.namespace)
        await self.sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)

    async def _on_user_message(self, sid: str, data: Any = None) -> None:
        """A shopper's message: handled in the socket's own session, answered in any case."""
        output = WebChatOutput(self.sio, self.bot_message_evt)
        if self.session_persistence:
            sender = self._sessions.get(sid)
            if sender is None:
                # Rasa's widget always asks for a session first; without one there is nobody
                # to answer but this socket.
                await output.send_response(sid, {"text": no_session_text()})
                return
        else:
            sender = conversation_id(CHANNEL_NAME, sid)
        text = data.get("message") if isinstance(data, dict) else data
        metadata = data.get(self.metadata_key) if isinstance(data, dict) else None
        if not isinstance(metadata, dict) or len(json.dumps(metadata)) > MAX_METADATA_CHARS:
            metadata = None  # kept in the conversation: only a small object of the page's own
        if not self.session_persistence:
            output = _ToSocket(output, sid)
        problem = refusal(text)
        if problem is not None:  # not text, or too long: answered, not read
            await output.send_response(sender, {"text": problem})
            return
        await self._handle(
            UserMessage(text, output, sender, input_channel=self.name(), metadata=metadata)
        )

    async def _forget_socket(self, sid: str) -> None:
        self._sessions.pop(sid, None)


class _ToSocket(OutputChannel):
    """Without session persistence the conversation is the socket: answers go to its room."""

    def __init__(self, output: WebChatOutput, sid: str) -> None:
        self.output = output
        self.sid = sid

    @classmethod
    def name(cls) -> str:
        return "socketio"

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        await self.output.send_response(self.sid, message)


def new_session_id() -> str:
    """A fresh web chat session id: random, long, and in the web chat's namespace."""
    return conversation_id(CHANNEL_NAME, secrets.token_urlsafe(24))


def no_session_text() -> str:
    return "Sorry, I lost track of this chat. Please reload the page to start again."


def _is_session_id(value: Any) -> bool:
    # It becomes the conversation's sender id: only ids of the shape this channel issues.
    return isinstance(value, str) and SESSION_ID.fullmatch(value) is not None
