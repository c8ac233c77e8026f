"""Slack, the one place: the Web API client, request signatures and mrkdwn escaping.

Used by the shoppers' Slack channel (shop_channels/slack.py, slack_replies.py), the agents' desk
(shop_channels/agent_desk.py) and the hand-over action (through shop_integrations/agent_slack.py).
It imports neither Rasa nor rasa-sdk.

- Web API: https://api.slack.com/web (JSON body, `Authorization: Bearer <bot token>`, answers
  `{"ok": true, ...}` or `{"ok": false, "error": ...}`). `SlackWebApi.call` blocks; code on an
  event loop awaits `call_async`, which runs it in a worker thread so no other conversation waits.
- Signatures: https://api.slack.com/authentication/verifying-requests-from-slack
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import re
import time
from dataclasses import dataclass
from typing import Any

import requests

logger = logging.getLogger(__name__)

DEFAULT_API_URL = "https://slack.com/api/"
SIGNATURE_MAX_AGE_SECONDS = 5 * 60  # Slack's advice: older requests may be replays
MAX_WAIT_ON_RATE_LIMIT = 5.0  # seconds; longer and the shopper would wait on us


class SlackError(Exception):
    """Slack refused a call or could not be reached; the message says which and why.

    `error` is Slack's error code ("invalid_blocks", "invalid_auth", ...) or a description of what
    went wrong on the way; `data` is Slack's whole answer, if there was one.
    """

    def __init__(self, method: str, error: str, data: dict[str, Any] | None = None) -> None:
        super().__init__(f"{method}: {error}")
        self.method = method
        self.error = error
        self.data = data or {}


# ---------------------------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------------------------


def escape_mrkdwn(text: str) -> str:
    """`text` shown literally in Slack: &, < and > are control characters in mrkdwn, and a
    shopper typing "<!channel>" must not ping everyone."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_to_plain(text: str) -> str:
    """What a person typed in Slack as someone on another channel should read it: Slack's markup
    for links and mentions (`<https://…|label>`, `<mailto:…|a@b.c>`, `<@U123>`) made plain text,
    and &, < and > unescaped."""
    text = _SLACK_LINK.sub(_plain_link, text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


_SLACK_LINK = re.compile(r"<([^<>|]+)(?:\|([^<>]*))?>")


def _plain_link(found: re.Match) -> str:
    target, label = found.group(1), found.group(2)
    if target.startswith(("@", "#", "!")):
        # Mentions mean nothing to the shopper; a channel mention keeps its name if Slack sent it.
        return f"#{label}" if target.startswith("#") and label else ""
    if target.startswith("mailto:"):
        return label or target.removeprefix("mailto:")
    if label and label != target and label not in target:
        return f"{label} ({target})"
    return target


# ---------------------------------------------------------------------------------------------
# Requests from Slack
# ---------------------------------------------------------------------------------------------


def signature_is_valid(
    signing_secret: str,
    timestamp: str | None,
    signature: str | None,
    body: bytes,
    now: float | None = None,
) -> bool:
    """Whether `body` was signed by Slack with `signing_secret` in the last five minutes
    (`X-Slack-Request-Timestamp` and `X-Slack-Signature`: v0 HMAC-SHA256 of
    `v0:<timestamp>:<body>`)."""
    if not signing_secret or not timestamp or not signature:
        return False
    try:
        age = abs((time.time() if now is None else now) - int(timestamp))
    except ValueError:
        return False
    if age > SIGNATURE_MAX_AGE_SECONDS:
        return False
    expected = hmac.new(
        signing_secret.encode(), b"v0:" + timestamp.encode() + b":" + body, hashlib.sha256
    ).hexdigest()
    return hmac.compare_digest(f"v0={expected}", signature)


# ---------------------------------------------------------------------------------------------
# Calls to Slack
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SlackWebApi:
    """Slack's Web API at `api_url` with a bot token."""

    token: str
    api_url: str = DEFAULT_API_URL
    timeout: float = 10.0
    proxy: str | None = None

    def call(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        """Calls `method` (e.g. "chat.postMessage") with a JSON body and returns Slack's answer;
        raises SlackError when Slack refuses or cannot be reached. Blocks: on an event loop,
        await `call_async` instead."""
        url = (self.api_url if self.api_url.endswith("/") else self.api_url + "/") + method
        proxies = {"http": self.proxy, "https": self.proxy} if self.proxy else None
        for attempt in (1, 2):
            try:
                response = requests.post(
                    url,
                    json=body,
                    headers={"Authorization": f"Bearer {self.token}"},
                    timeout=self.timeout,
                    proxies=proxies,
                )
            except requests.RequestException as error:
                raise SlackError(method, f"Slack could not be reached ({error})") from error
            if response.status_code == 429 and attempt == 1:
                # Slack's rate limit says how long to wait; wait once if that is short.
                wait = float(response.headers.get("Retry-After", "1") or 1)
                if wait <= MAX_WAIT_ON_RATE_LIMIT:
                    time.sleep(wait)
                    continue
            try:
                answer = response.json()
            except ValueError:
                answer = {}
            if not isinstance(answer, dict):
                answer = {}
            if response.status_code != 200 or not answer.get("ok"):
                error = answer.get("error") or f"HTTP {response.status_code}"
                raise SlackError(method, str(error), answer)
            return answer
        raise SlackError(method, "rate limited")

    async def call_async(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        """`call` in a worker thread: the event loop goes on serving others meanwhile."""
        return await asyncio.to_thread(self.call, method, body)

    def post_message(self, channel: str, **arguments: Any) -> dict[str, Any]:
        """chat.postMessage to `channel` (text, blocks, thread_ts, ...); returns Slack's answer."""
        return self.call("chat.postMessage", {"channel": channel, **arguments})

    async def post_message_async(self, channel: str, **arguments: Any) -> dict[str, Any]:
        """`post_message` without blocking the event loop."""
        return await self.call_async("chat.postMessage", {"channel": channel, **arguments})
