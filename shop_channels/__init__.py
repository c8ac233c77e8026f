"""Rasa input channels of the shop: Rasa's own connectors with the shop's safety net.

`never_silent` wraps the handler Rasa gives a channel: if handling a shopper's message sent nothing
at all (the action server is down, an action timed out, Rasa hit an error), the shopper still gets
an apology and a way forward instead of silence.

It also keeps out what no channel should pass on, the same way for every channel: a message
longer than `SHOP_MAX_MESSAGE_CHARS` is answered "too long" and not processed, one that is not
text is answered "I couldn't read that", and control characters and broken Unicode are taken out
of the text before Rasa reads it.

There is one time silence is right: while a person on the shop's team has the conversation (a
handoff, see commerce/handoff.py), the bot says nothing and the shopper's message goes to that
person instead. The agent desk channel (shop_channels/agent_desk.py) takes those messages through
the relay it sets here with `set_handoff_relay`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from commerce.config import load_channel_guard_settings, load_settings

if TYPE_CHECKING:  # the action server imports this package (agent_slack) without Rasa's channels
    from rasa.core.channels.channel import UserMessage

logger = logging.getLogger(__name__)

MessageHandler = Callable[["UserMessage"], Awaitable[None]]
# Given a shopper's message and Rasa's handler: if the conversation is with a person, record the
# message, pass it to them and return True; otherwise do nothing and return False.
HandoffRelay = Callable[["UserMessage", MessageHandler], Awaitable[bool]]

_handoff_relay: HandoffRelay | None = None
# C0 and C1 control characters, DEL, and Unicode's invisible format characters that reverse or
# hide text (bidi overrides, zero-width): nothing a shopper means to type.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\ufeff]")


def set_handoff_relay(relay: HandoffRelay | None) -> None:
    """Called by the agent desk channel when Rasa creates it (None removes the relay)."""
    global _handoff_relay
    _handoff_relay = relay


def apology_text() -> str:
    settings = load_settings()
    return (
        "Sorry, I couldn't answer that just now because of a problem on my side. Please try "
        f"again in a moment, or reach our team at {settings.contact_email} or "
        f"{settings.contact_phone}."
    )


def too_long_text(limit: int) -> str:
    return (
        f"Sorry, that message is too long for me: please keep it under {limit:,} characters "
        "and send it again, or tell me in a few words what you're looking for."
    )


def unreadable_text() -> str:
    return (
        "Sorry, I couldn't read that message: I can only read text. Please type it again, "
        'e.g. "black formal shoes in size 10".'
    )


def readable_text(text: str) -> str:
    """`text` without control characters (tabs and line breaks stay) and with broken Unicode
    (lone surrogates) replaced: stores and platforms refuse them, and they carry no meaning."""
    text = text.encode("utf-8", errors="replace").decode("utf-8")
    return "".join(c for c in text if c in "\t\n\r" or not _CONTROL.match(c))


def refusal(text: Any) -> str | None:
    """The answer to a message that must not be read (not text, or over SHOP_MAX_MESSAGE_CHARS),
    or None when it may be. Channels ask before making Rasa's UserMessage, which strips the text
    and fails on anything but a string."""
    if not isinstance(text, str):
        return unreadable_text()
    limit = load_channel_guard_settings().max_message_chars
    if len(text) > limit:
        logger.info("A %d-character message refused (over %d)", len(text), limit)
        return too_long_text(limit)
    return None


def never_silent(on_new_message: MessageHandler) -> MessageHandler:
    """`on_new_message` that apologises when it sent nothing, unless a person has the
    conversation (then the message goes to them, and the bot stays quiet). A message that is not
    text or is over the length limit gets its answer here and goes no further."""

    async def handle(message: UserMessage) -> None:
        problem = refusal(message.text)
        if problem is not None:
            await message.output_channel.send_response(message.sender_id, {"text": problem})
            return
        message.text = readable_text(message.text)
        if await _relayed_to_a_person(message, on_new_message):
            return
        channel = message.output_channel
        send_response = channel.send_response
        answered = False

        async def watched_send_response(recipient_id: str, reply: dict) -> None:
            nonlocal answered
            answered = True
            await send_response(recipient_id, reply)

        channel.send_response = watched_send_response
        try:
            await on_new_message(message)
        except Exception:
            logger.exception("Handling a message from %s failed", message.sender_id)
        if not answered:
            logger.error("No reply to %s's message; sending an apology", message.sender_id)
            await send_response(message.sender_id, {"text": apology_text()})

    return handle


async def _relayed_to_a_person(message: UserMessage, on_new_message: MessageHandler) -> bool:
    relay = _handoff_relay
    if relay is None:
        return False
    try:
        return await relay(message, on_new_message)
    except Exception:
        # The bot answering during a handoff beats a shopper left with no answer at all.
        logger.exception("Could not pass %s's message to a person", message.sender_id)
        return False
