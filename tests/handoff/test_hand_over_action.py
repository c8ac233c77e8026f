"""`action_hand_over` as the action server runs it (real rasa-sdk Tracker and dispatcher), against
the Slack stand-in: what the shopper is told, what the agents' thread gets, and that nothing is
paused or kept when no person can be reached."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from actions.handoff import ActionHandOver
from commerce.db import get_engine, session_scope
from commerce.handoff import WAITING, Handoff
from devtools.platform_standins import SlackStandIn
from devtools.servers import free_port
from tests.actions.conversation_driver import DOMAIN

AGENTS = "C0AGENTS"


@pytest.fixture(scope="module")
def slack():
    with SlackStandIn() as stand_in:
        yield stand_in


@pytest.fixture
def agent_desk(slack, demo_store_url, monkeypatch):
    """The agents' channel configured, a person there around the clock."""
    slack.clear()
    monkeypatch.setenv("SHOP_SLACK_API_URL", slack.base_url)
    monkeypatch.setenv("SHOP_AGENT_SLACK_CHANNEL", AGENTS)
    monkeypatch.setenv("SHOP_AGENT_SLACK_BOT_TOKEN", slack.token)
    monkeypatch.setenv("SHOP_AGENT_HOURS", "24/7")
    return slack


def _conversation(intent: str, text: str, sender: str = "psid-ann") -> Tracker:
    events = [
        {"event": "user", "text": "black oxfords size 10", "input_channel": "facebook",
         "metadata": {"page_id": "PAGE0SHOP"}},
        {"event": "bot", "text": "I found 13 black oxfords in size 10.", "metadata": {}},
        {"event": "slot", "name": "current_product", "value": "windsor-patent-oxford"},
        {"event": "user", "text": "/select_product{\"product_handle\": \"albany-penny-loafer\"}",
         "input_channel": "facebook", "metadata": {"page_id": "PAGE0SHOP"}},
        {"event": "slot", "name": "current_product", "value": "albany-penny-loafer"},
        {"event": "user", "text": text, "input_channel": "facebook",
         "metadata": {"page_id": "PAGE0SHOP"}},
    ]  # fmt: skip
    return Tracker(
        sender_id=sender,
        slots={"current_product": "albany-penny-loafer"},
        latest_message={"text": text, "intent": {"name": intent, "confidence": 0.9}},
        events=events,
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def _run(tracker: Tracker) -> tuple[str, list[dict]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionHandOver().run(dispatcher, tracker, DOMAIN))
    return "\n".join(message.get("text") or "" for message in dispatcher.messages), events


def _handoffs(url: str) -> list[Handoff]:
    with session_scope(get_engine(url)) as session:
        return list(session.scalars(select(Handoff)))


def test_asking_for_a_person_opens_a_thread_with_transcript_and_context(agent_desk, demo_store_url):
    said, events = _run(_conversation("request_human", "let me talk to a person"))

    assert "a bot" in said and "person on our team" in said
    assert events == [{"event": "pause", "timestamp": None}]
    posted = agent_desk.next_message()
    assert posted.accepted, posted.problems
    assert posted.body["channel"] == AGENTS and "thread_ts" not in posted.body
    blocks = "\n".join(str(block) for block in posted.body["blocks"])
    assert "A shopper on Messenger asked for a person" in blocks
    assert "Viewed: Windsor Patent Oxford; Albany Penny Loafer" in blocks
    assert "Shopper: black oxfords size 10" in blocks
    assert "Bot: I found 13 black oxfords in size 10." in blocks
    assert "(tapped a button: /select_product" in blocks
    assert "Hand back to the bot" in blocks
    [handoff] = _handoffs(demo_store_url)
    assert handoff.state == WAITING and handoff.conversation_id == "psid-ann"
    assert handoff.shopper_channel == "facebook" and handoff.reason == "asked"
    assert handoff.agent_channel == AGENTS and handoff.agent_thread_ts == posted.answer["ts"]
    assert handoff.address == {"page_id": "PAGE0SHOP"}


@pytest.mark.parametrize(
    ("intent", "opening", "reason"),
    [
        ("complaint", "I'm sorry about this.", "is unhappy (complaint)"),
        ("nlu_fallback", "Sorry, I'm not getting this right.", "was misunderstood twice in a row"),
    ],
)
def test_complaints_and_misunderstandings_say_sorry_and_tell_the_agents_why(
    agent_desk, intent, opening, reason
):
    said, events = _run(_conversation(intent, "this is ridiculous"))

    assert said.startswith(opening) and "a bot" in said
    assert events[0]["event"] == "pause"
    assert reason in str(agent_desk.next_message().body["blocks"])


def test_asking_again_while_waiting_opens_no_second_thread(agent_desk, demo_store_url):
    _run(_conversation("request_human", "a person please"))
    agent_desk.next_message()

    said, events = _run(_conversation("request_human", "hello?? a person please"))

    assert "already waiting for a person" in said and events[0]["event"] == "pause"
    agent_desk.assert_quiet(0.3)
    assert len(_handoffs(demo_store_url)) == 1


def test_without_an_agents_channel_the_bot_says_how_to_reach_people_and_keeps_helping(
    demo_store_url, monkeypatch
):
    monkeypatch.delenv("SHOP_AGENT_SLACK_CHANNEL", raising=False)
    monkeypatch.setenv("SHOP_CONTACT_EMAIL", "team@shop.test")

    said, events = _run(_conversation("request_human", "a person please"))

    assert "a bot" in said and "team@shop.test" in said and "keep helping" in said
    assert events == []  # not paused: nobody would ever answer
    assert _handoffs(demo_store_url) == []


@pytest.mark.parametrize("problem", ["slack unreachable", "slack refuses the token"])
def test_when_slack_fails_the_shopper_is_told_and_nothing_is_paused(
    agent_desk, demo_store_url, monkeypatch, problem
):
    if problem == "slack unreachable":
        monkeypatch.setenv("SHOP_SLACK_API_URL", f"http://127.0.0.1:{free_port()}/api/")
    else:
        monkeypatch.setenv("SHOP_AGENT_SLACK_BOT_TOKEN", "xoxb-revoked")
    monkeypatch.setenv("SHOP_CONTACT_EMAIL", "team@shop.test")

    said, events = _run(_conversation("request_human", "a person please"))

    assert "couldn't reach our team" in said and "team@shop.test" in said
    assert events == []
    assert _handoffs(demo_store_url) == []


def test_shopper_text_cannot_ping_the_agents_channel(agent_desk):
    _run(_conversation("request_human", "<!channel> <@U0BOSS> & get me a human"))

    blocks = str(agent_desk.next_message().body["blocks"])
    assert "<!channel>" not in blocks and "&lt;!channel&gt; &lt;@U0BOSS&gt; &amp; get me" in blocks
