"""A kind named "for" an amount: "green dress for 200", "shoes for 80", "a tie for like 40": what
the shopper means to spend, a ceiling (task fixK, item 1). Not when the number could be a size of
that kind ("shoes for 9", "boots for 44", "a dress for 10"), a count ("a dress for 20 guests"), an
age, a time or a day ("for 8pm", "for the 12th", "for 12 december")."""

from __future__ import annotations

import re
from decimal import Decimal

from commerce.profiles import kind_of_type
from commerce.search import category_types
from shop_nlu.entity import Entity
from shop_nlu.price_words import CURRENCY_WORD, price_value

# The numbered sizes each size kind is sold in, US, UK and EU together (commerce/profiles.py
# SIZE_KINDS; commerce/sizes.py for the charts): a number in them after the kind may be its size.
_NUMBERED_SIZES: dict[str, tuple[tuple[int, int], ...]] = {
    "shoes": ((3, 16), (34, 50)),
    "suits": ((32, 64),),
    "dress shirts": ((13, 19), (35, 47)),
    "dresses": ((0, 28), (32, 52)),
    "waist": ((24, 50),),
}

# "dress for 200", "shoes in black for like 80": the kind, at most three words, "for" an amount.
_FOR_AMOUNT = re.compile(
    r"(?P<between>(?:\s+[a-z'’]+){0,3}?)\s+for\s+(?:like\s+|only\s+|just\s+|maybe\s+)?"
    rf"(?P<value>[$£€]?\s?\d{{2,}}[\d,]*(?:\.\d{{1,2}})?(?:\s?k\b)?(?:\s?{CURRENCY_WORD}\b)?)"
)
# What makes the number no price: a time, a day, a count, an age, a size said so.
_NO_PRICE_AFTER = re.compile(
    r"(?:st|nd|rd|th|s)?\b\s*(?:[ap]\.?m\b|o'?clock|h\b|:\d|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    r"(?:days?|weeks?|months?|years?|yrs?|y/?o|hours?|mins?|minutes?|people|persons?|guests?|"
    r"kids|children|of (?:us|them)|pairs?|pieces?|items?|units?|cm|mm|inch(?:es)?|"
    r"r|s|l|regular|long|short|waist|chest|collar|neck|eu|us|uk|wide|narrow)\b|[/x-]\s?\d|%)"
)
# A word between the kind and "for" that ends the kind's phrase: "a dress, shoes for 80".
_NOT_OF_THE_KIND = re.compile(r"[,.;!?]|\b(?:and|or|but|size|sz|in size)\b")


def kind_for_an_amount(lowered: str, entities: list[Entity]) -> list[Entity]:
    """`entities` with a price_max for an amount said "for" right after a kind the shopper names
    (in place of a size read there: "shoes for 80" is no shoe size), when no price was read and
    the number is no size of that kind."""
    if any(e.entity.startswith("price") for e in entities):
        return entities
    budget = _the_budget(lowered, entities)
    if budget is None:
        return entities
    kept = [e for e in entities if not (e.entity == "size" and _overlaps(e, budget))]
    return sorted([*kept, budget], key=lambda e: e.start)


def _overlaps(entity: Entity, other: Entity) -> bool:
    return entity.start < other.end and entity.end > other.start


def _the_budget(lowered: str, entities: list[Entity]) -> Entity | None:
    for kind in (e for e in entities if e.entity == "category" and e.role is None):
        match = _FOR_AMOUNT.match(lowered, kind.end)
        if match is None or _NOT_OF_THE_KIND.search(match.group("between")):
            continue
        raw = match.group("value")
        said_as_money = bool(re.search(rf"[$£€]|{CURRENCY_WORD}", raw))
        if not said_as_money and _NO_PRICE_AFTER.match(lowered, match.end("value")):
            continue
        value = price_value(raw)
        if value is None or (not said_as_money and _could_be_a_size(kind.value, Decimal(value))):
            continue
        budget = Entity("price_max", value, *match.span("value"), raw.strip())
        if any(_overlaps(e, budget) for e in entities if e.entity != "size"):
            continue
        return budget
    return None


def _could_be_a_size(category: str, number: Decimal) -> bool:
    """Whether `number` is among the numbered sizes of the kinds `category` covers."""
    kinds = {kind_of_type(product_type) for product_type in category_types(category)}
    return any(
        low <= number <= high for kind in kinds for low, high in _NUMBERED_SIZES.get(kind or "", ())
    )
