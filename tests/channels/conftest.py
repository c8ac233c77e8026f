"""The real Rasa server and action server with the Slack and Messenger channels switched on,
talking to local stand-ins of Slack's Web API and Facebook's Graph API (devtools/platform_standins).

One set of servers serves the whole folder (starting Rasa is the slow part). Every test talks as
its own shopper, so conversations never mix, and fails if a stand-in refused anything the
assistant sent during it.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass

import pytest
import requests

from devtools.platform_standins import (
    FacebookStandIn,
    SlackStandIn,
    facebook_signature_headers,
    messenger_webhook_body,
    slack_block_actions_body,
    slack_message_event,
    slack_signature_headers,
)
from devtools.servers import RunningAssistant, running_assistant
from shop_channels.identity import conversation_id
from tests import messenger_standin
from tests.messenger_standin import (  # noqa: F401  (the verify token: for test_messenger.py)
    FACEBOOK_APP_SECRET,
    FACEBOOK_VERIFY_TOKEN,
    messenger_settings,
)

graph_api = messenger_standin.graph_api  # the Graph API stand-in, this package's own
SLACK_SIGNING_SECRET = "stand-in-slack-signing-secret"
SEARCH = "black formal shoes size 10"


@pytest.fixture(scope="package")
def slack_api():
    with SlackStandIn() as stand_in:
        yield stand_in


@pytest.fixture(scope="package")
def channel_store(demo_store_copy):
    return demo_store_copy("channel-store")


@pytest.fixture(scope="package")
def assistant(trained_model, channel_store, slack_api, graph_api, tmp_path_factory):
    """`rasa run` with credentials.yml and the channels' variables pointing at the stand-ins."""
    env = {
        "SHOP_SLACK_BOT_TOKEN": slack_api.token,
        "SHOP_SLACK_SIGNING_SECRET": SLACK_SIGNING_SECRET,
        "SHOP_SLACK_API_URL": slack_api.base_url,
        **messenger_settings(graph_api),
    }
    with running_assistant(
        trained_model,
        tmp_path_factory.mktemp("channel-servers"),
        database_url=f"sqlite:///{channel_store}",
        extra_env=env,
    ) as running:
        yield running


@pytest.fixture(autouse=True)
def nothing_refused(request):
    """Fails the test if a stand-in refused a request the assistant made during it."""
    stand_ins = [
        request.getfixturevalue(name)
        for name in ("slack_api", "graph_api")
        if name in request.fixturenames
    ]
    before = [len(stand_in.received) for stand_in in stand_ins]
    yield
    for stand_in, count in zip(stand_ins, before, strict=True):
        refused = [r for r in stand_in.received[count:] if r.problems]
        assert not refused, f"{type(stand_in).__name__} refused: {refused}"


def user_events(assistant: RunningAssistant, conversation_id: str) -> list[dict]:
    """The shopper's messages Rasa recorded in the conversation."""
    events = assistant.tracker(conversation_id).get("events") or []
    return [event for event in events if event["event"] == "user"]


def new_id(prefix: str) -> str:
    return prefix + uuid.uuid4().hex[:10].upper()


# -- Slack -------------------------------------------------------------------------------------


@dataclass
class SlackShopper:
    """A shopper writing to the app in Slack direct messages, and what the app posts back."""

    assistant: RunningAssistant
    slack_api: SlackStandIn
    user: str
    channel: str

    @classmethod
    def new(cls, assistant: RunningAssistant, slack_api: SlackStandIn) -> SlackShopper:
        user = new_id("U")
        return cls(assistant, slack_api, user, "D" + user[1:])

    @property
    def webhook(self) -> str:
        return f"{self.assistant.rasa_url}/webhooks/slack/webhook"

    @property
    def conversation(self) -> str:
        """Rasa's id of this shopper's conversation (shop_channels/identity.py)."""
        return conversation_id("slack", self.user)

    def post_event(
        self, body: bytes, headers: dict[str, str] | None = None, signed: bool = True
    ) -> requests.Response:
        """Posts a JSON Events API body, signed as Slack signs it unless `signed` is False."""
        all_headers = {"Content-Type": "application/json"}
        if signed:
            all_headers.update(slack_signature_headers(SLACK_SIGNING_SECRET, body))
        all_headers.update(headers or {})
        return requests.post(self.webhook, data=body, headers=all_headers, timeout=10)

    def post_form(self, body: bytes, headers: dict[str, str] | None = None) -> requests.Response:
        all_headers = {"Content-Type": "application/x-www-form-urlencoded"}
        all_headers.update(slack_signature_headers(SLACK_SIGNING_SECRET, body))
        all_headers.update(headers or {})
        return requests.post(self.webhook, data=body, headers=all_headers, timeout=10)

    def says(self, text: str, **event_fields) -> list[dict]:
        """Sends a direct message; returns the chat.postMessage bodies posted back to it."""
        event = slack_message_event(self.user, text, channel=self.channel, **event_fields)
        answer = self.post_event(json.dumps(event).encode())
        assert answer.status_code == 200, answer.text
        return self.replies()

    def taps(self, value: str, title: str = "button") -> list[dict]:
        """Taps a Block Kit button whose value is `value`; returns what is posted back."""
        body = slack_block_actions_body(self.user, value, channel=self.channel, text=title)
        answer = self.post_form(body)
        assert answer.status_code == 200, answer.text
        return self.replies()

    def replies(self, timeout: float = 30.0, settle: float = 1.0) -> list[dict]:
        """The messages posted to this shopper's channel: waits for the first, then collects
        until none has come for `settle` seconds (Slack replies are sent after the webhook
        answered)."""

        def to_me(request) -> bool:
            return (
                request.endpoint == "chat.postMessage"
                and request.body.get("channel") == self.channel
            )

        posted = [self.slack_api.next_request(timeout, to_me)]
        while True:
            try:
                posted.append(self.slack_api.next_request(settle, to_me))
            except AssertionError:
                return [request.body for request in posted]


def slack_buttons(posts: list[dict]) -> list[dict]:
    """Every button element of the posted messages, in order."""
    return [
        element
        for post in posts
        for block in post.get("blocks") or []
        if block["type"] == "actions"
        for element in block["elements"]
    ]


# -- Messenger ---------------------------------------------------------------------------------


@dataclass
class MessengerShopper:
    """A shopper writing to the shop's Facebook page, and what the page sends back."""

    assistant: RunningAssistant
    graph_api: FacebookStandIn
    psid: str

    @classmethod
    def new(cls, assistant: RunningAssistant, graph_api: FacebookStandIn) -> MessengerShopper:
        return cls(assistant, graph_api, str(int(time.time() * 1e6)) + new_id("")[:4].lower())

    @property
    def webhook(self) -> str:
        return f"{self.assistant.rasa_url}/webhooks/facebook/webhook"

    @property
    def conversation(self) -> str:
        """Rasa's id of this shopper's conversation (shop_channels/identity.py)."""
        return conversation_id("facebook", self.psid)

    def post(self, body: bytes, headers: dict[str, str] | None = None) -> requests.Response:
        """Posts a webhook body with Facebook's signatures, then `headers` over them."""
        all_headers = {"Content-Type": "application/json"}
        all_headers.update(facebook_signature_headers(FACEBOOK_APP_SECRET, body))
        all_headers.update(headers or {})
        return requests.post(self.webhook, data=body, headers=all_headers, timeout=30)

    def sends(self, *messaging: dict) -> list[dict]:
        """Delivers `messaging` events; returns the Send API messages (not typing indicators)
        sent to this shopper. Rasa answers before the webhook returns."""
        answer = self.post(json.dumps(messenger_webhook_body(*messaging)).encode())
        assert answer.status_code == 200, answer.text
        return self.sent()

    def sent(self) -> list[dict]:
        return [
            request.body["message"]
            for request in self.graph_api.take_all()
            if request.body.get("recipient", {}).get("id") == self.psid
            and "message" in request.body
        ]


def quick_replies(messages: list[dict]) -> list[dict]:
    return [reply for message in messages for reply in message.get("quick_replies") or []]


def template_buttons(messages: list[dict]) -> list[dict]:
    """Every postback button of button templates and generic-template elements."""
    buttons = []
    for message in messages:
        payload = (message.get("attachment") or {}).get("payload") or {}
        buttons += payload.get("buttons") or []
        for element in payload.get("elements") or []:
            buttons += element.get("buttons") or []
    return buttons
