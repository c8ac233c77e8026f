"""Money back for something already bought: "I bought a light blue oxford shirt from you in
September ... it's shrunk a full size ... I'd like my money back please, not another shirt"
(stranger test 98, docs/nlu/stranger-test-98.md, B6). The garment named is the one bought, not one
to buy: the message is a return of it, not a search. "Can I get my money back if it doesn't fit?"
asks the policy before buying and stays that question. No Rasa here; shop_nlu/service_readings.py
uses it."""

from __future__ import annotations

import re

from shop_nlu.chatty_readings import asks_to_return_if
from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, SEARCH_INTENT

RETURN_INTENT = "return_order"
# What such a message may be heard as: a search for the garment named, a refinement, or unsure.
MAY_BE_MONEY_BACK = frozenset(
    {
        SEARCH_INTENT,
        "refine_search",
        "check_availability",
        "ask_product_question",
        FALLBACK_INTENT,
        OUT_OF_SCOPE_INTENT,
    }
)

# Money back asked for: "my money back", "a refund", "refund please".
_MONEY_BACK = re.compile(r"\b(?:refund|money\s+back|reimburse\w*)\b")
# "rather than a refund", "not a refund": the money is ruled out, not asked for.
_NOT_MONEY_BACK = re.compile(
    r"\b(?:than|instead\s+of|not|no)\s+(?:an?\s+|my\s+)?(?:refund|money\s+back)"
)
# Spoilt since it was had: "it's shrunk a full size", "it's gone too small after the first wash".
_SPOILT = re.compile(
    r"\b(?:shr[ua]nk|shrunken|shrinking|faded|fell\s+apart|came\s+apart"
    r"|gone\s+(?:too\s+)?(?:small|tight|short))\b"
)
# Something already had: bought or ordered before ("from you in September"), or spoilt since.
_ALREADY_HAD = re.compile(
    r"\b(?:bought|ordered|purchased|got|had|received)\b.{0,60}?"
    r"\b(?:from|off|of|here|in|last|this|a\s+few|ago|you)\b|" + _SPOILT.pattern
)


def says_it_was_spoilt(text: str) -> bool:
    """Whether the message says something had has shrunk or come apart since (in the wash)."""
    return bool(_SPOILT.search(text.lower().replace("’", "'")))


def money_back_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """A return, with its reason, for a message heard as a search or unsure that asks for the
    money back for something the shopper already has; None otherwise."""
    lowered = text.lower().replace("’", "'")
    if (
        intent in MAY_BE_MONEY_BACK
        and _MONEY_BACK.search(lowered)
        and not _NOT_MONEY_BACK.search(lowered)
        and _ALREADY_HAD.search(lowered)
        and not asks_to_return_if(lowered)
    ):
        return RETURN_INTENT, "asks for the money back for something already bought"
    return None
