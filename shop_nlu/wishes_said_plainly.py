"""Wishes said in plain words that no catalog term or price word catches, so they were dropped
without a word: "a long dress" (stranger test 82, B1), "shoes too, something low, maybe a block
heel" (stranger test 80, B4), "200 budget" with no "$" (stranger test 78, B1). Each becomes the
entity the search already uses: the lexicon's floor-length feature, a low heel, a price ceiling."""

from __future__ import annotations

import re
from dataclasses import replace

from commerce.lexicon import load_lexicon
from shop_nlu.entity import Entity
from shop_nlu.price_words import price_value

# "a long dress", "long navy dress", "a longer evening gown", "full-length gown", never "long
# sleeves", "a long-sleeved dress" or "a long weekend dress" (the weekend is long, not the dress).
_LONG_DRESS = re.compile(
    r"\b(?P<long>long(?:er)?|full[- ]length|ankle[- ]length)\s+"
    r"(?:(?!sleeve|sleeved|weekend|day|night|trip|haul|time)[a-z]+\s+){0,2}?"
    r"(?:dress|dresses|gown|gowns|frock|frocks)\b"
)
# The lexicon's feature of a dress that reaches the floor ("Floor-length" in the catalog).
_FLOOR_LENGTH = "maxi"
# "need long dress for my wife for eid, modest, long sleeve pls" (stranger test 60): long said of
# the sleeves too, which is what the search keeps (the long-sleeved Vivienne), not a gown.
_LONG_SLEEVES = re.compile(r"\blong[- ]?sleeve")

# "shoes too, something low, maybe a block heel", "low ones please", "keep them low": a low heel
# asked of shoes, never "something low-key", "low price", "low cut".
_LOW = re.compile(
    r"\b(?:(?:something|anything|one|ones|pair)\s+(?:quite\s+|fairly\s+|pretty\s+|a\s+bit\s+)?"
    r"|(?:keep|keeping)\s+(?:it|them|the\s+heels?)\s+(?:quite\s+|fairly\s+|nice\s+and\s+)?)"
    r"(?P<low>low(?:[- ]?ish)?)\b(?![- ]?(?:key|cut|maintenance|price|priced|cost|budget|rise|"
    r"waist|top|profile|quality))"
    r"|\b(?P<low_ones>low(?:[- ]?ish)?\s+ones?)\b"
)
_SHOES = re.compile(
    r"\b(?:shoes?|heels?|heeled|pumps?|boots?|sandals?|flats?|slingbacks?|mules?|stilettos?)\b"
)
LOW_HEEL = "low heel"
# "black shoes sz 11, matte pls" (stranger test 86, A5): matte shoes are shoes that are not shiny,
# so the lexicon's shiny leather (patent) is ruled out, as "not shiny" rules it out.
_MATTE = re.compile(r"\b(?P<matte>matte?)\b")
SHINY = "patent leather"

# "200 budget", "my 150 budget", "90 budget for shoes": the amount said before the word. Not a
# size ("size 10 budget 80" is size 10) and not an amount before a budget said with its own
# amount ("an 11 budget 100").
_AMOUNT_BEFORE_BUDGET = re.compile(
    r"(?<!size )(?<!sz )(?<!us )(?<!eu )(?<!uk )(?<!waist )(?<!collar )(?<!mens )(?<!men's )"
    r"(?<![\d.,$£€])\b(?P<value>\d{2,}(?:,\d{3})*(?:\.\d{1,2})?)\s?(?:dollars?\s+|bucks\s+)?"
    r"budget\b(?![- ]?friendly)(?!\s*(?:'s|is|of|was)?\s*(?:about\s+|around\s+)?[$£€]?\d)"
)


def plain_wish_candidates(lowered: str, text: str) -> list[Entity]:
    """The wishes of `lowered` (the message in lowercase; `text` as typed) said plainly: a
    floor-length feature for a long dress, a low heel for shoes wished low, no patent for matte
    shoes, a ceiling for an amount said before "budget"."""
    found = []
    long = None if _LONG_SLEEVES.search(lowered) else _LONG_DRESS.search(lowered)
    if long and _FLOOR_LENGTH in load_lexicon().features.values():
        found.append(_entity("feature", _FLOOR_LENGTH, long, "long", text))
    if _SHOES.search(lowered):
        for low in _LOW.finditer(lowered):
            group = "low" if low.group("low") else "low_ones"
            found.append(_entity("feature", LOW_HEEL, low, group, text))
        found += [replace(_entity("feature", SHINY, matte, "matte", text), role="excluded")
                  for matte in _MATTE.finditer(lowered)]  # fmt: skip
    for amount in _AMOUNT_BEFORE_BUDGET.finditer(lowered):
        if value := price_value(amount.group("value")):
            found.append(_entity("price_max", value, amount, "value", text))
    return found


def _entity(name: str, value: str, match: re.Match, group: str, text: str) -> Entity:
    start, end = match.span(group)
    return Entity(name, value, start, end, text[start:end])
