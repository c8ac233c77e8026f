"""A dress shirt's tag read as its collar and sleeve: "15 1/2 34/35", "collar 16 sleeve 33", "my
shirts are 15.5/34", "size on label: 16 1/2 - 34/35" (stranger test 54, docs/nlu/stranger-test-54.md,
problem 4: a shirt tag got the shoe size table).

A tag gives the collar in inches (13 to 18½) and then the sleeve length in inches (30 to 38, or a
range such as "34/35"). A collar alone is an ordinary size ("collar 16"); two numbers that are
no collar and sleeve ("34/32" trousers, "size 9 10") are no tag."""

from __future__ import annotations

import re
from dataclasses import dataclass

from commerce.sizes import size_query_key

_COLLAR = r"1[3-8](?:\s?(?:1/2|½)|[.,]5|½)?"
_SLEEVE = r"3[0-8](?:\s?[/-]\s?3[0-9])?"
# The collar, a separator ("/", "-", or none), then the sleeve; never a price, a date or a day
# count around it ("16 x 34" stays a quantity).
_TAG = re.compile(
    rf"(?<![\d/.,$£€])(?:\bcollar\s*(?:size\s*)?(?:is\s*|[:=]\s*)?)?\b(?P<value>{_COLLAR})"
    r"(?:\s?(?:\"|in\b|inch(?:es)?\b))?(?:\s?(?:collar|neck)\b)?"
    r"\s?(?:[/,-]\s?|\s(?:and|with)\s)?(?:(?:sleeves?|arms?)\s?(?:length\s?)?(?:is\s?|[:=]\s?)?)?"
    rf"(?P<sleeve>{_SLEEVE})(?:\s?(?:\"|in\b|inch(?:es)?\b))?(?:\s?sleeves?\b)?"
    r"(?![\d/]|[.,]\d|\s?(?:dollars?|bucks|days?|%|years?|yrs?|mins?|minutes|hours?|pm|am)\b)"
)


@dataclass(frozen=True)
class ShirtTag:
    """A shirt's size as its tag gives it: the collar ("15.5") and the sleeve ("34/35")."""

    collar: str
    sleeve: str


# For shop_nlu.size_patterns: the collar of a tag is the size said.
SHIRT_TAG_PATTERN = _TAG


def read_shirt_tag(text: str) -> ShirtTag | None:
    """The collar and sleeve a message quotes from a shirt's tag; None when it quotes none."""
    match = _TAG.search(text.lower())
    if match is None:
        return None
    collar = size_query_key(match.group("value"))
    if collar is None:
        return None
    sleeve = re.sub(r"\s?[/-]\s?", "/", match.group("sleeve"))
    return ShirtTag(collar, sleeve)
