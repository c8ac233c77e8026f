"""The agent desk's pieces without servers: Slack's request signatures, what an agent's Slack
markup looks like to a shopper, and which output channel reaches the shopper again."""

from __future__ import annotations

import time

import pytest
from rasa.core.channels.rest import RestInput

from devtools.platform_standins import slack_signature_headers
from shop_channels.agent_desk import _output_channel
from shop_channels.facebook import MessengerSettings, ShopFacebookInput, ShopMessengerBot
from shop_channels.slack import ShopSlackInput, SlackSettings
from shop_integrations.slack import escape_mrkdwn as slack_escape
from shop_integrations.slack import signature_is_valid as slack_signature_is_valid
from shop_integrations.slack import slack_to_plain

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
BODY = b'{"type":"event_callback","event":{"type":"message","text":"hi"}}'


def _headers(secret: str = SECRET, body: bytes = BODY, age: int = 0) -> tuple[str, str]:
    headers = slack_signature_headers(secret, body, int(time.time()) - age)
    return headers["X-Slack-Request-Timestamp"], headers["X-Slack-Signature"]


def test_a_request_signed_by_slack_just_now_is_accepted():
    assert slack_signature_is_valid(SECRET, *_headers(), BODY)


def test_slacks_documented_example_signature():
    # https://api.slack.com/authentication/verifying-requests-from-slack
    body = (
        b"token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id="
        b"G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook"
        b"-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397"
        b"700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d"
        b"10d2c447fce8b6703c"
    )
    signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"

    assert slack_signature_is_valid(SECRET, "1531420618", signature, body, now=1531420618 + 60)
    assert not slack_signature_is_valid(SECRET, "1531420618", signature, body + b"x", 1531420678)


@pytest.mark.parametrize(
    "forgery",
    ["wrong secret", "body changed", "six minutes old", "from the future", "no secret set"],
)
def test_forged_or_stale_requests_are_refused(forgery):
    timestamp, signature = _headers(
        secret="guessed" if forgery == "wrong secret" else SECRET,
        age={"six minutes old": 360, "from the future": -360}.get(forgery, 0),
    )
    body = BODY + b" " if forgery == "body changed" else BODY
    secret = "" if forgery == "no secret set" else SECRET

    assert not slack_signature_is_valid(secret, timestamp, signature, body)


@pytest.mark.parametrize(
    ("timestamp", "signature"),
    [(None, "v0=abc"), ("1531420618", None), ("yesterday", "v0=abc"), ("", "")],
)
def test_missing_or_malformed_headers_are_refused(timestamp, signature):
    assert not slack_signature_is_valid(SECRET, timestamp, signature, BODY)


@pytest.mark.parametrize(
    ("typed", "shopper_reads"),
    [
        ("Track <https://track.example/1Z999|your parcel>",
         "Track your parcel (https://track.example/1Z999)"),
        ("Track it: <https://track.example/1Z999|1Z999>", "Track it: https://track.example/1Z999"),
        ("See <https://shop.example/returns>", "See https://shop.example/returns"),
        ("Write to <mailto:help@shop.example|help@shop.example>", "Write to help@shop.example"),
        ("<@U0BOSS> can you check? Size 9 &amp; 10 are &lt;5 left",
         " can you check? Size 9 & 10 are <5 left"),
        ("Ask in <#C0SIZES|sizes>", "Ask in #sizes"),
    ],
)  # fmt: skip
def test_agents_slack_markup_becomes_plain_text(typed, shopper_reads):
    assert slack_to_plain(typed) == shopper_reads


def test_escaped_shopper_text_comes_back_unchanged():
    typed = "<!here> 5 > 4 & <b>bold</b>"
    assert slack_to_plain(slack_escape(typed)) == typed


def test_a_messenger_shopper_is_reached_through_the_page():
    facebook = ShopFacebookInput(MessengerSettings("verify", "secret", "page-token"))

    assert isinstance(_output_channel(facebook, {"page_id": "PAGE0SHOP"}), ShopMessengerBot)


@pytest.mark.parametrize(("use_threads", "thread"), [(False, None), (True, "1700000000.000100")])
def test_a_slack_shopper_is_reached_in_the_channel_they_wrote_in(use_threads, thread):
    slack = ShopSlackInput(
        SlackSettings("xoxb-shop", "secret", "http://127.0.0.1:9/api/"), use_threads=use_threads
    )

    output = _output_channel(
        slack, {"out_channel": "D0SHOPPER", "thread_id": "1700000000.000100", "users": []}
    )

    assert output.slack_channel == "D0SHOPPER" and output.thread_id == thread


def test_the_rest_channel_cannot_be_reached_unprompted():
    assert _output_channel(RestInput(), {}) is None
