"""A Messenger shopper handed to a person in Slack and back, end to end against the real Rasa
server and action server: the Graph API and Slack's Web API are local stand-ins, and the agent's
requests are signed the way Slack signs them."""

from __future__ import annotations

import json
import re

import pytest
import requests

from devtools.platform_standins import slack_signature_headers
from tests.handoff.conftest import AGENT, AGENT_SIGNING_SECRET, ShopServers

pytestmark = [pytest.mark.server, pytest.mark.timeout(600)]


def _texts(messages: list[dict]) -> str:
    """What the shopper reads: plain texts and the texts of button templates."""
    texts = (
        message.get("text") or ((message.get("attachment") or {}).get("payload") or {}).get("text")
        for message in messages
    )
    return "\n".join(text for text in texts if text)


def _cards(messages: list[dict]) -> list[dict]:
    """The product cards of Messenger carousels (generic templates)."""
    return [
        element
        for message in messages
        for element in ((message.get("attachment") or {}).get("payload") or {}).get("elements", [])
    ]


def test_a_person_takes_over_on_the_shoppers_channel_and_hands_back(servers_in_hours):
    servers: ShopServers = servers_in_hours
    ann = "PSID0ANN"
    # The shopper finds black oxfords and opens the second one's details (taps: what the bot
    # understands of typed searches is tested elsewhere).
    results = servers.messenger_taps(
        ann,
        "Black oxfords",
        '/search_products{"category": "oxfords", "colour": "black", "size": "10"}',
    )
    second = _cards(results)[1]
    details = _texts(servers.messenger_taps(ann, "Details", second["buttons"][0]["payload"]))
    # "Savile Plain-Toe Oxford by Aldwych & Co: $99.00. ..."
    product, price = second["title"], re.search(r"\$\d[\d,]*\.\d\d", details)[0]
    assert details.startswith(product)

    # The shopper asks for a person: the bot says it is a bot handing over.
    handing_over = _texts(servers.messenger_says(ann, "let me talk to a person"))
    assert "a bot" in handing_over and "person on our team" in handing_over

    # The agents' channel gets a thread with the transcript and what the bot knows.
    thread = servers.new_thread()
    thread_ts = thread.answer["ts"]
    blocks = str(thread.body["blocks"])
    assert "A shopper on Messenger asked for a person" in blocks
    assert "Shopper: (tapped a button: /search_products" in blocks
    assert "Bot: I found" in blocks
    assert f"Viewed: {product}" in blocks
    assert "Hand back to the bot" in blocks

    # The agent's reply in the thread reaches the shopper on Messenger.
    reply = "Hi, I'm Sam from the shop. That one runs half a size large, so take a 9.5."
    assert servers.agent_says(thread_ts, reply).status_code == 200
    assert _texts(servers.messenger_messages_to(ann)) == reply
    tracker = servers.tracker(ann)
    assert tracker["paused"]
    assert any(
        event["event"] == "bot"
        and event["text"] == reply
        and event["metadata"].get("handoff_agent") == AGENT
        for event in tracker["events"]
    ), "the agent's words are in the conversation's record"

    # The bot stays quiet; the shopper's message goes to the thread instead.
    assert servers.messenger_says(ann, "thanks! and does it come in brown?") == []
    assert servers.thread_posts(thread_ts) == ["*Shopper:* thanks! and does it come in brown?"]

    # The agent hands back with the button; the shopper hears the bot is back.
    assert servers.agent_taps_hand_back(thread_ts).status_code == 200
    back = _texts(servers.messenger_messages_to(ann))
    assert "back with the" in back and "a bot" in back
    assert f"Handed back to the bot by <@{AGENT}>" in servers.thread_posts(thread_ts)[0]
    assert not servers.tracker(ann)["paused"]

    # The bot answers again, with what it knew before: "it" is still the product in focus.
    answer = _texts(servers.messenger_says(ann, "how much is it?"))
    assert product in answer and price in answer
    servers.slack.assert_quiet(0.5)  # nothing more for the agents


@pytest.mark.parametrize(
    ("psid", "messages", "reason"),
    [
        ("PSID0EVE", ["blorp snazzle wibble", "florp quux zingle"], "misunderstood twice in a row"),
        ("PSID0FAY", ["this is unacceptable"], "is unhappy (complaint)"),
    ],
)
def test_misunderstood_twice_or_upset_the_shopper_gets_a_person(
    servers_in_hours, psid, messages, reason
):
    servers: ShopServers = servers_in_hours
    for message in messages:
        said = _texts(servers.messenger_says(psid, message))

    assert "a bot" in said and "person on our team" in said
    assert reason in str(servers.new_thread().body["blocks"])
    assert servers.tracker(psid)["paused"]


def test_an_agent_message_after_hand_back_is_not_sent_and_the_agent_is_told(servers_in_hours):
    servers: ShopServers = servers_in_hours
    cara = "PSID0CARA"
    servers.messenger_says(cara, "can i talk to someone")
    thread_ts = servers.new_thread().answer["ts"]
    assert servers.agent_says(thread_ts, "!bot").status_code == 200  # the typed command
    assert "back with the" in _texts(servers.messenger_messages_to(cara))
    servers.thread_posts(thread_ts)

    assert servers.agent_says(thread_ts, "one more thing...").status_code == 200

    assert servers.messenger_messages_to(cara) == []
    assert servers.thread_posts(thread_ts) == [
        "This conversation is back with the bot; that message was not sent."
    ]
    # A second tap on the button hands back nothing more.
    assert servers.agent_taps_hand_back(thread_ts).status_code == 200
    assert servers.thread_posts(thread_ts) == ["This conversation is already back with the bot."]
    assert servers.messenger_messages_to(cara) == []


def test_a_new_session_while_with_a_person_does_not_wake_the_bot(servers_in_hours):
    servers: ShopServers = servers_in_hours
    hal = "PSID0HAL"
    servers.messenger_says(hal, "human please")
    thread_ts = servers.new_thread().answer["ts"]
    # What Rasa does when the shopper writes after the session expiry (an hour of quiet): a new
    # session starts, and a new session is not paused.
    started = requests.post(
        f"{servers.assistant.rasa_url}/conversations/facebook:{hal}/tracker/events",
        params=servers.assistant.api_auth,
        json=[{"event": "session_started"}, {"event": "action", "name": "action_listen"}],
        timeout=30,
    )
    assert started.status_code == 200 and not started.json()["paused"]

    assert servers.messenger_says(hal, "hello? anyone?") == []
    assert servers.thread_posts(thread_ts) == ["*Shopper:* hello? anyone?"]
    assert servers.tracker(hal)["paused"]


def test_a_shopper_who_starts_over_gets_the_bot_back_and_the_handoff_closes(servers_in_hours):
    servers: ShopServers = servers_in_hours
    ivy = "PSID0IVY"
    servers.messenger_says(ivy, "talk to agent")
    thread_ts = servers.new_thread().answer["ts"]

    servers.messenger_says(ivy, "/restart")

    assert servers.thread_posts(thread_ts) == [
        "*Shopper:* /restart",
        "The shopper started over with the bot; this handoff is closed.",
    ]
    assert "virtual assistant" in _texts(servers.messenger_says(ivy, "hello"))
    assert servers.agent_says(thread_ts, "Hi, sorry for the wait!").status_code == 200
    assert servers.messenger_messages_to(ivy) == []


def test_slack_checks_the_events_url_with_a_signed_challenge(servers_in_hours):
    servers: ShopServers = servers_in_hours
    body = json.dumps({"type": "url_verification", "challenge": "3eZbrw1aB"}).encode()
    url = f"{servers.assistant.rasa_url}/webhooks/agent_desk/slack/events"

    signed = requests.post(
        url, data=body, headers=slack_signature_headers(AGENT_SIGNING_SECRET, body)
    )
    unsigned = requests.post(url, data=body)

    assert signed.status_code == 200 and signed.json() == {"challenge": "3eZbrw1aB"}
    assert unsigned.status_code == 401


@pytest.mark.parametrize(
    "forgery",
    ["wrong secret", "replayed after ten minutes", "hand back with the wrong secret"],
)
def test_unsigned_agent_requests_are_refused_and_change_nothing(servers_in_hours, forgery):
    servers: ShopServers = servers_in_hours
    bob = "PSID0BOB" + "".join(word[0] for word in forgery.split())
    servers.messenger_says(bob, "get me a human")
    thread_ts = servers.new_thread().answer["ts"]
    events_before = len(servers.tracker(bob)["events"])

    if forgery == "wrong secret":
        answer = servers.agent_says(thread_ts, "Send me your password", secret="guessed")
    elif forgery == "replayed after ten minutes":
        answer = servers.agent_says(thread_ts, "Send me your password", age=600)
    else:
        answer = servers.agent_taps_hand_back(thread_ts, secret="guessed")

    assert answer.status_code == 401
    assert servers.messenger_messages_to(bob) == []
    tracker = servers.tracker(bob)
    assert tracker["paused"] and len(tracker["events"]) == events_before
    servers.slack.assert_quiet(0.3)


def test_after_a_restart_of_both_servers_the_handoff_goes_on(servers_in_hours):
    servers: ShopServers = servers_in_hours
    dee = "PSID0DEE"
    servers.messenger_says(dee, "i want to speak to a real person")
    thread_ts = servers.new_thread().answer["ts"]

    servers.restart()

    # Still with a person: the shopper's message goes to the thread, the bot stays quiet ...
    assert servers.messenger_says(dee, "are you still there?") == []
    assert servers.thread_posts(thread_ts) == ["*Shopper:* are you still there?"]
    # ... and the agent's reply still reaches the shopper.
    assert servers.agent_says(thread_ts, "Yes! Sam here.").status_code == 200
    assert _texts(servers.messenger_messages_to(dee)) == "Yes! Sam here."
    assert servers.agent_taps_hand_back(thread_ts).status_code == 200
    assert "back with the" in _texts(servers.messenger_messages_to(dee))
