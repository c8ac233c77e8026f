"""Asking for two of one product, one each for two people: "two of the same tie for me and my twin",
"the same suit for me and my husband", "two identical ties for us" (known misses, session 14;
stranger test 31, docs/nlu/stranger-test-31.md). Heard as a change of quantity or an add, it never
reached the search that shows two of one product (actions/matching_outfits.py). No Rasa here;
shop_nlu/resolution.py weighs it."""

from __future__ import annotations

import re

from shop_nlu.extraction_patterns import shops_for_both
from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT

# What "two of the same tie for me and my twin" may be heard as: a quantity, an add, a pick.
MAY_ASK_THE_SAME_FOR_TWO = frozenset({
    "change_quantity", "add_to_cart", "select_product", "buy", FALLBACK_INTENT,
    OUT_OF_SCOPE_INTENT,
})  # fmt: skip
# "the same tie", "two of the same tie", "2 identical ties": one kind, the same for each (never
# "the same size", "the same price", which say nothing of looks; never "two of the same" alone).
SAME_KIND = re.compile(
    r"\b(?:(?:two|2|both) of the same|the same|same|(?:two|2)\s+identical|identical)\s+"
    r"(?!size|sizes|price|prices|day|date|time|colou?rs?|one|ones|thing|things|again\b)[a-z]{3,}"
)
# "for us", "for us both", "for the two of us": two people, the shopper one of them.
_FOR_US = re.compile(r"\bfor (?:us|the two of us|both of us|us both|us two)\b")
# Cart words: "add two of the same to my cart" changes the cart, whoever it is for.
_CART = re.compile(r"\b(?:cart|basket|bag|trolley)\b")


def asks_the_same_for_two(text: str) -> bool:
    """Whether a message asks for one product twice, for the shopper and someone else ("the same
    tie for me and my brother", "two identical ties for us")."""
    lowered = (text or "").lower()
    return (
        bool(SAME_KIND.search(lowered))
        and (shops_for_both(lowered) or bool(_FOR_US.search(lowered)))
        and not _CART.search(lowered)
    )
