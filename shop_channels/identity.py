"""Whose conversation a message belongs to: one namespace of conversation ids per channel.

Rasa keys a conversation (its tracker) by the sender id alone, and the store keys carts, orders
and remembered details by the same id. A Messenger PSID, a Slack user id and a web chat session
id could otherwise be claimed on another channel, above all on the REST channel, whose caller
names the sender in the request body. So every channel but REST prefixes the id its platform
vouches for with its own name: `facebook:<PSID>`, `slack:<user id or user_channel_thread>`,
`socketio:<random session>` (the web chat's session id is issued in that form). The REST channel
refuses a sender id in any of these namespaces, and the output channels take the prefix off
before they address the platform.

REST sender ids stay as the caller gives them: that is what `rasa shell`, the tests and a shop's
own back end use, and the REST channel is off in production unless it has a token
(commerce/config.py, `ChannelGuardSettings`).
"""

from __future__ import annotations

SEPARATOR = ":"
# Channel names (their `name()`) whose conversation ids are namespaced.
NAMESPACED_CHANNELS = ("facebook", "slack", "socketio")


def conversation_id(channel: str, platform_id: str) -> str:
    """The Rasa sender id for `platform_id` on `channel` (unchanged if already namespaced)."""
    prefix = channel + SEPARATOR
    return platform_id if platform_id.startswith(prefix) else prefix + platform_id


def platform_id(channel: str, conversation: str) -> str:
    """The id the platform knows the shopper by: `conversation` without `channel`'s prefix."""
    prefix = channel + SEPARATOR
    return conversation[len(prefix) :] if conversation.startswith(prefix) else conversation


def namespace_of(sender_id: str) -> str | None:
    """The channel whose namespace `sender_id` is in, or None for an id of the REST channel."""
    for channel in NAMESPACED_CHANNELS:
        if sender_id.startswith(channel + SEPARATOR):
            return channel
    return None
