"""Who may reach what: Rasa's HTTP API (trackers, events, the model) only with its token, the
action server's actions only with Rasa's token, the channel webhooks for everyone, and both servers
on 127.0.0.1 only (README, "Configuration")."""

from __future__ import annotations

import subprocess
import sys
from urllib.parse import urlparse

import pytest
import requests

from devtools.servers import PROJECT_ROOT, base_environment, free_port
from tests.security.conftest import listening_addresses

pytestmark = pytest.mark.server

# What anyone could do against the old `make run`: read a shopper's conversation, write into it,
# run the model, see the server's state.
API_CALLS = [
    ("GET", "/conversations/shopper-ann/tracker", None),
    (
        "POST",
        "/conversations/shopper-ann/tracker/events",
        {"event": "slot", "name": "x", "value": 1},
    ),
    ("POST", "/conversations/shopper-ann/trigger_intent", {"name": "greet"}),
    ("POST", "/model/parse", {"text": "hi"}),
    ("GET", "/status", None),
    ("GET", "/domain", None),
]


def forged_action_call(sender_id: str) -> dict:
    """What Rasa would send the action server to run an action in `sender_id`'s conversation."""
    return {
        "next_action": "action_offer_human",
        "sender_id": sender_id,
        "version": "3.6.13",
        "domain": {},
        "tracker": {
            "sender_id": sender_id,
            "slots": {},
            "latest_message": {"text": "hi", "intent": {"name": "greet"}, "entities": []},
            "latest_event_time": 0,
            "followup_action": None,
            "paused": False,
            "events": [],
            "latest_input_channel": "rest",
            "active_loop": {},
            "latest_action_name": "action_listen",
        },
    }


@pytest.mark.parametrize("method, path, body", API_CALLS)
def test_the_api_refuses_a_call_without_the_token(assistant, method, path, body):
    url = f"{assistant.rasa_url}{path}"
    json_please = {"Accept": "application/json"}
    token = assistant.api_token
    almost = token[:-1] + ("y" if token[-1] != "y" else "z")  # one character off, always
    for params in ({}, {"token": almost}):
        answer = requests.request(
            method, url, params=params, json=body, headers=json_please, timeout=30
        )
        assert answer.status_code in (401, 403), params


def test_the_api_answers_with_the_token(assistant):
    assistant.send("shopper-bea", "hi")
    tracker = requests.get(
        f"{assistant.rasa_url}/conversations/shopper-bea/tracker",
        params=assistant.api_auth,
        timeout=30,
    )
    assert tracker.status_code == 200
    assert any(e.get("text") == "hi" for e in tracker.json()["events"])
    parse = requests.post(
        f"{assistant.rasa_url}/model/parse", params=assistant.api_auth, json={"text": "hi"}
    )
    assert parse.status_code == 200 and parse.json()["intent"]["name"]


def test_the_channel_webhooks_need_no_token(assistant):
    # Shoppers' platforms post here; Slack and Messenger check their own signatures.
    assert assistant.send("shopper-cat", "hi")


def test_the_action_server_refuses_a_forged_call(assistant):
    url = f"{assistant.action_url}/webhook"
    call = forged_action_call("shopper-ann")
    assert requests.post(url, json=call, timeout=30).status_code in (401, 403)
    token = assistant.action_server_token
    almost = token[:-1] + ("y" if token[-1] != "y" else "z")  # one character off, always
    for header in (
        f"Bearer {almost}",
        assistant.action_server_token,  # the secret, but not as the header Rasa sends
        "Bearer ",
    ):
        answer = requests.post(url, json=call, headers={"Authorization": header}, timeout=30)
        assert answer.status_code in (401, 403), header
    assert requests.get(f"{assistant.action_url}/actions", timeout=30).status_code in (401, 403)


def test_the_action_server_runs_actions_for_the_token(assistant):
    answer = requests.post(
        f"{assistant.action_url}/webhook",
        json=forged_action_call("shopper-dan"),
        headers={"Authorization": f"Bearer {assistant.action_server_token}"},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    assert requests.get(f"{assistant.action_url}/health", timeout=30).status_code == 200


def test_rasa_sends_the_token_to_the_action_server(assistant):
    # A search is answered by a custom action: Rasa got through to the action server.
    assistant.send("shopper-eve", "navy suit")
    events = assistant.tracker("shopper-eve")["events"]
    custom_actions = {
        action["name"]
        for action in requests.get(
            f"{assistant.action_url}/actions",
            headers={"Authorization": f"Bearer {assistant.action_server_token}"},
            timeout=30,
        ).json()
    }
    ran = {e["name"] for e in events if e.get("event") == "action"}
    assert ran & custom_actions, ran
    log = (assistant.workdir / "rasa.log").read_text(errors="replace")
    assert "Failed to execute custom action" not in log


def test_both_servers_listen_on_loopback_only(assistant):
    for url in (assistant.rasa_url, assistant.action_url):
        assert listening_addresses(urlparse(url).port) == {"127.0.0.1"}, url


def test_the_tokens_stay_out_of_the_logs(assistant):
    # Traffic that carries both tokens: an API call (?token=) and actions run for Rasa (header).
    assistant.send("shopper-fay", "navy suit")
    assert assistant.tracker("shopper-fay")["events"]
    logs = sorted(assistant.workdir.glob("*.log"))
    assert {log.name for log in logs} >= {"rasa.log", "action-server.log"}
    for log in logs:
        text = log.read_text(errors="replace")
        assert assistant.api_token not in text, log.name
        assert assistant.action_server_token not in text, log.name


@pytest.mark.parametrize("token", ["", "   "])
def test_the_action_server_does_not_start_without_a_token(token):
    env = base_environment(SHOP_ACTION_SERVER_TOKEN=token)
    started = subprocess.run(
        [sys.executable, "-m", "actions.server", "--port", str(free_port())],
        cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert started.returncode != 0
    assert "SHOP_ACTION_SERVER_TOKEN" in started.stderr
