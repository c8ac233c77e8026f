"""Local stand-ins for the chat platforms' HTTP APIs, and the webhooks the platforms send.

Tests cannot reach Slack or Facebook, so each stand-in is a small HTTP server on a free port of
127.0.0.1 (in a daemon thread) that speaks the platform's API as documented:

- `SlackStandIn`: Slack's Web API (`chat.postMessage`, `chat.update`, `chat.postEphemeral`,
  `auth.test`, `conversations.open`) under `<base_url>` = `http://127.0.0.1:<port>/api/`, checking
  the `Authorization: Bearer` token, JSON or form bodies, required fields and Block Kit (block and
  element types, required fields, lengths, counts, unique ids).
- `FacebookStandIn`: the Graph API Send API, `POST /<version>/me/messages?access_token=...`, checking
  the token, `recipient.id`, `messaging_type`, and `message` (text, quick replies, image and
  template attachments: generic and button templates) or `sender_action`, with Messenger's limits.

Each answers as the platform does (`{"ok": true, "ts": ...}`, `{"recipient_id": ...,
"message_id": ...}`, or the platform's error answer) and records every request, accepted or not, as
a `ReceivedRequest`. A test asserts on what arrived and that `problems` is empty::

    with SlackStandIn() as slack:
        env = {"SHOP_SLACK_API_URL": slack.base_url, "SHOP_SLACK_BOT_TOKEN": slack.token}
        ...                                   # make the assistant post something
        posted = slack.next_message()         # the next chat.postMessage not yet taken
        assert posted.body["channel"] == "D0SHOPPER"
        slack.assert_quiet()                  # nothing else arrives within a second
        assert slack.problems == []

The other direction (the platform calling our webhooks) is here too: payload builders for Slack's
Events API and interactive `block_actions`, and Messenger's `object: page` events, with the
signature headers each platform adds, so tests send exactly what the platforms send.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

Json = dict[str, Any]


@dataclass(frozen=True)
class ReceivedRequest:
    """One HTTP request a stand-in received, and what it answered."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # names in lower case
    raw_body: bytes
    body: Json  # the JSON object, or the form fields (Slack's JSON-valued fields decoded)
    endpoint: str  # "chat.postMessage" (Slack) or "me/messages" (Graph API)
    status: int
    answer: Json
    problems: tuple[str, ...] = ()  # why the platform would refuse it; empty if accepted

    @property
    def accepted(self) -> bool:
        return not self.problems


class _StandIn:
    """An HTTP server in a thread that records requests; subclasses decide the answers."""

    def __init__(self) -> None:
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._received: list[ReceivedRequest] = []
        self._cursor = 0  # index of the first request `next_request` has not handed out
        self._changed = threading.Condition()

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> _StandIn:
        """Starts serving on a free port of 127.0.0.1; returns self."""
        if self._server is not None:
            return self
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, name=type(self).__name__, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stops serving and frees the port (recorded requests stay readable)."""
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError(f"{type(self).__name__} is not started")
        return self._server.server_address[1]

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- what arrived ------------------------------------------------------------------------

    @property
    def received(self) -> list[ReceivedRequest]:
        """Every request so far, in arrival order."""
        with self._changed:
            return list(self._received)

    @property
    def problems(self) -> list[str]:
        """Every reason a request was refused, as "<endpoint>: <problem>"."""
        return [
            f"{request.endpoint}: {problem}"
            for request in self.received
            for problem in request.problems
        ]

    def clear(self) -> None:
        """Forgets every recorded request."""
        with self._changed:
            self._received.clear()
            self._cursor = 0

    def next_request(
        self, timeout: float = 10.0, matching: Callable[[ReceivedRequest], bool] | None = None
    ) -> ReceivedRequest:
        """The next request not handed out yet (that `matching` accepts), waiting up to `timeout`
        seconds for it. Requests it passes over are handed out too. Raises AssertionError on
        timeout, listing what did arrive."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                while self._cursor < len(self._received):
                    request = self._received[self._cursor]
                    self._cursor += 1
                    if matching is None or matching(request):
                        return request
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(
                        f"{type(self).__name__}: no matching request within {timeout:.1f}s; "
                        f"received: {self._summary()}"
                    )
                self._changed.wait(remaining)

    def take_all(self) -> list[ReceivedRequest]:
        """Every request not handed out yet, without waiting; they count as handed out."""
        with self._changed:
            taken = self._received[self._cursor :]
            self._cursor = len(self._received)
            return taken

    def wait_until(
        self,
        condition: Callable[[list[ReceivedRequest]], bool],
        timeout: float = 10.0,
    ) -> list[ReceivedRequest]:
        """Waits until `condition(all requests so far)` is true; returns them. AssertionError on
        timeout."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not condition(list(self._received)):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(
                        f"{type(self).__name__}: condition not met within {timeout:.1f}s; "
                        f"received: {self._summary()}"
                    )
                self._changed.wait(remaining)
            return list(self._received)

    def assert_quiet(self, seconds: float = 1.0) -> None:
        """Asserts that no request arrives (beyond those handed out) within `seconds`."""
        time.sleep(seconds)
        with self._changed:
            late = self._received[self._cursor :]
        assert not late, f"{type(self).__name__}: unexpected requests: {late}"

    def _summary(self) -> str:
        return (
            "; ".join(f"{r.method} {r.endpoint} {json.dumps(r.body)[:300]}" for r in self._received)
            or "nothing"
        )

    def _record(self, request: ReceivedRequest) -> None:
        with self._changed:
            self._received.append(request)
            self._changed.notify_all()

    # -- serving -----------------------------------------------------------------------------

    def _answer(
        self, method: str, path: str, query: dict[str, str], headers: dict[str, str], body: bytes
    ) -> ReceivedRequest:
        raise NotImplementedError

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                url = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                headers = {name.lower(): value for name, value in self.headers.items()}
                try:
                    request = stand_in._answer(
                        self.command, url.path, dict(parse_qsl(url.query)), headers, raw
                    )
                except Exception as error:  # a stand-in bug must show up in the test, loudly
                    request = ReceivedRequest(
                        self.command, url.path, dict(parse_qsl(url.query)), headers, raw, {},
                        url.path, 500, {"error": repr(error)}, (f"stand-in crashed: {error!r}",),
                    )  # fmt: skip
                stand_in._record(request)
                answer = json.dumps(request.answer).encode()
                self.send_response(request.status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            do_GET = do_POST = do_DELETE = _serve  # noqa: N815 (http.server's naming)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the recorded requests are the log

        return Handler


# ---------------------------------------------------------------------------------------------
# Slack
# ---------------------------------------------------------------------------------------------

# Block Kit limits (https://api.slack.com/reference/block-kit/blocks and .../block-elements).
SLACK_MAX_BLOCKS = 50
SLACK_MAX_ACTIONS_ELEMENTS = 25
SLACK_MAX_SECTION_TEXT = 3000
SLACK_MAX_SECTION_FIELDS = 10
SLACK_MAX_FIELD_TEXT = 2000
SLACK_MAX_BUTTON_TEXT = 75
SLACK_MAX_BUTTON_VALUE = 2000
SLACK_MAX_ACTION_ID = 255
SLACK_MAX_BLOCK_ID = 255
SLACK_MAX_URL = 3000
SLACK_MAX_ALT_TEXT = 2000
SLACK_MAX_HEADER_TEXT = 150
SLACK_MAX_CONTEXT_ELEMENTS = 10
SLACK_MAX_MESSAGE_TEXT = 40000

_SLACK_FORM_JSON_FIELDS = ("blocks", "attachments", "metadata")


class SlackStandIn(_StandIn):
    """Slack's Web API on 127.0.0.1; `base_url` is what SHOP_SLACK_API_URL should be."""

    def __init__(
        self,
        token: str = "xoxb-stand-in-bot-token",
        bot_user_id: str = "U0SHOPBOT",
        bot_id: str = "B0SHOPBOT",
        team_id: str = "T0SHOP",
        unreachable_image_hosts: tuple[str, ...] = (),
    ) -> None:
        """`unreachable_image_hosts`: hosts whose images Slack cannot download; like Slack, the
        stand-in then refuses the whole message (`invalid_blocks`, "downloading image failed")."""
        super().__init__()
        self.token = token
        self.unreachable_image_hosts = unreachable_image_hosts
        self.bot_user_id = bot_user_id
        self.bot_id = bot_id
        self.team_id = team_id
        self._timestamps = itertools.count(1)

    @property
    def base_url(self) -> str:
        return f"{self.origin}/api/"

    def messages(self) -> list[Json]:
        """The bodies of every accepted chat.postMessage, in order."""
        return [r.body for r in self.received if r.endpoint == "chat.postMessage" and r.accepted]

    def next_message(self, timeout: float = 10.0) -> ReceivedRequest:
        """The next chat.postMessage call (accepted or not) not handed out yet."""
        return self.next_request(timeout, lambda r: r.endpoint == "chat.postMessage")

    def _answer(self, method, path, query, headers, body) -> ReceivedRequest:
        api_method = path.removeprefix("/api/") if path.startswith("/api/") else path
        fields, problems = _slack_fields(headers, body, query)

        def done(answer: Json, found: list[str], status: int = 200) -> ReceivedRequest:
            return ReceivedRequest(
                method, path, query, headers, body, fields, api_method, status, answer,
                tuple(found),
            )  # fmt: skip

        if problems:
            return done({"ok": False, "error": "invalid_form_data"}, problems)
        token = _bearer_token(headers) or fields.get("token")
        if not token:
            return done({"ok": False, "error": "not_authed"}, ["no token"])
        if token != self.token:
            return done({"ok": False, "error": "invalid_auth"}, [f"wrong token {token!r}"])

        if api_method == "auth.test":
            return done(
                {
                    "ok": True,
                    "url": "https://shop-stand-in.slack.com/",
                    "team": "Shop",
                    "user": "shopbot",
                    "team_id": self.team_id,
                    "user_id": self.bot_user_id,
                    "bot_id": self.bot_id,
                },
                [],
            )
        if api_method == "conversations.open":
            users = str(fields.get("users") or "")
            if not users:
                return done({"ok": False, "error": "users_list_not_supplied"}, ["no users"])
            return done({"ok": True, "channel": {"id": "D" + users.split(",")[0]}}, [])
        if api_method in ("chat.postMessage", "chat.postEphemeral", "chat.update"):
            found = slack_message_problems(fields)
            found += self._image_download_problems(fields.get("blocks"))
            if api_method == "chat.postEphemeral" and not fields.get("user"):
                found.append("chat.postEphemeral needs `user`")
            if api_method == "chat.update" and not fields.get("ts"):
                found.append("chat.update needs `ts`")
            if found:
                return done(
                    {"ok": False, "error": _slack_error_code(found), "errors": found}, found
                )
            ts = fields.get("ts") or f"{int(time.time())}.{next(self._timestamps):06d}"
            message = {
                "type": "message",
                "user": self.bot_user_id,
                "bot_id": self.bot_id,
                "text": fields.get("text", ""),
                "ts": ts,
            }
            if fields.get("blocks"):
                message["blocks"] = fields["blocks"]
            if api_method == "chat.postEphemeral":
                return done({"ok": True, "message_ts": ts}, [])
            return done(
                {"ok": True, "channel": fields["channel"], "ts": ts, "message": message}, []
            )
        return done(
            {"ok": False, "error": "unknown_method", "req_method": api_method},
            [f"unknown Web API method {api_method!r}"],
            HTTPStatus.NOT_FOUND,
        )

    def _image_download_problems(self, blocks: Any) -> list[str]:
        if not isinstance(blocks, list):
            return []
        problems = []
        for index, block in enumerate(blocks):
            images = [block, block.get("accessory")] if isinstance(block, dict) else []
            for image in images:
                if isinstance(image, dict) and image.get("type") == "image":
                    host = urlsplit(str(image.get("image_url"))).hostname
                    if host in self.unreachable_image_hosts:
                        problems.append(f"block {index}: downloading image failed")
        return problems


def _bearer_token(headers: dict[str, str]) -> str | None:
    authorization = headers.get("authorization", "")
    if authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return None


def _slack_fields(
    headers: dict[str, str], body: bytes, query: dict[str, str]
) -> tuple[Json, list[str]]:
    """The arguments of a Web API call: JSON body, form body or query string."""
    content_type = headers.get("content-type", "").split(";")[0].strip().lower()
    fields: Json = dict(query)
    if not body:
        return fields, []
    if content_type == "application/json":
        try:
            parsed = json.loads(body)
        except ValueError as error:
            return fields, [f"body is not JSON: {error}"]
        if not isinstance(parsed, dict):
            return fields, ["JSON body is not an object"]
        fields.update(parsed)
        return fields, []
    if content_type == "application/x-www-form-urlencoded":
        fields.update(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        for name in _SLACK_FORM_JSON_FIELDS:
            if isinstance(fields.get(name), str) and fields[name]:
                try:
                    fields[name] = json.loads(fields[name])
                except ValueError:
                    return fields, [f"form field {name} is not JSON"]
        return fields, []
    return fields, [f"unsupported Content-Type {content_type!r}"]


def _slack_error_code(problems: list[str]) -> str:
    first = problems[0]
    for code in ("channel_not_found", "no_text", "msg_too_long"):
        if first.startswith(code):
            return code
    return "invalid_blocks" if "block" in first or "element" in first else "invalid_arguments"


def slack_message_problems(fields: Json) -> list[str]:
    """What Slack would refuse in a chat.postMessage call's arguments (empty list: valid)."""
    problems: list[str] = []
    channel = fields.get("channel")
    if not isinstance(channel, str) or not channel:
        problems.append("channel_not_found: `channel` is required")
    text, blocks = fields.get("text"), fields.get("blocks")
    if not text and not blocks and not fields.get("attachments"):
        problems.append("no_text: `text`, `blocks` or `attachments` is required")
    if text is not None and not isinstance(text, str):
        problems.append("invalid_arguments: `text` must be a string")
    elif isinstance(text, str) and len(text) > SLACK_MAX_MESSAGE_TEXT:
        problems.append(f"msg_too_long: text has {len(text)} characters")
    if blocks is not None:
        problems += block_kit_problems(blocks)
    return problems


def block_kit_problems(blocks: Any) -> list[str]:
    """What Slack's Block Kit validation would refuse in a message's `blocks`."""
    if not isinstance(blocks, list):
        return ["blocks must be a list"]
    problems: list[str] = []
    if len(blocks) > SLACK_MAX_BLOCKS:
        problems.append(f"{len(blocks)} blocks; a message may have {SLACK_MAX_BLOCKS}")
    block_ids: set[str] = set()
    action_ids: set[str] = set()
    for index, block in enumerate(blocks):
        where = f"block {index}"
        if not isinstance(block, dict):
            problems.append(f"{where} is not an object")
            continue
        block_id = block.get("block_id")
        if block_id is not None:
            if not isinstance(block_id, str) or not 0 < len(block_id) <= SLACK_MAX_BLOCK_ID:
                problems.append(f"{where}: bad block_id {block_id!r}")
            elif block_id in block_ids:
                problems.append(f"{where}: duplicate block_id {block_id!r}")
            else:
                block_ids.add(block_id)
        kind = block.get("type")
        if kind == "section":
            text, fields = block.get("text"), block.get("fields")
            if text is None and not fields:
                problems.append(f"{where}: a section needs `text` or `fields`")
            if text is not None:
                problems += _text_problems(text, f"{where} text", SLACK_MAX_SECTION_TEXT)
            if fields is not None:
                if not isinstance(fields, list) or len(fields) > SLACK_MAX_SECTION_FIELDS:
                    problems.append(f"{where}: fields must be a list of at most 10")
                else:
                    for n, item in enumerate(fields):
                        problems += _text_problems(item, f"{where} field {n}", SLACK_MAX_FIELD_TEXT)
            accessory = block.get("accessory")
            if accessory is not None:
                problems += _element_problems(accessory, f"{where} accessory", action_ids)
        elif kind == "actions":
            elements = block.get("elements")
            if not isinstance(elements, list) or not elements:
                problems.append(f"{where}: an actions block needs elements")
                continue
            if len(elements) > SLACK_MAX_ACTIONS_ELEMENTS:
                problems.append(
                    f"{where}: {len(elements)} elements; an actions block may have "
                    f"{SLACK_MAX_ACTIONS_ELEMENTS}"
                )
            for n, element in enumerate(elements):
                problems += _element_problems(element, f"{where} element {n}", action_ids)
                if isinstance(element, dict) and element.get("type") == "image":
                    problems.append(f"{where} element {n}: images are not actions")
        elif kind == "image":
            problems += _image_problems(block, where)
            if "title" in block:
                problems += _text_problems(
                    block["title"], f"{where} title", SLACK_MAX_ALT_TEXT, plain_only=True
                )
        elif kind == "context":
            elements = block.get("elements")
            if (
                not isinstance(elements, list)
                or not 0 < len(elements) <= SLACK_MAX_CONTEXT_ELEMENTS
            ):
                problems.append(f"{where}: a context block needs 1 to 10 elements")
                continue
            for n, element in enumerate(elements):
                if isinstance(element, dict) and element.get("type") == "image":
                    problems += _image_problems(element, f"{where} element {n}")
                else:
                    problems += _text_problems(
                        element, f"{where} element {n}", SLACK_MAX_SECTION_TEXT
                    )
        elif kind == "header":
            problems += _text_problems(
                block.get("text"), f"{where} text", SLACK_MAX_HEADER_TEXT, plain_only=True
            )
        elif kind == "divider":
            pass
        else:
            problems.append(f"{where}: unsupported block type {kind!r}")
    return problems


def _text_problems(text: Any, where: str, limit: int, plain_only: bool = False) -> list[str]:
    if not isinstance(text, dict):
        return [f"{where} must be a text object"]
    kind = text.get("type")
    allowed = ("plain_text",) if plain_only else ("plain_text", "mrkdwn")
    if kind not in allowed:
        return [f"{where}: text type {kind!r} is not one of {allowed}"]
    value = text.get("text")
    if not isinstance(value, str) or not value:
        return [f"{where}: text must be a non-empty string"]
    if len(value) > limit:
        return [f"{where}: {len(value)} characters; the limit is {limit}"]
    if "emoji" in text and kind != "plain_text":
        return [f"{where}: `emoji` is only for plain_text"]
    return []


def _image_problems(image: Json, where: str) -> list[str]:
    problems = []
    url = image.get("image_url")
    if not isinstance(url, str) or not re.match(r"https?://", url) or len(url) > SLACK_MAX_URL:
        problems.append(f"{where}: image_url must be an http(s) URL of at most 3000 characters")
    alt = image.get("alt_text")
    if not isinstance(alt, str) or not alt or len(alt) > SLACK_MAX_ALT_TEXT:
        problems.append(f"{where}: alt_text is required (1 to 2000 characters)")
    return problems


def _element_problems(element: Any, where: str, action_ids: set[str]) -> list[str]:
    if not isinstance(element, dict):
        return [f"{where} is not an object"]
    kind = element.get("type")
    if kind == "image":
        return _image_problems(element, where)
    if kind != "button":
        return [f"{where}: unsupported element type {kind!r}"]
    problems = _text_problems(element.get("text"), f"{where} text", SLACK_MAX_BUTTON_TEXT, True)
    action_id = element.get("action_id")
    if action_id is not None:
        if not isinstance(action_id, str) or not 0 < len(action_id) <= SLACK_MAX_ACTION_ID:
            problems.append(f"{where}: bad action_id {action_id!r}")
        elif action_id in action_ids:
            problems.append(f"{where}: duplicate action_id {action_id!r}")
        else:
            action_ids.add(action_id)
    value = element.get("value")
    if value is not None and (not isinstance(value, str) or len(value) > SLACK_MAX_BUTTON_VALUE):
        problems.append(f"{where}: value must be a string of at most 2000 characters")
    url = element.get("url")
    if url is not None and (not isinstance(url, str) or len(url) > SLACK_MAX_URL):
        problems.append(f"{where}: url must be a string of at most 3000 characters")
    if element.get("style") not in (None, "primary", "danger"):
        problems.append(f"{where}: style must be primary or danger")
    return problems


# -- Slack calling our webhook --------------------------------------------------------------


def slack_signature_headers(
    signing_secret: str, body: bytes, timestamp: int | None = None
) -> dict[str, str]:
    """The headers Slack signs a request to our webhook with (v0, HMAC-SHA256 over
    `v0:{timestamp}:{body}`)."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(
        signing_secret.encode(), b"v0:" + stamp.encode() + b":" + body, hashlib.sha256
    ).hexdigest()
    return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": f"v0={digest}"}


_event_numbers = itertools.count(1)


def slack_message_event(
    user: str,
    text: str,
    channel: str = "D0SHOPPER",
    team_id: str = "T0SHOP",
    bot_user_id: str = "U0SHOPBOT",
    event_id: str | None = None,
    **event_fields: Any,
) -> Json:
    """An Events API `event_callback` carrying a `message` event, as Slack posts it for a direct
    message to the app (`channel_type: im`). Extra keyword arguments go into the event
    (e.g. `bot_id=...`, `subtype=...`)."""
    number = next(_event_numbers)
    now = time.time()
    event = {
        "type": "message",
        "channel": channel,
        "user": user,
        "text": text,
        "ts": f"{now:.6f}",
        "event_ts": f"{now:.6f}",
        "channel_type": "im" if channel.startswith("D") else "channel",
        "team": team_id,
    }
    event.update(event_fields)
    return {
        "token": "deprecated-verification-token",
        "team_id": team_id,
        "api_app_id": "A0SHOPAPP",
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev0STANDIN{number:06d}",
        "event_time": int(now),
        "authorizations": [
            {
                "team_id": team_id,
                "user_id": bot_user_id,
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
        "is_ext_shared_channel": False,
    }


def slack_block_actions_body(
    user: str,
    value: str,
    channel: str = "D0SHOPPER",
    team_id: str = "T0SHOP",
    action_id: str = "choice-0",
    text: str = "Buy",
    message_ts: str | None = None,
) -> bytes:
    """The form-encoded body (`payload=<JSON>`) Slack posts to the interactivity URL when a shopper
    taps a Block Kit button whose value is `value`."""
    now = f"{time.time():.6f}"
    payload = {
        "type": "block_actions",
        "user": {"id": user, "username": user.lower(), "team_id": team_id},
        "api_app_id": "A0SHOPAPP",
        "token": "deprecated-verification-token",
        "container": {
            "type": "message",
            "message_ts": message_ts or now,
            "channel_id": channel,
            "is_ephemeral": False,
        },
        "trigger_id": f"{int(time.time())}.trigger",
        "team": {"id": team_id, "domain": "shop"},
        "channel": {"id": channel, "name": "directmessage"},
        "message": {"type": "message", "ts": message_ts or now, "text": "", "user": "U0SHOPBOT"},
        "response_url": "https://hooks.slack.com/actions/T0SHOP/1/stand-in",
        "actions": [
            {
                "type": "button",
                "action_id": action_id,
                "block_id": "choices",
                "text": {"type": "plain_text", "text": text},
                "value": value,
                "action_ts": now,
            }
        ],
    }
    return urlencode({"payload": json.dumps(payload)}).encode()


# ---------------------------------------------------------------------------------------------
# Facebook Messenger
# ---------------------------------------------------------------------------------------------

# Send API limits (https://developers.facebook.com/docs/messenger-platform/reference/send-api/,
# .../reference/templates/generic, .../buttons, .../send-messages/quick-replies).
MESSENGER_MAX_TEXT = 2000
MESSENGER_MAX_TEMPLATE_TEXT = 640
MESSENGER_MAX_QUICK_REPLIES = 13
MESSENGER_MAX_QUICK_REPLY_TITLE = 20
MESSENGER_MAX_PAYLOAD = 1000
MESSENGER_MAX_ELEMENTS = 10
MESSENGER_MAX_ELEMENT_BUTTONS = 3
MESSENGER_MAX_TITLE = 80
MESSENGER_MAX_SUBTITLE = 80
MESSENGER_MAX_BUTTON_TITLE = 20

_GRAPH_MESSAGES_PATH = re.compile(r"^/v\d+(\.\d+)?/me/messages$")
_SENDER_ACTIONS = ("mark_seen", "typing_on", "typing_off")
_MESSAGING_TYPES = ("RESPONSE", "UPDATE", "MESSAGE_TAG")


class FacebookStandIn(_StandIn):
    """The Graph API Send API on 127.0.0.1; `graph_url` is what SHOP_FACEBOOK_GRAPH_URL should
    be (it includes the API version, like https://graph.facebook.com/v2.12)."""

    def __init__(
        self, page_access_token: str = "EAAstand-in-page-token", api_version: str = "v2.12"
    ) -> None:
        super().__init__()
        self.page_access_token = page_access_token
        self.api_version = api_version
        self._message_numbers = itertools.count(1)

    @property
    def graph_url(self) -> str:
        return f"{self.origin}/{self.api_version}"

    base_url = graph_url

    def messages(self) -> list[Json]:
        """The bodies of every accepted Send API call that sent a message (not a sender action)."""
        return [r.body for r in self.received if r.accepted and "message" in r.body]

    def next_message(self, timeout: float = 10.0) -> ReceivedRequest:
        """The next Send API call carrying a `message` (accepted or not), skipping sender
        actions such as typing indicators."""
        return self.next_request(timeout, lambda r: "sender_action" not in r.body)

    def _answer(self, method, path, query, headers, body) -> ReceivedRequest:
        parsed: Json = {}
        problems: list[str] = []
        endpoint = "me/messages" if _GRAPH_MESSAGES_PATH.match(path) else path
        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if body:
            try:
                loaded = json.loads(body)
                parsed = loaded if isinstance(loaded, dict) else {}
                if not isinstance(loaded, dict):
                    problems.append("body is not a JSON object")
            except ValueError:
                if content_type == "application/x-www-form-urlencoded":
                    parsed = dict(parse_qsl(body.decode("utf-8", "replace")))
                else:
                    problems.append("body is neither JSON nor a form")

        def done(status: int, answer: Json, found: list[str]) -> ReceivedRequest:
            return ReceivedRequest(
                method, path, query, headers, body, parsed, endpoint, status, answer, tuple(found)
            )

        def graph_error(status: int, code: int, message: str, found: list[str]) -> ReceivedRequest:
            error = {"message": message, "type": "OAuthException", "code": code,
                     "fbtrace_id": f"Astandin{len(self.received)}"}  # fmt: skip
            return done(status, {"error": error}, found)

        if method != "POST" or endpoint != "me/messages":
            return graph_error(
                400, 100, f"Unsupported {method} request to {path}", [f"{method} {path}"]
            )
        token = query.get("access_token") or parsed.get("access_token")
        if not token:
            return graph_error(400, 2500, "An active access token must be used", ["no token"])
        if token != self.page_access_token:
            return graph_error(
                400, 190, "Invalid OAuth access token - Cannot parse access token",
                [f"wrong token {token!r}"],
            )  # fmt: skip
        problems += messenger_send_problems(parsed)
        if problems:
            return graph_error(400, 100, "(#100) " + "; ".join(problems), problems)
        recipient_id = str(parsed["recipient"]["id"])
        if "sender_action" in parsed:
            return done(200, {"recipient_id": recipient_id}, [])
        number = next(self._message_numbers)
        return done(200, {"recipient_id": recipient_id, "message_id": f"m_standin{number:06d}"}, [])


def messenger_send_problems(body: Json) -> list[str]:
    """What the Send API would refuse in a request body (empty list: valid)."""
    problems: list[str] = []
    recipient = body.get("recipient")
    if not isinstance(recipient, dict) or not recipient.get("id"):
        problems.append("recipient.id is required")
    has_message, has_action = "message" in body, "sender_action" in body
    if has_message == has_action:
        problems.append("exactly one of `message` and `sender_action` is required")
        return problems
    if has_action:
        if body["sender_action"] not in _SENDER_ACTIONS:
            problems.append(f"unknown sender_action {body['sender_action']!r}")
        return problems
    if body.get("messaging_type") not in _MESSAGING_TYPES:
        problems.append(f"messaging_type must be one of {_MESSAGING_TYPES}")
    message = body["message"]
    if not isinstance(message, dict):
        return problems + ["message must be an object"]
    unknown = set(message) - {"text", "attachment", "quick_replies", "metadata"}
    if unknown:
        problems.append(f"unknown message fields {sorted(unknown)}")
    if ("text" in message) == ("attachment" in message):
        problems.append("message needs exactly one of `text` and `attachment`")
    if "text" in message:
        text = message["text"]
        if not isinstance(text, str) or not text.strip():
            problems.append("message.text must be a non-empty string")
        elif len(text) > MESSENGER_MAX_TEXT:
            problems.append(f"message.text has {len(text)} characters; the limit is 2000")
    if "attachment" in message:
        problems += _attachment_problems(message["attachment"])
    if "quick_replies" in message:
        problems += _quick_reply_problems(message["quick_replies"])
    return problems


def _quick_reply_problems(quick_replies: Any) -> list[str]:
    if not isinstance(quick_replies, list) or not quick_replies:
        return ["quick_replies must be a non-empty list"]
    problems = []
    if len(quick_replies) > MESSENGER_MAX_QUICK_REPLIES:
        problems.append(f"{len(quick_replies)} quick replies; the limit is 13")
    for n, reply in enumerate(quick_replies):
        where = f"quick_replies[{n}]"
        if not isinstance(reply, dict):
            problems.append(f"{where} is not an object")
            continue
        kind = reply.get("content_type")
        if kind in ("user_email", "user_phone_number"):
            continue
        if kind != "text":
            problems.append(f"{where}: content_type {kind!r}")
            continue
        title, payload = reply.get("title"), reply.get("payload")
        if not isinstance(title, str) or not title or len(title) > MESSENGER_MAX_QUICK_REPLY_TITLE:
            problems.append(f"{where}: title must be 1 to 20 characters, got {title!r}")
        if not isinstance(payload, str | int) or not str(payload):
            problems.append(f"{where}: payload is required")
        elif len(str(payload)) > MESSENGER_MAX_PAYLOAD:
            problems.append(f"{where}: payload over 1000 characters")
    return problems


def _attachment_problems(attachment: Any) -> list[str]:
    if not isinstance(attachment, dict):
        return ["attachment must be an object"]
    kind, payload = attachment.get("type"), attachment.get("payload")
    if not isinstance(payload, dict):
        return ["attachment.payload must be an object"]
    if kind in ("image", "audio", "video", "file"):
        url = payload.get("url")
        if payload.get("attachment_id"):
            return []
        if not isinstance(url, str) or not re.match(r"https?://", url):
            return [f"{kind} attachment needs an http(s) url"]
        return []
    if kind != "template":
        return [f"unknown attachment type {kind!r}"]
    template = payload.get("template_type")
    if template == "generic":
        elements = payload.get("elements")
        if not isinstance(elements, list) or not elements:
            return ["generic template needs elements"]
        problems = []
        if len(elements) > MESSENGER_MAX_ELEMENTS:
            problems.append(f"{len(elements)} elements; the limit is 10")
        for n, element in enumerate(elements):
            problems += _element_problems_messenger(element, f"elements[{n}]")
        return problems
    if template == "button":
        problems = []
        text = payload.get("text")
        if not isinstance(text, str) or not text or len(text) > MESSENGER_MAX_TEMPLATE_TEXT:
            problems.append("button template text must be 1 to 640 characters")
        buttons = payload.get("buttons")
        if not isinstance(buttons, list) or not 0 < len(buttons) <= 3:
            problems.append("button template needs 1 to 3 buttons")
        else:
            for n, button in enumerate(buttons):
                problems += _button_problems(button, f"buttons[{n}]")
        return problems
    return [f"unsupported template_type {template!r}"]


def _element_problems_messenger(element: Any, where: str) -> list[str]:
    if not isinstance(element, dict):
        return [f"{where} is not an object"]
    problems = []
    title = element.get("title")
    if not isinstance(title, str) or not title or len(title) > MESSENGER_MAX_TITLE:
        problems.append(f"{where}: title must be 1 to 80 characters, got {title!r}")
    subtitle = element.get("subtitle")
    if subtitle is not None and (
        not isinstance(subtitle, str) or len(subtitle) > MESSENGER_MAX_SUBTITLE
    ):
        problems.append(f"{where}: subtitle over 80 characters")
    image = element.get("image_url")
    if image is not None and (not isinstance(image, str) or not re.match(r"https?://", image)):
        problems.append(f"{where}: image_url must be an http(s) URL")
    buttons = element.get("buttons", [])
    if not isinstance(buttons, list) or len(buttons) > MESSENGER_MAX_ELEMENT_BUTTONS:
        problems.append(f"{where}: at most 3 buttons")
    else:
        for n, button in enumerate(buttons):
            problems += _button_problems(button, f"{where}.buttons[{n}]")
    unknown = set(element) - {"title", "subtitle", "image_url", "default_action", "buttons"}
    if unknown:
        problems.append(f"{where}: unknown fields {sorted(unknown)}")
    return problems


def _button_problems(button: Any, where: str) -> list[str]:
    if not isinstance(button, dict):
        return [f"{where} is not an object"]
    problems = []
    title = button.get("title")
    if not isinstance(title, str) or not title or len(title) > MESSENGER_MAX_BUTTON_TITLE:
        problems.append(f"{where}: title must be 1 to 20 characters, got {title!r}")
    kind = button.get("type")
    if kind == "postback":
        payload = button.get("payload")
        if not isinstance(payload, str) or not payload or len(payload) > MESSENGER_MAX_PAYLOAD:
            problems.append(f"{where}: postback payload must be 1 to 1000 characters")
    elif kind == "web_url":
        if not isinstance(button.get("url"), str) or not re.match(r"https?://", button["url"]):
            problems.append(f"{where}: web_url button needs an http(s) url")
    elif kind != "phone_number":
        problems.append(f"{where}: unsupported button type {kind!r}")
    return problems


# -- Facebook calling our webhook -------------------------------------------------------------


def facebook_signature_headers(app_secret: str, body: bytes) -> dict[str, str]:
    """The headers Facebook signs a webhook request with: HMAC-SHA1 and HMAC-SHA256 of the body
    keyed with the app secret."""
    key = app_secret.encode()
    return {
        "X-Hub-Signature": "sha1=" + hmac.new(key, body, hashlib.sha1).hexdigest(),
        "X-Hub-Signature-256": "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest(),
    }


def messenger_webhook_body(*messaging: Json, page_id: str = "PAGE0SHOP") -> Json:
    """A webhook body (`object: page`) carrying the given `messaging` events for one page."""
    return {
        "object": "page",
        "entry": [{"id": page_id, "time": int(time.time() * 1000), "messaging": list(messaging)}],
    }


def _messaging(psid: str, page_id: str, **event: Any) -> Json:
    return {
        "sender": {"id": psid},
        "recipient": {"id": page_id},
        "timestamp": int(time.time() * 1000),
        **event,
    }


def messenger_text(
    psid: str, text: str, page_id: str = "PAGE0SHOP", mid: str | None = None
) -> Json:
    """A `messaging` event: the shopper typed `text`."""
    number = next(_event_numbers)
    return _messaging(psid, page_id, message={"mid": mid or f"m_in{number:06d}", "text": text})


def messenger_quick_reply(psid: str, title: str, payload: str, page_id: str = "PAGE0SHOP") -> Json:
    """A `messaging` event: the shopper tapped a quick reply (Messenger sends its title as text)."""
    number = next(_event_numbers)
    return _messaging(
        psid,
        page_id,
        message={"mid": f"m_in{number:06d}", "text": title, "quick_reply": {"payload": payload}},
    )


def messenger_postback(psid: str, title: str, payload: str, page_id: str = "PAGE0SHOP") -> Json:
    """A `messaging` event: the shopper tapped a template button (Details, Buy, ...)."""
    number = next(_event_numbers)
    return _messaging(
        psid, page_id, postback={"mid": f"m_in{number:06d}", "title": title, "payload": payload}
    )


def messenger_echo(page_id: str, psid: str, text: str) -> Json:
    """A `messaging` event Messenger sends for the page's own message (`is_echo`)."""
    number = next(_event_numbers)
    return {
        "sender": {"id": page_id},
        "recipient": {"id": psid},
        "timestamp": int(time.time() * 1000),
        "message": {"mid": f"m_echo{number:06d}", "is_echo": True, "app_id": 1, "text": text},
    }
