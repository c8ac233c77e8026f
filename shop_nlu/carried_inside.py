"""What a shopper wants to carry inside a bag: "is it big enough for a phone and a wallet?", "does
it fit my laptop", "room for my keys?", "would my ipad fit in it". A question of the bag's size,
never a search for the things named (stranger test 76, docs/nlu/stranger-test-76.md, B2)."""

from __future__ import annotations

import re

from shop_nlu.entity import Entity

# Things carried in a bag, as shoppers type them.
_CARRIED = (
    r"(?:(?:mobile |cell |smart ?)?phones?|iphones?|wallets?|purses?|keys|key|laptops?|macbooks?|"
    r"ipads?|tablets?|kindles?|books?|notebooks?|(?:water )?bottles?|make-?up|lipsticks?|"
    r"passports?|sunglasses|glasses|chargers?|umbrellas?|cards?|documents?|folders?|a4|snacks?|"
    r"headphones|earbuds|essentials)\b"
)
# (with its size: "a 13 inch laptop", "my 15\" macbook")
_WHOSE = (
    r"(?:(?:my|a|an|the|her|his|your|all my|some|both)\s+)?"
    r"(?:\d{1,2}(?:\.\d)?\s?(?:-?\s?inch(?:es)?|\"|”)\s+)?"
)
_THINGS = rf"{_WHOSE}{_CARRIED}(?:(?:\s*,\s*|\s+(?:and|n|&|or|plus|\+)\s+){_WHOSE}{_CARRIED})*"
_ASKS = re.compile(
    rf"\b(?:big|large|roomy|spacious|deep|wide|long)\s+enough\s+(?:for|to (?:fit|hold|carry|take))\s+(?P<a>{_THINGS})"
    rf"|\b(?:room|space)\s+(?:for|to (?:fit|hold|carry))\s+(?P<b>{_THINGS})"
    rf"|\b(?:fit|fits|hold|holds|carry|carries|take|takes)\s+(?:in\s+)?(?P<c>{_THINGS})"
    rf"|\b(?P<d>{_THINGS})\s+(?:(?:would|will|wud|wil|could|can|gonna)\s+)?(?:fit|go)\s+(?:in|inside)\b"
)
_YOURS = {"my": "your", "n": "and", "&": "and", "+": "and", "plus": "and"}


def carried_inside(text: str) -> str | None:
    """The things the message asks to carry inside the product ("a phone and a wallet"), said
    from the shop's side ("my keys" -> "your keys"); None when it asks of no such thing."""
    match = _ASKS.search(text.lower())
    if match is None:
        return None
    said = next(group for group in match.groups() if group)
    return " ".join(_YOURS.get(word, word) for word in said.split())


def a_thing_carried_inside(lowered: str, entity: Entity) -> bool:
    """Whether a kind found is one of the things to carry inside ("a handbag that fits my phone
    and my wallet", stranger test 78, B3): never a kind wanted; nor the size of one ("a 13 inch
    laptop", stranger test 91, B2) a size wanted."""
    return entity.entity in ("category", "size") and any(
        match.start(group) <= entity.start and entity.end <= match.end(group)
        for match in _ASKS.finditer(lowered)
        for group in "abcd"
        if match.group(group)
    )
