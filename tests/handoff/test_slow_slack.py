"""One slow outside call must not hold up other shoppers: the action server runs every action on
one event loop, and the hand-over action's post to Slack waits on the network.

Slack here is a local stand-in that takes 2 seconds to answer. The hand-over and another shopper's
search run through rasa-sdk's real executor in one event loop, as the action server runs them."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from rasa_sdk.executor import ActionExecutor

from actions.discovery import ActionSearchProducts
from actions.handoff import ActionHandOver
from tests.actions.conversation_driver import DOMAIN

SLACK_DELAY = 2.0


class _SlowSlack(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        time.sleep(SLACK_DELAY)
        body = json.dumps({"ok": True, "channel": "C0AGENTS", "ts": "1700000000.000100"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def slow_slack(demo_store_url, monkeypatch) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SlowSlack)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/api/"
    monkeypatch.setenv("SHOP_SLACK_API_URL", url)
    monkeypatch.setenv("SHOP_AGENT_SLACK_CHANNEL", "C0AGENTS")
    monkeypatch.setenv("SHOP_AGENT_SLACK_BOT_TOKEN", "xoxb-agents")
    monkeypatch.setenv("SHOP_AGENT_HOURS", "24/7")
    yield url
    server.shutdown()
    server.server_close()


def _call(action: str, sender: str, intent: str, text: str, entities=()) -> dict:
    message = {"text": text, "intent": {"name": intent, "confidence": 1.0},
               "entities": list(entities)}  # fmt: skip
    return {
        "next_action": action,
        "sender_id": sender,
        "domain": DOMAIN,
        "version": "3.6.2",
        "tracker": {
            "sender_id": sender,
            "slots": {},
            "latest_message": message,
            "events": [
                {"event": "user", "text": text, "parse_data": message, "input_channel": "rest"}
            ],  # fmt: skip
            "paused": False,
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": "action_listen",
        },
    }


def test_a_slow_slack_does_not_delay_another_shoppers_reply(slow_slack):
    executor = ActionExecutor()
    executor.register_action(ActionHandOver())
    executor.register_action(ActionSearchProducts())
    finished: dict[str, float] = {}

    async def timed(name: str, call: dict, after: float = 0.0) -> dict:
        await asyncio.sleep(after)
        answer = await executor.run(call)
        finished[name] = time.monotonic() - start
        return answer

    async def both() -> tuple[dict, dict]:
        return await asyncio.gather(
            timed("hand over", _call("action_hand_over", "ann", "request_human", "a person pls")),
            timed(
                "search",
                _call(
                    "action_search_products",
                    "bob",
                    "search_products",
                    "black oxfords",
                    [
                        {"entity": "category", "value": "oxfords"},
                        {"entity": "colour", "value": "black"},
                    ],
                ),  # fmt: skip
                after=0.2,
            ),
        )

    start = time.monotonic()
    handed_over, searched = asyncio.run(both())

    assert "handing you over" in handed_over["responses"][0]["text"]
    assert "oxfords" in searched["responses"][0]["text"].lower()
    assert finished["hand over"] >= SLACK_DELAY
    # Bob's search was not stuck behind Ann's wait on Slack.
    assert finished["search"] < 1.0, finished
