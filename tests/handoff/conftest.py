"""The real servers with the agent desk and Messenger, talking to the Slack and Graph API
stand-ins, and the signed requests Slack and Facebook send to them."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

from devtools.platform_standins import (
    FacebookStandIn,
    SlackStandIn,
    facebook_signature_headers,
    messenger_postback,
    messenger_text,
    messenger_webhook_body,
    slack_block_actions_body,
    slack_message_event,
    slack_signature_headers,
)
from devtools.servers import RunningAssistant, running_assistant
from shop_integrations.agent_slack import HAND_BACK_ACTION_ID

AGENTS_CHANNEL = "C0AGENTS"
AGENT = "U0AGENTSAM"
AGENT_SIGNING_SECRET = "agent-desk-signing-secret"
FACEBOOK_APP_SECRET = "facebook-app-secret"


@dataclass
class ShopServers:
    """The Rasa server and action server of one test module, which a test may restart (same
    store, same conversations, new processes on new ports)."""

    model: Path
    workdir: Path
    database_url: str
    env: dict[str, str]
    slack: SlackStandIn
    facebook: FacebookStandIn
    assistant: RunningAssistant | None = None
    _processes: ExitStack = field(default_factory=ExitStack)

    def start(self) -> None:
        self.assistant = self._processes.enter_context(
            running_assistant(
                self.model, self.workdir, database_url=self.database_url, extra_env=self.env
            )
        )

    def stop(self) -> None:
        self._processes.close()
        self.assistant = None

    def restart(self) -> None:
        self.stop()
        self.start()

    # -- the shopper on Messenger ----------------------------------------------------------

    def messenger_says(self, psid: str, text: str) -> list[dict]:
        """The shopper writes on Messenger; returns the messages the page sent back (the webhook
        answers once the bot has)."""
        return self._from_messenger(psid, messenger_text(psid, text))

    def messenger_taps(self, psid: str, title: str, payload: str) -> list[dict]:
        """The shopper taps a button (a postback); returns the messages the page sent back."""
        return self._from_messenger(psid, messenger_postback(psid, title, payload))

    def _from_messenger(self, psid: str, messaging: dict) -> list[dict]:
        self.facebook.take_all()
        body = json.dumps(messenger_webhook_body(messaging)).encode()
        answer = requests.post(
            f"{self.assistant.rasa_url}/webhooks/facebook/webhook",
            data=body,
            headers={"Content-Type": "application/json",
                     **facebook_signature_headers(FACEBOOK_APP_SECRET, body)},
            timeout=60,
        )  # fmt: skip
        assert answer.status_code == 200, answer.text
        return self.messenger_messages_to(psid)

    def messenger_messages_to(self, psid: str) -> list[dict]:
        """The Send API messages (not typing indicators) to `psid` not looked at yet."""
        return [
            request.body["message"]
            for request in self.facebook.take_all()
            if "message" in request.body and request.body["recipient"]["id"] == psid
        ]

    # -- the agent in Slack ----------------------------------------------------------------

    def agent_says(
        self, thread_ts: str, text: str, secret: str = AGENT_SIGNING_SECRET, age: int = 0
    ) -> requests.Response:
        """A person replies in the handoff's thread: Slack's signed Events API request."""
        event = slack_message_event(AGENT, text, channel=AGENTS_CHANNEL, thread_ts=thread_ts)
        body = json.dumps(event).encode()
        return requests.post(
            f"{self.assistant.rasa_url}/webhooks/agent_desk/slack/events",
            data=body,
            headers={"Content-Type": "application/json",
                     **slack_signature_headers(secret, body, int(time.time()) - age)},
            timeout=60,
        )  # fmt: skip

    def agent_taps_hand_back(
        self, thread_ts: str, secret: str = AGENT_SIGNING_SECRET
    ) -> requests.Response:
        """A person taps "Hand back to the bot" on the thread's first message."""
        body = slack_block_actions_body(
            AGENT,
            "hand_back",
            channel=AGENTS_CHANNEL,
            action_id=HAND_BACK_ACTION_ID,
            text="Hand back to the bot",
            message_ts=thread_ts,
        )
        return requests.post(
            f"{self.assistant.rasa_url}/webhooks/agent_desk/slack/interactions",
            data=body,
            headers={"Content-Type": "application/x-www-form-urlencoded",
                     **slack_signature_headers(secret, body)},
            timeout=60,
        )  # fmt: skip

    def thread_posts(self, thread_ts: str, timeout: float = 10) -> list[str]:
        """Waits for the next post in the thread; returns the texts of all new posts there."""
        first = self.slack.next_request(
            timeout,
            lambda r: r.endpoint == "chat.postMessage" and r.body.get("thread_ts") == thread_ts,
        )
        assert first.accepted, first.problems
        later = [r for r in self.slack.take_all() if r.body.get("thread_ts") == thread_ts]
        return [first.body["text"]] + [r.body["text"] for r in later]

    def new_thread(self, timeout: float = 10):
        """The next handoff thread started in the agents' channel (its first message)."""
        posted = self.slack.next_request(
            timeout,
            lambda r: r.endpoint == "chat.postMessage" and "thread_ts" not in r.body,
        )
        assert posted.accepted, posted.problems
        assert posted.body["channel"] == AGENTS_CHANNEL
        return posted

    def tracker(self, psid: str) -> dict:
        """The conversation of the Messenger shopper `psid` (Rasa's id: "facebook:<psid>")."""
        return self.assistant.tracker(f"facebook:{psid}")


def shop_servers(
    trained_model: Path, demo_store_file: Path, workdir: Path, agent_hours: str
) -> Iterator[ShopServers]:
    """Stand-ins, a private store and the servers, configured for Messenger and the agent desk."""
    store = workdir / "shop.db"
    shutil.copy(demo_store_file, store)
    with SlackStandIn() as slack, FacebookStandIn() as facebook:
        env = {
            "SHOP_SLACK_API_URL": slack.base_url,
            "SHOP_AGENT_SLACK_CHANNEL": AGENTS_CHANNEL,
            "SHOP_AGENT_SLACK_BOT_TOKEN": slack.token,
            "SHOP_AGENT_SLACK_SIGNING_SECRET": AGENT_SIGNING_SECRET,
            "SHOP_AGENT_HOURS": agent_hours,
            "SHOP_TIMEZONE": "UTC",
            "SHOP_FACEBOOK_VERIFY_TOKEN": "verify-me",
            "SHOP_FACEBOOK_APP_SECRET": FACEBOOK_APP_SECRET,
            "SHOP_FACEBOOK_PAGE_ACCESS_TOKEN": facebook.page_access_token,
            "SHOP_FACEBOOK_GRAPH_URL": facebook.graph_url,
        }
        servers = ShopServers(
            trained_model, workdir / "servers", f"sqlite:///{store}", env, slack, facebook
        )
        try:
            servers.start()
            yield servers
        finally:
            servers.stop()


@pytest.fixture(scope="module")
def servers_in_hours(trained_model, demo_store_file, tmp_path_factory):
    yield from shop_servers(
        trained_model, demo_store_file, tmp_path_factory.mktemp("handoff-in-hours"), "24/7"
    )
