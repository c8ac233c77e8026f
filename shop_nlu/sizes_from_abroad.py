"""A letter size worn in another part of the world, asked in our sizes: "in asia i am L, what is US
size for me?", "back home in the philippines i'm a large, what's that in US?" (stranger test 68,
docs/nlu/stranger-test-68.md, message A5: it got the shoe chart); and a doubt about our sizes
said with a search: "need dark jeans for me, maybe 32? not sure US size" (message A2).

The reading gives the region as the shopper said it ("Asia", "your country") and the letter; the
shop's size guide has no chart from another region's letters, so the answer never converts it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from commerce.sizes import LETTER_SIZES

# Places whose clothes sizes differ from the US ones; UK and EU letters are the same letters, and
# their numbers have their own charts (commerce/sizes.py).
_REGION = (
    r"(?P<region>asia|asian|china|chinese|japan|japanese|korea|korean|philippines|filipino|"
    r"pinoy|india|indian|vietnam|vietnamese|thailand|thai|indonesia|indonesian|malaysia|"
    r"malaysian|singapore|taiwan|hong kong|my country|back home|at home)"
)
_LETTER = (
    r"(?P<letter>xxxl|xxl|2xl|3xl|xl|xs|x-large|extra large|extra small|small|medium|large|s|m|l)"
)
# "I am L", "i'm an L", "i wear a large", "my size is M", "size L".
_WORN = (
    r"\b(?:i\s*(?:am|'m|m)|im|i\s+(?:wear|take|usually wear|am usually)|my size(?:\s+is)?|size)"
    r"\s+(?:an?\s+|usually\s+|always\s+|size\s+)?" + _LETTER + r"\b"
)
# The region first ("in asia i am L") or after ("i'm an L in asian sizes").
_REGION_SIZES = (
    re.compile(rf"\b{_REGION}\b(?:\s+sizes?|\s+sizing)?.{{0,40}}?{_WORN}", re.IGNORECASE),
    re.compile(
        rf"{_WORN}.{{0,30}}?\b(?:in|from)\s+(?:the\s+)?{_REGION}(?:\s+sizes?|\s+sizing)?\b",
        re.IGNORECASE,
    ),
)
# What they ask for: our (US) size, not a product.
_ASKS_OURS = re.compile(
    r"\b(?:us|usa|american|u\.s\.)\b|\byour sizes?\b|\bhere\b|\bwhat size\b|\bwhich size\b",
    re.IGNORECASE,
)
_SAID_REGION = {"asian": "Asia", "chinese": "China", "japanese": "Japan", "korean": "Korea",
                "filipino": "the Philippines", "pinoy": "the Philippines",
                "philippines": "the Philippines", "indian": "India", "vietnamese": "Vietnam",
                "thai": "Thailand", "indonesian": "Indonesia", "malaysian": "Malaysia",
                "my country": "your country", "back home": "your country",
                "at home": "your country"}  # fmt: skip


@dataclass(frozen=True)
class SizeFromAbroad:
    """A letter size worn elsewhere: `region` as said back ("Asia"), `letter` ours ("L")."""

    region: str
    letter: str


def size_from_abroad(text: str) -> SizeFromAbroad | None:
    """The region and letter size of "in asia i am L, what is US size for me?"; None when the
    message says no letter worn in another region, or asks nothing of our sizes."""
    found = next((m for pattern in _REGION_SIZES if (m := pattern.search(text or ""))), None)
    if found is None or not _ASKS_OURS.search(text):
        return None
    said, letter = found.group("region").lower(), found.group("letter")
    region_name = _SAID_REGION.get(said, said.title())
    return SizeFromAbroad(region_name, LETTER_SIZES.get(letter.lower(), letter.lower()).upper())


# "not sure US size", "i dont know US sizes", "no idea what my US size is", "unsure of the
# american sizing" (stranger test 68, A2): a doubt about our sizes, no size from elsewhere.
_UNSURE_OF_OURS = re.compile(
    r"\b(?:not\s+(?:so\s+)?sure|unsure|don'?t\s+know|do\s+not\s+know|idk|no\s+idea|confused)"
    r"(?:\s+(?:about|of|on|by|with|what|which|my|the|is|in|how))*\s+"
    r"(?:us|usa|u\.s\.|american)\s+(?:size|sizes|sizing)\b",
    re.IGNORECASE,
)


def unsure_of_our_sizes(text: str) -> bool:
    """Whether the message says the shopper doesn't know our (US) sizes ("not sure US size")."""
    return bool(_UNSURE_OF_OURS.search(text or ""))
