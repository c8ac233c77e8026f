"""The shop's replies on Slack: bot messages as Block Kit (a product card's buttons under it, every
choice kept, within Slack's limits) and the output channel that posts them through the one Slack
Web API client (shop_integrations/slack.py). The input channel, its settings and the webhook are
in shop_channels/slack.py.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from rasa.core.channels.slack import SlackBot

from shop_channels.cards import (
    Choice,
    ProductCard,
    ShopMessage,
    ShowsShopMessages,
    in_pieces,
    numbered_choices_text,
    shorten,
    spelled_out,
    split_text,
)
from shop_channels.identity import platform_id
from shop_integrations.slack import DEFAULT_API_URL, SlackError, SlackWebApi, escape_mrkdwn

logger = logging.getLogger(__name__)

CHANNEL_NAME = "slack"  # the channel's name(), and its namespace of conversation ids

# Block Kit limits (api.slack.com/reference/block-kit).
MAX_BLOCKS = 50
MAX_ACTIONS = 25
MAX_TEXT = 3000  # of a section; also what one text-only message carries
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_ALT_TEXT = 2000
MAX_CARD_LINE = 500  # title or price line; escaped, two still fit a 3000-character section
MAX_FALLBACK_TEXT = 3000  # the notification text; Slack takes 40,000 but shows far less


def slack_posts(message: ShopMessage) -> list[dict[str, Any]]:
    """The chat.postMessage arguments (`text`, maybe `blocks`) that show `message` on Slack, in
    order: more than one when it needs more than 50 blocks. Every choice is a button."""
    if not message.cards and not message.choices and not message.image:
        return [{"text": piece} for piece in split_text(escape_mrkdwn(message.text), MAX_TEXT)]

    # Groups of blocks that must stay in one message (a card and its buttons), each with the
    # line that stands for it in the notification text of a message after the first.
    heading, choices = spelled_out(message.heading, message.extra_choices, MAX_BUTTON_TEXT)
    groups: list[tuple[list[dict[str, Any]], str]] = [
        ([_plain_section(piece)], piece) for piece in split_text(heading, MAX_TEXT)
    ]
    if message.image:
        groups.append(([_image_block(message.image, message.text)], ""))
    groups += [(_card_blocks(card), card.title) for card in message.cards]
    groups += [([_actions_block(piece)], "") for piece in in_pieces(choices, MAX_ACTIONS)]

    posts: list[tuple[list[dict[str, Any]], list[str]]] = [([], [])]
    for blocks, line in groups:
        if len(posts[-1][0]) + len(blocks) > MAX_BLOCKS:
            posts.append(([], []))
        posts[-1][0].extend(blocks)
        posts[-1][1].append(line)

    # The notification and screen-reader text: all of it for the first message.
    first = message.text if message.cards else numbered_choices_text(heading, choices)
    result = []
    for number, (blocks, lines) in enumerate(posts):
        _number_actions(blocks)
        fallback = first if number == 0 else "\n".join(line for line in lines if line)
        text = escape_mrkdwn(fallback or "More choices")[:MAX_FALLBACK_TEXT]
        result.append({"text": text, "blocks": blocks})
    return result


def _plain_section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "plain_text", "text": text, "emoji": True}}


def _image_block(url: str, text: str) -> dict[str, Any]:
    alt = shorten(text.splitlines()[0] if text else "", MAX_ALT_TEXT) or "Product photo"
    return {"type": "image", "image_url": url, "alt_text": alt}


def _card_blocks(card: ProductCard) -> list[dict[str, Any]]:
    text = f"*{escape_mrkdwn(shorten(card.title, MAX_CARD_LINE))}*"
    if card.subtitle:
        text += "\n" + escape_mrkdwn(shorten(card.subtitle, MAX_CARD_LINE))
    section: dict[str, Any] = {"type": "section", "text": {"type": "mrkdwn", "text": text}}
    if card.image_url and card.image_url.startswith(("http://", "https://")):
        section["accessory"] = {
            "type": "image",
            "image_url": card.image_url,
            "alt_text": shorten(card.title, MAX_ALT_TEXT) or "Product photo",
        }
    blocks = [section]
    for piece in in_pieces(card.choices, MAX_ACTIONS):
        blocks.append(_actions_block(piece))
    return blocks


def _actions_block(choices: Sequence[Choice]) -> dict[str, Any]:
    return {"type": "actions", "elements": [_button(choice) for choice in choices]}


def _button(choice: Choice) -> dict[str, Any]:
    if len(choice.payload) > MAX_BUTTON_VALUE:
        logger.error("Slack: the payload of %r is too long for a button value", choice.title)
    button: dict[str, Any] = {
        "type": "button",
        "text": {
            "type": "plain_text",
            "text": shorten(choice.title, MAX_BUTTON_TEXT),
            "emoji": True,
        },
        "value": choice.payload,
    }
    if choice.payload.startswith(("/buy", "/place_order")):
        button["style"] = "primary"
    return button


def _number_actions(blocks: list[dict[str, Any]]) -> None:
    # action_id must be unique within a message; the number also tells taps apart in Slack's logs.
    number = 0
    for block in blocks:
        for element in block.get("elements", []) if block["type"] == "actions" else []:
            element["action_id"] = f"choice-{number}"
            number += 1


def without_images(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`blocks` without image blocks and image accessories (Slack refuses a whole message when it
    cannot download one of its images)."""
    kept = []
    for block in blocks:
        if block["type"] == "image":
            continue
        if block.get("accessory", {}).get("type") == "image":
            block = {key: value for key, value in block.items() if key != "accessory"}
        kept.append(block)
    return kept


class ShopSlackBot(ShowsShopMessages, SlackBot):
    """Posts the bot's messages to Slack through the Web API at the configured address
    (shop_integrations/slack.py, in a worker thread: the server goes on serving others)."""

    def __init__(
        self,
        token: str,
        api_url: str = DEFAULT_API_URL,
        slack_channel: str | None = None,
        thread_id: str | None = None,
        proxy: str | None = None,
    ) -> None:
        super().__init__(token, slack_channel, thread_id, proxy)
        self.api = SlackWebApi(token, api_url, proxy=proxy)

    async def send_shop_message(self, recipient_id: str, message: ShopMessage) -> None:
        channel, thread_ts = self._destination(recipient_id)
        for post in slack_posts(message):
            await self._post(channel, thread_ts, post)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self.send_shop_message(recipient_id, ShopMessage(text, (), (), None))

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        message = ShopMessage.from_rasa({"text": text, "buttons": buttons})
        await self.send_shop_message(recipient_id, message)

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        await self.send_shop_message(recipient_id, ShopMessage("", (), (), image))

    async def send_attachment(
        self, recipient_id: str, attachment: dict[str, Any], **kwargs: Any
    ) -> None:
        channel, thread_ts = self._destination(recipient_id)
        await self._post(channel, thread_ts, {"attachments": [attachment]})

    async def _post_message(self, channel: str, **kwargs: Any) -> None:
        # Rasa's own senders end here; every message goes through `_post` and the one client.
        kwargs.pop("as_user", None)
        destination = self.slack_channel or self._destination(channel)[0]
        await self._post(destination, self.thread_id, kwargs)

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        """Posts the custom JSON as chat.postMessage arguments (Rasa adds `as_user`, which apps
        with bot tokens may not use)."""
        channel, thread_ts = self._destination(recipient_id)
        arguments = dict(json_message)
        channel = arguments.pop("channel", channel)
        await self._post(channel, thread_ts, arguments)

    def _destination(self, recipient_id: str) -> tuple[str, str | None]:
        """Channel and thread to post to. A conversation id of Rasa's `channel` or `thread`
        granularity is `user_channel[_thread]` (Slack ids have no "_"), so an output channel
        made outside a webhook request still finds the conversation's channel."""
        if self.slack_channel:
            return self.slack_channel, self.thread_id
        # Rasa addresses the conversation ("slack:<id>"); Slack wants its own ids.
        parts = platform_id(CHANNEL_NAME, recipient_id).split("_")
        if len(parts) >= 2:
            return parts[1], self.thread_id or (parts[2] if len(parts) > 2 else None)
        # Posting to a user id posts to the app's direct messages with that user.
        return parts[0], self.thread_id

    async def _post(self, channel: str, thread_ts: str | None, arguments: dict[str, Any]) -> None:
        if thread_ts:
            arguments = {**arguments, "thread_ts": thread_ts}
        try:
            await self.api.post_message_async(channel, **arguments)
        except SlackError as error:
            blocks = arguments.get("blocks") or []
            if error.error == "invalid_blocks" and without_images(blocks) != blocks:
                logger.warning("Slack refused the message's images (%s); posting it without", error)
                await self._post(channel, None, {**arguments, "blocks": without_images(blocks)})
                return
            logger.error("Slack refused a message to %s: %s", channel, error.data or error)
        except Exception:
            logger.exception("Posting a message to Slack channel %s failed", channel)
