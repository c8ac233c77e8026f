"""Rasa's REST channel (same URL and answers: POST /webhooks/rest/webhook with
`{"sender": ..., "message": ...}`, a JSON list of the bot's messages back) that never leaves a
message unanswered, reads only well-formed requests, and keeps to its own conversations.

What it adds to rasa.core.channels.rest (3.6.21):
- A body that is not a JSON object with a string `sender` and a string `message` (malformed or
  too deeply nested JSON, invalid UTF-8, a number or a list for the message, no sender) gets 400
  and a reason, instead of a server error or a conversation for the sender "default".
- Identity: the caller names the sender, so a sender id of another channel's namespace
  (`facebook:...`, `slack:...`, `socketio:...`; shop_channels/identity.py) is refused with 403,
  and the input channel is always "rest" (Rasa let the body name another one).
- Access: in production (`SHOP_ENV=production`) the channel is off unless
  `SHOP_REST_CHANNEL_TOKEN` is set, and then, as whenever that is set, only callers sending
  `Authorization: Bearer <token>` get through (401 otherwise).
"""

from __future__ import annotations

import hmac
import json
import logging
from asyncio import CancelledError
from http import HTTPStatus
from typing import Any

import rasa.utils.endpoints
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse, ResponseStream

from commerce.config import load_channel_guard_settings
from shop_channels import MessageHandler, never_silent, refusal
from shop_channels.identity import namespace_of
from shop_channels.webhooks import refuse

logger = logging.getLogger(__name__)

CHANNEL = "REST"
MAX_SENDER_CHARS = 255  # the sender id column of Rasa's SQL tracker store
MAX_METADATA_CHARS = 4096  # metadata is kept in the conversation; anything bigger is not ours


class BadRequest(ValueError):
    """A request the channel cannot read; the message says why."""


def read_request(body: bytes) -> tuple[str, Any, dict[str, Any] | None]:
    """The sender, message and metadata of a REST body, or BadRequest saying what is wrong. The
    message is returned as sent (`refusal` answers one that is not text)."""
    try:
        # UTF-8 only, strictly (RFC 8259): json.loads would let surrogates through, and NaN.
        request = json.loads(body.decode("utf-8"), parse_constant=_not_json)
    except (ValueError, RecursionError) as error:  # invalid UTF-8 is a ValueError too
        raise BadRequest("the body is not valid UTF-8 JSON") from error
    if not isinstance(request, dict):
        raise BadRequest('the body must be a JSON object: {"sender": ..., "message": ...}')
    sender = request.get("sender")
    if not isinstance(sender, str) or not sender.strip():
        raise BadRequest('"sender" must be a non-empty string')
    if len(sender) > MAX_SENDER_CHARS or not sender.isprintable():
        raise BadRequest(f'"sender" must be printable and at most {MAX_SENDER_CHARS} characters')
    if "message" not in request:
        raise BadRequest('"message" is missing')
    metadata = request.get("metadata")
    if metadata is not None and (
        not isinstance(metadata, dict) or len(json.dumps(metadata)) > MAX_METADATA_CHARS
    ):
        raise BadRequest(f'"metadata" must be a JSON object of at most {MAX_METADATA_CHARS} chars')
    return sender, request["message"], metadata


def _not_json(constant: str) -> None:
    raise ValueError(f"{constant} is not JSON")


class ShopRestInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: MessageHandler) -> Blueprint:
        handle = never_silent(on_new_message)
        rest = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)

        @rest.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @rest.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> ResponseStream | HTTPResponse:
            denied = self._access_refusal(request)
            if denied is not None:
                return denied
            try:
                sender, text, metadata = read_request(request.body or b"")
            except BadRequest as problem:
                return refuse(HTTPStatus.BAD_REQUEST, str(problem), CHANNEL)
            owner = namespace_of(sender)
            if owner is not None:
                return refuse(
                    HTTPStatus.FORBIDDEN,
                    f"sender ids starting with '{owner}:' belong to the {owner} channel",
                    CHANNEL,
                )
            problem = refusal(text)
            if problem is not None:  # not text, or too long: answered, not read
                return response.json([{"recipient_id": sender, "text": problem}])
            if rasa.utils.endpoints.bool_arg(request, "stream", default=False):
                return response.stream(
                    self.stream_response(handle, text, sender, self.name(), metadata),
                    content_type="text/event-stream",
                )
            collector = CollectingOutputChannel()
            try:
                await handle(
                    UserMessage(
                        text, collector, sender, input_channel=self.name(), metadata=metadata
                    )
                )
            except CancelledError:
                logger.error("Rasa timed out on a REST message from %s", sender)
            return response.json(collector.messages)

        return rest

    @staticmethod
    def _access_refusal(request: Request) -> HTTPResponse | None:
        settings = load_channel_guard_settings()
        if settings.rest_channel_open:
            return None
        if not settings.rest_channel_token:
            return refuse(
                HTTPStatus.FORBIDDEN,
                "the REST channel is off in production (SHOP_ENV=production); set "
                "SHOP_REST_CHANNEL_TOKEN to let callers with that token use it",
                CHANNEL,
            )
        sent = request.headers.get("authorization") or ""
        expected = f"Bearer {settings.rest_channel_token}"
        if not hmac.compare_digest(sent.encode(), expected.encode()):
            return refuse(
                HTTPStatus.UNAUTHORIZED, "missing or wrong Authorization: Bearer token", CHANNEL
            )
        return None
