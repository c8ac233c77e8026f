"""The agents' Slack channel, through Slack's Web API: one thread per handoff.

The one place that talks to Slack on the agents' behalf: the action that hands over (action
server) starts the thread, and the agent desk channel (Rasa server) posts the shopper's messages
and notes into it. It imports neither Rasa nor rasa-sdk, so both processes can use it.

Slack's Web API: https://api.slack.com/methods/chat.postMessage (JSON body, `Authorization:
Bearer <bot token>`, answers `{"ok": true, "ts": ...}` or `{"ok": false, "error": ...}`).
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass
from typing import Any

import requests

from commerce.config import HandoffSettings
from commerce.handoff import Handoff

logger = logging.getLogger(__name__)

HAND_BACK_ACTION_ID = "handoff_hand_back"
# Typed as a reply in the thread, these hand the conversation back too (Slack's slash commands
# are not sent from threads, so a plain word is what works there).
HAND_BACK_COMMANDS = ("!bot", "!handback")
CHANNEL_NAMES = {
    "facebook": "Messenger",
    "slack": "Slack",
    "socketio": "the web chat",
    "rest": "the REST API",
}
_SECTION_LIMIT = 3000  # characters of text in one Block Kit section
_MAX_WAIT_ON_RATE_LIMIT = 5.0  # seconds; longer and the shopper would wait on us


class SlackError(Exception):
    """Slack refused a call or could not be reached; the message says which and why."""


def slack_escape(text: str) -> str:
    """`text` shown literally in Slack: a shopper typing "<!channel>" must not ping everyone."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_to_plain(text: str) -> str:
    """What a person typed in Slack as a shopper on another channel should read it: Slack's
    markup for links and mentions (`<https://…|label>`, `<mailto:…|a@b.c>`, `<@U123>`) made plain
    text, and &, < and > unescaped."""
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


def channel_name(input_channel: str) -> str:
    return CHANNEL_NAMES.get(input_channel, input_channel)


@dataclass(frozen=True)
class AgentSlack:
    """Posts to the agents' channel `channel` with the shop's bot token."""

    api_url: str  # ends in "/"
    token: str
    channel: str
    timeout: float = 10.0

    @classmethod
    def from_settings(cls, settings: HandoffSettings) -> AgentSlack | None:
        """The configured agents' channel, or None when there is none to post to."""
        if not settings.agent_desk_configured:
            return None
        return cls(settings.slack_api_url, settings.slack_bot_token, settings.agent_slack_channel)

    def start_thread(self, handoff: Handoff, when_answered: str | None) -> str:
        """Post the handoff to the agents' channel (who, why, what the bot knows, the transcript,
        a hand-back button); returns the message's ts, which names the thread."""
        return self.post(
            text=f"A shopper on {channel_name(handoff.shopper_channel)} {handoff.reason_text}.",
            blocks=handoff_blocks(handoff, when_answered),
        )

    def post_in_thread(self, thread_ts: str, text: str) -> str:
        """A reply in a handoff's thread (`text` is Slack mrkdwn; escape what others typed)."""
        return self.post(text=text, thread_ts=thread_ts)

    def post(
        self, text: str, blocks: list[dict] | None = None, thread_ts: str | None = None
    ) -> str:
        """chat.postMessage to the agents' channel; returns the new message's ts."""
        body: dict[str, Any] = {"channel": self.channel, "text": text, "unfurl_links": False}
        if blocks:
            body["blocks"] = blocks
        if thread_ts:
            body["thread_ts"] = thread_ts
        answer = self._call("chat.postMessage", body)
        return str(answer["ts"])

    def _call(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        for attempt in (1, 2):
            try:
                response = requests.post(
                    self.api_url + method,
                    json=body,
                    headers={"Authorization": f"Bearer {self.token}"},
                    timeout=self.timeout,
                )
            except requests.RequestException as error:
                raise SlackError(f"{method}: Slack could not be reached ({error})") from error
            if response.status_code == 429 and attempt == 1:
                # Slack's rate limit says how long to wait; wait once if that is short.
                wait = float(response.headers.get("Retry-After", "1") or 1)
                if wait <= _MAX_WAIT_ON_RATE_LIMIT:
                    time.sleep(wait)
                    continue
            try:
                answer = response.json()
            except ValueError:
                answer = {}
            if response.status_code != 200 or not answer.get("ok"):
                error = answer.get("error") or f"HTTP {response.status_code}"
                raise SlackError(f"{method}: {error}")
            return answer
        raise SlackError(f"{method}: rate limited")


def handoff_blocks(handoff: Handoff, when_answered: str | None) -> list[dict]:
    """The thread's first message in Block Kit: who and why, when out of hours what the shopper
    was promised, what the bot knows, the transcript (in pieces Slack accepts), how to hand back."""
    where = channel_name(handoff.shopper_channel)
    heading = (
        f"*A shopper on {slack_escape(where)} {slack_escape(handoff.reason_text)}.*\n"
        f"Conversation `{slack_escape(handoff.conversation_id)}`"
    )
    if handoff.out_of_hours:
        heading += (
            f"\n:crescent_moon: Out of hours: the shopper was told a person answers "
            f"{slack_escape(when_answered or 'as soon as possible')}, and asked to leave a message."
        )
    blocks: list[dict] = [
        _section(heading),
        _section("*What the bot knows*\n" + slack_escape(handoff.context)),
    ]
    for piece in _pieces(handoff.transcript or "(no messages)", _SECTION_LIMIT - 20):
        blocks.append(_section("```" + slack_escape(piece) + "```"))
    blocks.append(
        {
            "type": "context",
            "elements": [
                {
                    "type": "mrkdwn",
                    "text": "Reply in this thread and the shopper gets it on "
                    f"{slack_escape(where)}. Their messages appear here. When you are done, tap "
                    f"the button or reply `{HAND_BACK_COMMANDS[0]}`: the bot takes over again "
                    "with everything it knew.",
                }
            ],
        }
    )
    blocks.append(
        {
            "type": "actions",
            "block_id": "handoff_actions",
            "elements": [
                {
                    "type": "button",
                    "action_id": HAND_BACK_ACTION_ID,
                    "text": {"type": "plain_text", "text": "Hand back to the bot"},
                    "style": "primary",
                    "value": "hand_back",
                }
            ],
        }
    )
    return blocks[:50]  # Slack's limit; the transcript is capped well below it


def _section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text[:_SECTION_LIMIT]}}


def _pieces(text: str, limit: int) -> list[str]:
    """`text` cut at line ends into pieces that stay under `limit` once escaped for Slack."""
    pieces: list[str] = []
    current = ""
    for line in text.splitlines():
        # Escaping lengthens "&<>"; measure what Slack will count.
        while len(slack_escape(line)) > limit:
            pieces.append(line[: limit // 5])
            line = line[limit // 5 :]
        if current and len(slack_escape(current + "\n" + line)) > limit:
            pieces.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        pieces.append(current)
    return pieces
