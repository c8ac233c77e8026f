"""The agents' Slack channel: one thread per handoff, and what its first message shows.

The action that hands over (action server) starts the thread, and the agent desk channel (Rasa
server) posts the shopper's messages and notes into it. Slack itself (the Web API client,
escaping, signatures) is in shop_integrations/slack.py; this module knows handoffs. It imports
neither Rasa nor rasa-sdk, so both processes can use it, and it never blocks their event loops.
"""

from __future__ import annotations

from dataclasses import dataclass

from commerce.config import HandoffSettings
from commerce.handoff import Handoff
from shop_integrations.slack import SlackWebApi, escape_mrkdwn

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

    @property
    def api(self) -> SlackWebApi:
        return SlackWebApi(self.token, self.api_url, self.timeout)

    async def start_thread(self, handoff: Handoff, when_answered: str | None) -> str:
        """Post the handoff to the agents' channel (who, why, what the bot knows, the transcript,
        a hand-back button); returns the message's ts, which names the thread. Raises
        shop_integrations.slack.SlackError."""
        return await self.post(
            text=f"A shopper on {channel_name(handoff.shopper_channel)} {handoff.reason_text}.",
            blocks=handoff_blocks(handoff, when_answered),
        )

    async def post_in_thread(self, thread_ts: str, text: str) -> str:
        """A reply in a handoff's thread (`text` is Slack mrkdwn; escape what others typed)."""
        return await self.post(text=text, thread_ts=thread_ts)

    async def post(
        self, text: str, blocks: list[dict] | None = None, thread_ts: str | None = None
    ) -> str:
        """chat.postMessage to the agents' channel; returns the new message's ts."""
        arguments: dict = {"text": text, "unfurl_links": False}
        if blocks:
            arguments["blocks"] = blocks
        if thread_ts:
            arguments["thread_ts"] = thread_ts
        answer = await self.api.post_message_async(self.channel, **arguments)
        return str(answer["ts"])


def handoff_blocks(handoff: Handoff, when_answered: str | None) -> list[dict]:
    """The thread's first message in Block Kit: who and why, when out of hours what the shopper
    was promised, what the bot knows, the transcript (in pieces Slack accepts), how to hand back."""
    where = channel_name(handoff.shopper_channel)
    heading = (
        f"*A shopper on {escape_mrkdwn(where)} {escape_mrkdwn(handoff.reason_text)}.*\n"
        f"Conversation `{escape_mrkdwn(handoff.conversation_id)}`"
    )
    if handoff.out_of_hours:
        heading += (
            f"\n:crescent_moon: Out of hours: the shopper was told a person answers "
            f"{escape_mrkdwn(when_answered or 'as soon as possible')}, and asked to leave a message."
        )
    blocks: list[dict] = [
        _section(heading),
        _section("*What the bot knows*\n" + escape_mrkdwn(handoff.context)),
    ]
    for piece in _pieces(handoff.transcript or "(no messages)", _SECTION_LIMIT - 20):
        blocks.append(_section("```" + escape_mrkdwn(piece) + "```"))
    blocks.append(
        {
            "type": "context",
            "elements": [
                {
                    "type": "mrkdwn",
                    "text": "Reply in this thread and the shopper gets it on "
                    f"{escape_mrkdwn(where)}. Their messages appear here. When you are done, tap "
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
        while len(escape_mrkdwn(line)) > limit:
            pieces.append(line[: limit // 5])
            line = line[limit // 5 :]
        if current and len(escape_mrkdwn(current + "\n" + line)) > limit:
            pieces.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        pieces.append(current)
    return pieces
