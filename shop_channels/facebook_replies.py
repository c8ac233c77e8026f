"""The shop's replies on Messenger: bot messages as Send API messages (result cards as a
generic-template carousel, every choice kept as a button or quick reply, within Messenger's limits)
and the output channel that sends them in a worker thread (the fbmessenger library blocks). The
input channel, its settings and the webhook are in shop_channels/facebook.py.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from typing import Any

from fbmessenger import MessengerClient
from rasa.core.channels.facebook import MessengerBot

from shop_channels.cards import (
    Choice,
    ProductCard,
    ShopMessage,
    ShowsShopMessages,
    in_pieces,
    shorten,
    spelled_out,
    split_text,
)
from shop_channels.identity import platform_id

logger = logging.getLogger(__name__)

CHANNEL_NAME = "facebook"  # the channel's name(), and its namespace of conversation ids
DEFAULT_GRAPH_URL = "https://graph.facebook.com/v2.12"

# Messenger limits (developers.facebook.com/docs/messenger-platform/reference).
MAX_TEXT = 640  # a button template's text; plain text allows 2000, one limit keeps it simple
MAX_QUICK_REPLIES = 13
MAX_QUICK_REPLY_TITLE = 20  # the same as a button's: one rule for both
MAX_TEMPLATE_BUTTONS = 3
MAX_BUTTON_TITLE = 20
MAX_ELEMENTS = 10
MAX_ELEMENT_TITLE = 80
MAX_SUBTITLE = 80
MAX_PAYLOAD = 1000
SEND_TIMEOUT_SECONDS = 20


def messenger_messages(message: ShopMessage) -> list[dict[str, Any]]:
    """The Send API `message` objects that show `message` on Messenger, in order. Every choice is
    a button or a quick reply; quick replies ride on the last message, where Messenger shows
    them."""
    messages: list[dict[str, Any]] = []
    if message.image:
        messages.append({"attachment": {"type": "image", "payload": {"url": message.image}}})
    elements: list[dict[str, Any]] = []
    overflow: list[Choice] = []
    for card in message.cards:
        element, more = _card_element(card)
        elements.append(element)
        overflow += more
    heading, choices = spelled_out(
        message.heading, [*message.extra_choices, *overflow], MAX_BUTTON_TITLE
    )
    texts = split_text(heading, MAX_TEXT)
    if elements:
        messages += [{"text": text} for text in texts]
        messages += [_carousel(piece) for piece in in_pieces(elements, MAX_ELEMENTS)]
    elif choices and len(choices) <= MAX_TEMPLATE_BUTTONS and texts:
        # A button template's buttons stay on screen (quick replies vanish after the next message).
        messages += [{"text": text} for text in texts[:-1]]
        messages.append(_button_template(texts[-1], choices))
        choices = []
    else:
        messages += [{"text": text} for text in texts]

    if len(choices) > MAX_QUICK_REPLIES:
        messages += [
            _carousel(piece) for piece in in_pieces(_choice_elements(choices), MAX_ELEMENTS)
        ]
    elif choices:
        if not messages:
            messages.append({"text": "Choose one:"})
        messages[-1]["quick_replies"] = [_quick_reply(choice) for choice in choices]
    return messages


def _postback(choice: Choice) -> dict[str, Any]:
    if len(choice.payload) > MAX_PAYLOAD:
        logger.error("Messenger: the payload of %r is over 1000 characters", choice.title)
    return {
        "type": "postback",
        "title": shorten(choice.title, MAX_BUTTON_TITLE),
        "payload": choice.payload,
    }


def _quick_reply(choice: Choice) -> dict[str, Any]:
    return {
        "content_type": "text",
        "title": shorten(choice.title, MAX_QUICK_REPLY_TITLE),
        "payload": choice.payload,
    }


def _button_template(text: str, choices: Sequence[Choice]) -> dict[str, Any]:
    return {
        "attachment": {
            "type": "template",
            "payload": {
                "template_type": "button",
                "text": text,
                "buttons": [_postback(choice) for choice in choices],
            },
        }
    }


def _card_element(card: ProductCard) -> tuple[dict[str, Any], list[Choice]]:
    """A carousel element for `card`, and the card's buttons beyond the three an element holds
    (they become quick replies, named after the card)."""
    element: dict[str, Any] = {"title": shorten(card.title, MAX_ELEMENT_TITLE) or "Product"}
    if card.subtitle:
        element["subtitle"] = shorten(card.subtitle, MAX_SUBTITLE)
    if card.image_url and card.image_url.startswith(("http://", "https://")):
        element["image_url"] = card.image_url
    shown, overflow = card.choices[:MAX_TEMPLATE_BUTTONS], card.choices[MAX_TEMPLATE_BUTTONS:]
    if shown:
        element["buttons"] = [_postback(choice) for choice in shown]
    return element, [Choice(f"{c.title}: {card.title}", c.payload) for c in overflow]


def _choice_elements(choices: Sequence[Choice]) -> list[dict[str, Any]]:
    """Choices too many for quick replies, as carousel cards of three buttons each, titled with
    the choices' full names (a button shows 20 characters)."""
    elements = []
    for piece in in_pieces(choices, MAX_TEMPLATE_BUTTONS):
        elements.append(
            {
                "title": shorten(" · ".join(choice.title for choice in piece), MAX_ELEMENT_TITLE),
                "buttons": [_postback(choice) for choice in piece],
            }
        )
    return elements


def _carousel(elements: Sequence[dict[str, Any]]) -> dict[str, Any]:
    return {
        "attachment": {
            "type": "template",
            "payload": {"template_type": "generic", "elements": list(elements)},
        }
    }


class ShopMessengerBot(ShowsShopMessages, MessengerBot):
    """Sends the bot's messages through the Graph API Send API at the configured address."""

    def __init__(self, page_access_token: str, graph_url: str = DEFAULT_GRAPH_URL) -> None:
        client = MessengerClient(page_access_token)
        client.graph_url = graph_url.rstrip("/")  # the library pins the Graph API address
        super().__init__(client)

    async def send_shop_message(self, recipient_id: str, message: ShopMessage) -> None:
        for payload in messenger_messages(message):
            await self._send(recipient_id, payload)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self.send_shop_message(recipient_id, ShopMessage(text, (), (), None))

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await self.send_shop_message(
            recipient_id, ShopMessage.from_rasa({"text": text, "buttons": buttons})
        )

    async def send_quick_replies(
        self, recipient_id: str, text: str, quick_replies: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await self.send_shop_message(
            recipient_id, ShopMessage.from_rasa({"text": text, "quick_replies": quick_replies})
        )

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        await self.send_shop_message(recipient_id, ShopMessage("", (), (), image))

    async def send_elements(
        self, recipient_id: str, elements: Sequence[dict[str, Any]], **kwargs: Any
    ) -> None:
        for element in elements:
            self._add_postback_info(element.get("buttons") or [])
        for piece in in_pieces(list(elements), MAX_ELEMENTS):
            await self._send(recipient_id, _carousel(piece))

    async def send_custom_json(self, recipient_id: str, json_message: Any, **kwargs: Any) -> None:
        if isinstance(json_message, dict) and "sender" in json_message:
            recipient_id = json_message.pop("sender", {}).pop("id", recipient_id)
        await self._send(recipient_id, json_message)

    async def send_action(self, recipient_id: str, sender_action: str) -> None:
        """Sends a sender action ("mark_seen", "typing_on", "typing_off")."""
        psid = platform_id(CHANNEL_NAME, recipient_id)
        await self._call(self.messenger_client.send_action, sender_action, psid)

    def send(self, recipient_id: str, element: Any) -> None:
        # Rasa's blocking path, kept for callers of the base class; this class sends with _send.
        psid = platform_id(CHANNEL_NAME, recipient_id)
        self.messenger_client.send(element.to_dict(), psid, "RESPONSE")

    async def _send(self, recipient_id: str, payload: Any) -> None:
        # Rasa addresses the conversation ("facebook:<PSID>"); the Send API wants the PSID.
        psid = platform_id(CHANNEL_NAME, recipient_id)
        await self._call(self.messenger_client.send, payload, psid, "RESPONSE")

    async def _call(self, method: Callable[..., Any], *args: Any) -> None:
        try:
            answer = await asyncio.to_thread(method, *args, timeout=SEND_TIMEOUT_SECONDS)
        except Exception:
            logger.exception("Sending to Messenger failed")
            return
        if isinstance(answer, dict) and "error" in answer:
            logger.error("Messenger refused a message: %s", answer["error"])
