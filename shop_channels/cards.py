"""The bot's messages as rich channels read them (Rasa-free), and the text tools they share.

A bot message from the action server has `text`, maybe `buttons` (or `quick_replies`), maybe
`image`, and for search results `product_cards` (see actions/search_replies.py):
`{"title", "subtitle", "image_url", "buttons": [Details, Buy, Add to cart]}`. A rich channel shows
such a message as a heading, the cards, and only those buttons that are not already on a card
(e.g. "Show more"); `ShopMessage` works out those parts once for Slack and Messenger alike.

The platforms' size limits are the channels' business; the helpers here shorten a title, split a
long text at line breaks and cut a list into pieces, so a channel can fit any message into its
limits without dropping a choice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

Item = TypeVar("Item")

ELLIPSIS = "…"


@dataclass(frozen=True)
class Choice:
    """A button: what the shopper sees, and what comes back to Rasa when it is tapped."""

    title: str
    payload: str


@dataclass(frozen=True)
class ProductCard:
    """One product of a result list, with its own buttons (Details, Buy, Add to cart)."""

    title: str
    subtitle: str
    image_url: str | None
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class ShopMessage:
    """A bot message split into the parts a rich channel lays out.

    `choices` are every button (and quick reply) of the message, in order. For a message with
    cards, `heading` is its text without the numbered result lines the cards replace, and
    `extra_choices` are the buttons the cards do not already offer; without cards, `heading` is
    the whole text and `extra_choices` are all the choices.
    """

    text: str
    choices: tuple[Choice, ...]
    cards: tuple[ProductCard, ...]
    image: str | None

    @classmethod
    def from_rasa(cls, message: Mapping[str, Any]) -> ShopMessage:
        """Reads the keys of a Rasa bot message this module knows; others are left to Rasa."""
        raw_choices = list(message.get("buttons") or []) + list(message.get("quick_replies") or [])
        cards = tuple(
            ProductCard(
                title=str(card.get("title") or "").strip(),
                subtitle=str(card.get("subtitle") or "").strip(),
                image_url=card.get("image_url") or None,
                choices=tuple(_choices(card.get("buttons") or [])),
            )
            for card in message.get("product_cards") or []
            if isinstance(card, Mapping)
        )
        return cls(
            text=str(message.get("text") or "").strip(),
            choices=tuple(_choices(raw_choices)),
            cards=cards,
            image=message.get("image") or None,
        )

    @property
    def heading(self) -> str:
        if not self.cards:
            return self.text
        titles = tuple(card.title for card in self.cards if card.title)
        kept = [line for line in self.text.splitlines() if not _is_result_line(line, titles)]
        return "\n".join(kept).strip()

    @property
    def extra_choices(self) -> tuple[Choice, ...]:
        on_cards = {choice.payload for card in self.cards for choice in card.choices}
        return tuple(choice for choice in self.choices if choice.payload not in on_cards)


def _choices(buttons: Iterable[Any]) -> Iterator[Choice]:
    for button in buttons:
        if not isinstance(button, Mapping):
            continue
        title = str(button.get("title") or "").strip()
        payload = str(button.get("payload") or "").strip()
        # A button without a payload (e.g. a link) cannot come back to the bot as a choice.
        if payload:
            yield Choice(title or payload, payload)


def _is_result_line(line: str, titles: tuple[str, ...]) -> bool:
    match = re.match(r"\s*\d+\.\s+(.*)", line)
    return bool(match) and match.group(1).startswith(titles)


def shorten(text: str, limit: int) -> str:
    """`text` in at most `limit` characters, ending in "…" if it had to be cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + ELLIPSIS


def split_text(text: str, limit: int) -> list[str]:
    """`text` in pieces of at most `limit` characters, cut at line breaks where possible, then at
    spaces; no character is lost except the whitespace at a cut."""
    pieces: list[str] = []
    current = ""
    for line in text.strip().splitlines():
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            pieces.append(current)
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit + 1)
            cut = cut if cut > 0 else limit
            pieces.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
        current = line
    if current.strip():
        pieces.append(current)
    return pieces


def in_pieces(items: Sequence[Item], size: int) -> list[Sequence[Item]]:
    """`items` cut into consecutive pieces of at most `size`."""
    return [items[start : start + size] for start in range(0, len(items), size)]


def numbered(choices: Sequence[Choice]) -> list[Choice]:
    """`choices` with their number in front of the title ("2. Express shipping"), unless the
    title already starts with it."""
    return [
        choice
        if re.match(rf"{number}\.\s", choice.title)
        else Choice(f"{number}. {choice.title}", choice.payload)
        for number, choice in enumerate(choices, start=1)
    ]


def numbered_choices_text(text: str, choices: Sequence[Choice]) -> str:
    """The plain-text form of a message with choices: the text, then one numbered line per
    choice (but for those the text already lists)."""
    lines = [text] if text else []
    lines += [choice.title for choice in numbered(choices) if choice.title not in text]
    return "\n".join(lines)


def spelled_out(text: str, choices: Sequence[Choice], limit: int) -> tuple[str, list[Choice]]:
    """`text` and `choices` as a channel whose buttons show `limit` characters should show them:
    unchanged if every title fits; otherwise the choices are numbered and listed in full in the
    text, so a title cut short on its button still says which choice it is."""
    if all(len(choice.title) <= limit for choice in choices):
        return text, list(choices)
    return numbered_choices_text(text, choices), numbered(choices)


class ShowsShopMessages:
    """Mixin for a Rasa output channel that shows a `ShopMessage` natively (`send_shop_message`);
    the keys it does not read (`custom`, `attachment`, `elements`) go the channel's own way."""

    async def send_shop_message(self, recipient_id: str, message: ShopMessage) -> None:
        raise NotImplementedError

    async def send_response(self, recipient_id: str, message: Mapping[str, Any]) -> None:
        shop_message = ShopMessage.from_rasa(message)
        if shop_message.text or shop_message.choices or shop_message.cards or shop_message.image:
            await self.send_shop_message(recipient_id, shop_message)
        rest = {
            key: message[key] for key in ("custom", "attachment", "elements") if message.get(key)
        }
        if rest:
            await super().send_response(recipient_id, rest)  # the Rasa channel's own sending
