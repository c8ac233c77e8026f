"""A fresh machine sets none of the channels' variables: `rasa run` with credentials.yml still
starts and the REST channel answers, while the Slack and Messenger webhooks refuse every request
with 503 and say in the log which variables to set."""

from __future__ import annotations

import json

import pytest
import requests

from devtools.platform_standins import (
    facebook_signature_headers,
    messenger_text,
    messenger_webhook_body,
    slack_message_event,
    slack_signature_headers,
)
from devtools.servers import running_assistant
from tests.channels.conftest import user_events

pytestmark = [pytest.mark.server, pytest.mark.timeout(300)]

CHANNEL_VARIABLES = [
    "SHOP_SLACK_BOT_TOKEN",
    "SHOP_SLACK_SIGNING_SECRET",
    "SHOP_SLACK_API_URL",
    "SHOP_FACEBOOK_VERIFY_TOKEN",
    "SHOP_FACEBOOK_APP_SECRET",
    "SHOP_FACEBOOK_PAGE_ACCESS_TOKEN",
    "SHOP_FACEBOOK_GRAPH_URL",
]


@pytest.fixture(scope="module")
def bare_assistant(trained_model, channel_store, tmp_path_factory):
    # Blank counts as unset, so whatever the test runner's environment holds is switched off.
    with running_assistant(
        trained_model,
        tmp_path_factory.mktemp("unconfigured-servers"),
        database_url=f"sqlite:///{channel_store}",
        extra_env=dict.fromkeys(CHANNEL_VARIABLES, ""),
    ) as running:
        yield running


def log(assistant) -> str:
    return (assistant.workdir / "rasa.log").read_text(errors="replace")


def test_the_rest_channel_answers(bare_assistant):
    replies = bare_assistant.send("rest-fresh-machine", "hi")
    assert replies and replies[0]["text"].startswith("Hi")


def test_the_slack_webhook_refuses_and_names_the_missing_variables(bare_assistant):
    body = json.dumps(slack_message_event("U0FRESH", "hi", channel="D0FRESH")).encode()
    answer = requests.post(
        f"{bare_assistant.rasa_url}/webhooks/slack/webhook",
        data=body,
        headers={"Content-Type": "application/json", **slack_signature_headers("any", body)},
        timeout=10,
    )

    assert answer.status_code == 503
    assert "SHOP_SLACK_BOT_TOKEN, SHOP_SLACK_SIGNING_SECRET" in answer.json()["error"]
    assert (
        "Slack webhook refused a request: the Slack channel is not configured: set "
        "SHOP_SLACK_BOT_TOKEN, SHOP_SLACK_SIGNING_SECRET" in log(bare_assistant)
    )
    assert user_events(bare_assistant, "slack:U0FRESH") == []


def test_the_messenger_webhook_refuses_and_names_the_missing_variables(bare_assistant):
    webhook = f"{bare_assistant.rasa_url}/webhooks/facebook/webhook"
    body = json.dumps(messenger_webhook_body(messenger_text("4000FRESH", "hi"))).encode()
    posted = requests.post(
        webhook,
        data=body,
        headers={"Content-Type": "application/json", **facebook_signature_headers("any", body)},
        timeout=10,
    )
    handshake = requests.get(
        webhook,
        params={"hub.mode": "subscribe", "hub.verify_token": "", "hub.challenge": "42"},
        timeout=10,
    )

    assert posted.status_code == 503 and handshake.status_code == 503
    missing = (
        "SHOP_FACEBOOK_VERIFY_TOKEN, SHOP_FACEBOOK_APP_SECRET, SHOP_FACEBOOK_PAGE_ACCESS_TOKEN"
    )
    assert missing in posted.json()["error"]
    assert (
        f"Messenger webhook refused a request: the Messenger channel is not configured: set {missing}"
        in log(bare_assistant)
    )
    assert user_events(bare_assistant, "facebook:4000FRESH") == []


def test_no_output_channel_is_made_without_a_token(bare_assistant):
    # Rasa's API then collects the reply instead of posting it anywhere.
    answer = requests.post(
        f"{bare_assistant.rasa_url}/conversations/U0FRESHAPI/trigger_intent",
        params={"output_channel": "slack", **bare_assistant.api_auth},
        json={"name": "greet"},
        timeout=30,
    )
    assert answer.status_code == 200
    assert answer.json()["messages"][0]["text"].startswith("Hi")
