"""Rasa input channels of the shop: Rasa's own connectors with the shop's safety net.

`never_silent` wraps the handler Rasa gives a channel: if handling a shopper's message sent nothing
at all (the action server is down, an action timed out, Rasa hit an error), the shopper still gets
an apology and a way forward instead of silence.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from rasa.core.channels.channel import UserMessage

from commerce.config import load_settings

logger = logging.getLogger(__name__)

MessageHandler = Callable[[UserMessage], Awaitable[None]]


def apology_text() -> str:
    settings = load_settings()
    return (
        "Sorry, I couldn't answer that just now because of a problem on my side. Please try "
        f"again in a moment, or reach our team at {settings.contact_email} or "
        f"{settings.contact_phone}."
    )


def never_silent(on_new_message: MessageHandler) -> MessageHandler:
    async def handle(message: UserMessage) -> None:
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
