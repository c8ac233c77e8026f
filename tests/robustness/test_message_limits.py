"""Message size limits on every channel (REST, the web chat's socket.io, Slack, Messenger): a
message over SHOP_MAX_MESSAGE_CHARS (default 5000) is answered "too long" and never reaches Rasa
(nothing of it in the conversation); one at the limit is read as usual. Slack and Messenger
requests are signed as the platforms sign them."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

from commerce.config import load_channel_guard_settings
from devtools.platform_standins import messenger_text
from shop_channels import never_silent
from tests.channels.conftest import MessengerShopper, SlackShopper, user_events

pytestmark = [pytest.mark.server, pytest.mark.timeout(600)]

LIMIT = 5000  # the default, which the servers of this package run with
TOO_LONG = "black oxfords size 10 " * 250  # 5500 characters
AT_THE_LIMIT = ("navy suit " * 500)[: LIMIT - 1] + "."  # no blank at the end: Rasa strips it


def said(events: list[dict]) -> list[str]:
    return [event.get("text") or "" for event in events]


def test_the_limit_is_a_setting_with_a_default(monkeypatch):
    monkeypatch.delenv("SHOP_MAX_MESSAGE_CHARS", raising=False)
    assert load_channel_guard_settings().max_message_chars == LIMIT
    monkeypatch.setenv("SHOP_MAX_MESSAGE_CHARS", "500")
    assert load_channel_guard_settings().max_message_chars == 500
    monkeypatch.setenv("SHOP_MAX_MESSAGE_CHARS", "-1")  # nonsense keeps the default
    assert load_channel_guard_settings().max_message_chars == LIMIT


def test_every_channel_checks_the_limit_it_is_given(monkeypatch, socket_loop):
    # never_silent wraps Rasa's handler in every shop channel (shop_channels/__init__.py).
    monkeypatch.setenv("SHOP_MAX_MESSAGE_CHARS", "10")
    reached_rasa: list[str] = []

    async def rasa(message: UserMessage) -> None:
        reached_rasa.append(message.text)
        await message.output_channel.send_response(message.sender_id, {"text": "ok"})

    async def send(text: str) -> list[dict]:
        output = CollectingOutputChannel()
        await never_silent(rasa)(UserMessage(text, output, "shopper-kim"))
        return output.messages

    def run(text: str) -> list[dict]:  # on a loop of its own: the browser tests hold this one
        return asyncio.run_coroutine_threadsafe(send(text), socket_loop).result(30)

    assert run("x" * 10)[0]["text"] == "ok"
    refused = run("x" * 11)
    assert reached_rasa == ["x" * 10]
    assert "too long" in refused[0]["text"] and "10 characters" in refused[0]["text"]


def test_rest_answers_too_long_and_keeps_nothing(assistant):
    sender = f"long-{uuid.uuid4().hex[:8]}"
    reply = assistant.send(sender, TOO_LONG)
    assert "too long" in reply[0]["text"] and f"{LIMIT:,} characters" in reply[0]["text"]
    assert said(user_events(assistant, sender)) == []

    assert assistant.send(sender, AT_THE_LIMIT)
    assert said(user_events(assistant, sender)) == [AT_THE_LIMIT]


def test_the_web_chat_answers_too_long_and_keeps_nothing(assistant, web_chat):
    reply = web_chat.says(TOO_LONG)
    assert "too long" in reply[0]["text"]
    assert said(user_events(assistant, web_chat.session_id)) == []

    assert web_chat.says(AT_THE_LIMIT)
    assert said(user_events(assistant, web_chat.session_id)) == [AT_THE_LIMIT]


def test_slack_answers_too_long_and_keeps_nothing(assistant, slack_api):
    shopper = SlackShopper.new(assistant, slack_api)
    posts = shopper.says(TOO_LONG)
    assert any("too long" in post.get("text", "") for post in posts), posts
    assert user_events(assistant, shopper.conversation) == []

    assert shopper.says(AT_THE_LIMIT)
    assert said(user_events(assistant, shopper.conversation)) == [AT_THE_LIMIT]


def test_messenger_answers_too_long_and_keeps_nothing(assistant, graph_api):
    shopper = MessengerShopper.new(assistant, graph_api)
    sent = shopper.sends(messenger_text(shopper.psid, TOO_LONG))
    assert any("too long" in message.get("text", "") for message in sent), sent
    assert user_events(assistant, shopper.conversation) == []

    assert shopper.sends(messenger_text(shopper.psid, AT_THE_LIMIT))
    assert said(user_events(assistant, shopper.conversation)) == [AT_THE_LIMIT]
