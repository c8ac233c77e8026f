"""Robustness against the real servers: the bad-input corpus, message size limits, identity per
channel and concurrent purchases.

The servers are tests/channels' (credentials.yml's REST, socket.io, Slack and Messenger channels,
with local stand-ins of Slack's and Facebook's APIs), started once for this package. This module
adds what the robustness tests share: the corpus, a digest of the store, a web chat client
speaking socket.io as the page does, and a victim: another shopper with an order, an open
checkout, remembered details and a cart, whose data no bad input may reach.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
import socketio
import yaml

from devtools.platform_standins import messenger_postback
from devtools.servers import RunningAssistant
from tests.channels import conftest as channels
from tests.channels.conftest import MessengerShopper
from tests.postgres import conftest as postgres

# The servers of tests/channels, shared with this package (not copied): pytest finds fixtures by
# their names in this module.
slack_api = channels.slack_api
graph_api = channels.graph_api
channel_store = channels.channel_store
assistant = channels.assistant
nothing_refused = channels.nothing_refused
# A fresh PostgreSQL database of tests/postgres (skips, saying why, where no server answers), and
# the demo catalog imported into it.
postgres_url = postgres.postgres_url
postgres_catalog = postgres.engine

CORPUS = Path(__file__).with_name("bad_inputs.yml")
REPLY_TIMEOUT = 60.0
# What a shopper must never read: signs of a crash or of the machinery behind the bot.
INTERNALS = re.compile(
    r"Traceback|Exception|Error:|sqlalchemy|sqlite|psycopg|rasa|\butter_|\baction_[a-z]|"
    r"File \"|KeyError|TypeError|ValueError|NoneType|idempotency_key|checkout_key",
    re.IGNORECASE,
)


# -- The corpus --------------------------------------------------------------------------------


@dataclass(frozen=True)
class BadInput:
    """One case of bad_inputs.yml, read (see the file's header for the fields)."""

    id: str
    category: str
    why: str
    spec: dict[str, Any]

    @property
    def expect(self) -> str:
        return self.spec.get("expect", "answer")

    @property
    def channels(self) -> tuple[str, ...]:
        if any(key.startswith("rest_") for key in self.spec):
            return ("rest",)
        if "socket_data" in self.spec:
            return ("socketio",)
        return ("rest", "socketio")

    def text(self, victim: Victim) -> str | None:
        """The message text of a text case (None for a body or socket.io data case)."""
        if "text" in self.spec:
            return victim.fill(self.spec["text"])
        if "text_json" in self.spec:
            return json.loads(self.spec["text_json"])
        if "text_repeat" in self.spec:
            return self.spec["text_repeat"]["unit"] * self.spec["text_repeat"]["times"]
        return None

    def rest_body(self, sender: str, victim: Victim) -> bytes:
        """The bytes to post to the REST webhook."""
        text = self.text(victim)
        if text is not None:
            return json.dumps({"sender": sender, "message": text}).encode()
        if "rest_json" in self.spec:
            return json.dumps(_filled(self.spec["rest_json"], sender, victim)).encode()
        if "rest_body" in self.spec:
            return victim.fill(self.spec["rest_body"]).replace("{sender}", sender).encode()
        if "rest_body_hex" in self.spec:
            raw = bytes.fromhex(self.spec["rest_body_hex"])
            return raw.replace(b"{sender}", sender.encode())
        nested = self.spec["rest_body_nested"]
        depth, where = nested["depth"], nested["where"]
        lists = "[" * depth + "]" * depth
        if where == "body":
            return lists.encode()
        if where == "body-objects":
            return ('{"a":' * depth + "1" + "}" * depth).encode()
        objects = '{"a":' * depth + "1" + "}" * depth
        fields = {"sender": json.dumps(sender), "message": '"hi"'}
        fields[where] = lists if where != "sender" else objects
        return ("{" + ", ".join(f'"{k}": {v}' for k, v in fields.items()) + "}").encode()

    def socket_data(self, victim: Victim) -> Any:
        """The `user_uttered` data a web chat client sends."""
        text = self.text(victim)
        if text is not None:
            return {"message": text}
        return _filled(self.spec["socket_data"], "", victim)


def load_corpus() -> list[BadInput]:
    cases = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
    return [
        BadInput(
            case["id"],
            case["category"],
            case["why"],
            {k: v for k, v in case.items() if k not in ("id", "category", "why")},
        )
        for case in cases
    ]


def _filled(value: Any, sender: str, victim: Victim) -> Any:
    if isinstance(value, str):
        return victim.fill(value).replace("{sender}", sender)
    if isinstance(value, list):
        return [_filled(item, sender, victim) for item in value]
    if isinstance(value, dict):
        return {key: _filled(item, sender, victim) for key, item in value.items()}
    return value


# -- The store ----------------------------------------------------------------------------------


# Tables that record what a shopper said in their own conversation, keyed by it (commerce/
# profiles.py: colours and styles they searched for, the size they said they wear). A message,
# bad or not, may add to its own conversation's rows there; every other row must stay as it was.
CONVERSATION_TABLES = ("shopper_size", "shopper_taste")


def store_digest(path: Path, conversation: str | None = None) -> dict[str, str]:
    """A digest of every table of the SQLite store at `path` (its rows, in a stable order),
    leaving out `conversation`'s own rows of CONVERSATION_TABLES."""
    digests = {}
    with sqlite3.connect(path) as db:
        tables = [row[0] for row in db.execute("select name from sqlite_master where type='table'")]
        for table in sorted(tables):
            query, arguments = f'select * from "{table}"', ()
            if table in CONVERSATION_TABLES and conversation is not None:
                query, arguments = query + " where owner != ?", (conversation,)
            rows = sorted(repr(row) for row in db.execute(query, arguments))
            digests[table] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
    return digests


def changed_tables(before: dict[str, str], after: dict[str, str]) -> list[str]:
    return sorted(
        table for table in set(before) | set(after) if before.get(table) != after.get(table)
    )


# -- Replies ------------------------------------------------------------------------------------


def reply_problems(texts: list[str], sent: str, victim: Victim) -> list[str]:
    """Why these replies are not a clear answer to `sent`: silence, crash signs, internal names
    (unless the shopper typed them), or another shopper's data."""
    problems = []
    if not any(text.strip() for text in texts):
        problems.append("no reply text")
    for text in texts:
        for found in {m.group(0) for m in INTERNALS.finditer(text)}:
            if found.lower() not in sent.lower():
                problems.append(f"internal name {found!r} in {text[:200]!r}")
        for secret in victim.secrets:
            if secret.lower() in text.lower():
                problems.append(f"another shopper's {secret!r} in {text[:200]!r}")
    return problems


def rest_texts(messages: list[dict]) -> list[str]:
    return [message.get("text") or "" for message in messages]


# -- The web chat over socket.io ----------------------------------------------------------------


class WebChatClient:
    """A web chat page's socket.io connection to the Rasa server, as webchat/shop-chat.js makes
    it (session_request, then user_uttered with the session id), driven synchronously."""

    def __init__(self, loop: asyncio.AbstractEventLoop, rasa_url: str) -> None:
        self.loop = loop
        self.rasa_url = rasa_url
        self.client = socketio.AsyncClient(reconnection=False)
        self.session_id: str | None = None
        self.replies: asyncio.Queue | None = None

    def _run(self, coroutine: Any, timeout: float = REPLY_TIMEOUT) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def connect(self, session_id: str | None = None) -> str:
        """Connects and asks for `session_id` (None: a new one); returns the confirmed id."""

        async def connect() -> str:
            self.replies = asyncio.Queue()
            confirmed: asyncio.Future = self.loop.create_future()
            self.client.on("bot_uttered", self.replies.put_nowait)
            self.client.on(
                "session_confirm", lambda sid: confirmed.done() or confirmed.set_result(sid)
            )
            # Long polling: python-engineio's WebSocket client needs a newer aiohttp than Rasa's pin.
            await self.client.connect(self.rasa_url, transports=["polling"])
            await self.client.emit("session_request", {"session_id": session_id})
            return await asyncio.wait_for(confirmed, REPLY_TIMEOUT)

        self.session_id = self._run(connect())
        return self.session_id

    def send(self, data: Any, settle: float = 0.6) -> list[dict]:
        """Emits `user_uttered` with `data` as is; returns the bot messages that came: waits for
        the first, then until none has come for `settle` seconds."""

        async def exchange() -> list[dict]:
            await self.client.emit("user_uttered", data)
            received = [await asyncio.wait_for(self.replies.get(), REPLY_TIMEOUT)]
            while True:
                try:
                    received.append(await asyncio.wait_for(self.replies.get(), settle))
                except asyncio.TimeoutError:
                    return received

        return self._run(exchange(), REPLY_TIMEOUT * 2)

    def says(self, text: str, settle: float = 0.6) -> list[dict]:
        return self.send({"message": text, "session_id": self.session_id}, settle)

    @property
    def connected(self) -> bool:
        return self.client.connected

    def close(self) -> None:
        # engine.io's close, not waiting for the pending long poll (up to 25 s) to come back.
        self._run(self.client.eio.disconnect(abort=True))


@pytest.fixture(scope="package")
def socket_loop() -> Iterator[asyncio.AbstractEventLoop]:
    """An event loop in a thread of its own, for the web chat clients."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    yield loop
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)


@pytest.fixture
def web_chat(socket_loop, assistant) -> Iterator[WebChatClient]:
    """A new web chat conversation (connected, session confirmed)."""
    client = WebChatClient(socket_loop, assistant.rasa_url)
    client.connect()
    yield client
    if client.connected:
        client.close()


# -- Another shopper ----------------------------------------------------------------------------


@dataclass
class Victim:
    """A shopper whose data the bad inputs try to reach."""

    sender: str  # their REST conversation
    psid: str  # their Messenger id
    order: str  # an order they placed
    used_key: str  # the checkout key of that order
    open_key: str  # the key of a checkout they have open, not placed yet
    name: str = "Vera Quill"
    email: str = "vera.quill@example.com"
    address: str = "7 Juniper Mews, 04401 Bangor"

    @property
    def secrets(self) -> tuple[str, ...]:
        """What no one else may read: their details and their open checkout."""
        return (self.name, self.email, "Juniper Mews", self.open_key, self.used_key)

    def fill(self, text: str) -> str:
        return (
            text.replace("$victim_sender", self.sender)
            .replace("$victim_psid", self.psid)
            .replace("$victim_order", self.order)
            .replace("$victim_open_key", self.open_key)
            .replace("$victim_key", self.used_key)
            .replace("$victim_email", self.email)
        )


BUY_WINDSOR_10 = '/buy{"product_handle": "windsor-patent-oxford", "size": "us10"}'


def place_order_key(messages: list[dict]) -> str:
    """The idempotency key on the review's Place order button."""
    for message in messages:
        for button in message.get("buttons") or []:
            if button["payload"].startswith("/place_order"):
                return json.loads(button["payload"][len("/place_order") :])["idempotency_key"]
    raise AssertionError(f"no Place order button in {messages}")


def check_out(assistant: RunningAssistant, sender: str, name: str, email: str, address: str):
    """Buy the Windsor in US 10 up to the review; returns the review's messages."""
    assistant.send(sender, BUY_WINDSOR_10)
    assistant.send(sender, name)
    assistant.send(sender, email)
    return assistant.send(sender, address)


@pytest.fixture(scope="package")
def victim(assistant, graph_api) -> Victim:
    sender = f"victim-{uuid.uuid4().hex[:10]}"
    review = check_out(assistant, sender, Victim.name, Victim.email, Victim.address)
    used_key = place_order_key(review)
    placed = assistant.send(sender, f'/place_order{{"idempotency_key": "{used_key}"}}')
    order = re.search(r"Order (HL-\w{6})", "\n".join(rest_texts(placed))).group(1)
    assistant.send(sender, "/affirm")  # "Yes, remember me"
    open_key = place_order_key(assistant.send(sender, BUY_WINDSOR_10))
    messenger = MessengerShopper.new(assistant, graph_api)
    messenger.sends(
        messenger_postback(
            messenger.psid,
            "Add to cart",
            '/add_to_cart{"product_handle": "windsor-patent-oxford", "size": "us10"}',
        )
    )
    return Victim(sender, messenger.psid, order, used_key, open_key)


def wait_for_answer(assistant: RunningAssistant, timeout: float = 60) -> list[dict]:
    """A normal "hi" from a new conversation, answered (the server survived)."""
    started = time.monotonic()
    while True:
        try:
            answer = requests.post(
                f"{assistant.rasa_url}/webhooks/rest/webhook",
                json={"sender": f"healthy-{uuid.uuid4().hex[:8]}", "message": "hi"},
                timeout=timeout,
            )
            assert answer.status_code == 200, answer.text
            return answer.json()
        except requests.RequestException:
            if time.monotonic() - started > timeout:
                raise
            time.sleep(1)
