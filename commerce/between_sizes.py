"""Which of two sizes a product's own words point to, for a shopper torn between them (stranger
test 67, docs/nlu/stranger-test-67.md, B2): the catalog's sentence on how it comes up ("runs
small", "if between sizes, take the smaller", "cut true to size"), and, where it is cut true to
size, whether the shopper wants room ("broad shoulders", "rather loose than tight"). Never a
verdict the catalog doesn't give: true to size with nothing else said tips neither way."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

LARGER, SMALLER = "larger", "smaller"
LETTER_SIZES, NUMBERED_SIZES = "letter sizes", "numbered sizes"
_TAKE_LARGER = re.compile(
    r"\bruns?\s+(?:a\s+(?:bit|little)\s+|slightly\s+)?small\b|\bcomes?\s+up\s+small\b"
    r"|\bsize\s+up\b|\btake\s+the\s+larger\b|\bgo\s+up\s+a\s+size\b"
)
_TAKE_SMALLER = re.compile(
    r"\bruns?\s+(?:a\s+(?:bit|little)\s+|slightly\s+)?(?:large|big)\b|\bcomes?\s+up\s+(?:large|big)\b"
    r"|\bsize\s+down\b|\btake\s+the\s+smaller\b|\bgo\s+down\s+a\s+size\b"
)
_TRUE_TO_SIZE = re.compile(r"\btrue\s+to\s+size\b")
# The shopper wants room: a broad build, or looser rather than tighter.
_WANTS_ROOM = re.compile(
    r"\b(?:broad|wide|athletic|muscular|big|strong)\s+(?:shoulders|shoulder|back|chest|build|frame"
    r"|hips|thighs|arms)\b|\bcurvy\b|\b(?:bit\s+|little\s+)?loose\w*\s+(?:than|rather)\b"
    r"|\brather\s+(?:it\s+)?(?:be\s+)?(?:a\s+bit\s+)?loose\b|\blikes?\s+(?:some\s+)?room\b"
)


@dataclass(frozen=True)
class SizeTip:
    """What tips the choice: `way` ("larger", "smaller" or None), the catalog's sentence on its
    sizing (None when it says nothing), and the shopper's words that want room, if those tip it."""

    way: str | None
    sentence: str | None
    room: str | None = None


def _sentences(description: str) -> list[str]:
    plain = re.sub(r"<[^>]+>", " ", description or "")
    return [s.strip() for s in re.split(r"(?<=[.;!?])\s+|;\s*", plain) if s.strip()]


def tip_between_sizes(description: str, said: str) -> SizeTip:
    """Which way a product's description (and, where it is cut true to size, what the shopper
    `said` of the wearer) tips a choice between two sizes."""
    for sentence in _sentences(description):
        lowered = sentence.lower()
        if _TAKE_LARGER.search(lowered):
            return SizeTip(LARGER, sentence.rstrip(".;"))
        if _TAKE_SMALLER.search(lowered):
            return SizeTip(SMALLER, sentence.rstrip(".;"))
    for sentence in _sentences(description):
        if _TRUE_TO_SIZE.search(sentence.lower()):
            room = _WANTS_ROOM.search(said.lower())
            return SizeTip(
                LARGER if room else None, sentence.rstrip(".;"), room.group(0) if room else None
            )
    return SizeTip(None, None)


def sized_otherwise(asked: Sequence[str], offered: Sequence[str]) -> str | None:
    """How a product is sized (LETTER_SIZES or NUMBERED_SIZES) when none of the sizes a shopper
    weighs could be one of its own: "32 or 34 waist" of a dress in XS to XL, "M or L" of chinos
    by the waist. None when they are of its kind ("a 44 or a 46 chest" of a suit in 44R/46R)."""
    if not asked or not offered:
        return None
    numbered = [any(ch.isdigit() for ch in size) for size in offered]
    asked_numbers = [any(ch.isdigit() for ch in size) for size in asked]
    if not any(numbered) and all(asked_numbers):
        return LETTER_SIZES
    if all(numbered) and not any(asked_numbers):
        return NUMBERED_SIZES
    return None
