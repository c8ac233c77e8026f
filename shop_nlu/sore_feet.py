"""Shoes that hurt, sent back: "they have been absolutely murdering my heels, I've got blisters on
both feet ... I'd like to return them" (stranger test 60, docs/nlu/stranger-test-60.md, worst
problems 1 and 2). "My heels" beside blisters or pain are the shopper's own heels, not the kind
"heels", and the message is a return of the shoes, not a search; so is the heel boots "rub at"
(stranger test 90, B6). "My heels are too high" and "i need heels" stay heels. No Rasa here;
shop_nlu/service_readings.py and shop_nlu/extraction.py use it."""

from __future__ import annotations

import re

from shop_nlu.chatty_readings import asks_to_return_if
from shop_nlu.entity import Entity
from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, SEARCH_INTENT

RETURN_INTENT = "return_order"
# What such a message may be heard as: a search (for the heels named), a refinement, or unsure.
MAY_BE_A_SORE_RETURN = frozenset(
    {SEARCH_INTENT, "refine_search", FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, "check_availability"}
)

# Pain or damage to the body: "blisters", "killing my heels", "my feet hurt", "raw", "rub".
_PAIN = re.compile(
    r"\b(?:blisters?|blistered|sore|raw|bleeding|aching|ache|agony|painful|pain"
    r"|hurt(?:s|ing)?|kill(?:s|ed|ing)|murder(?:s|ed|ing)|rub(?:s|bed|bing)?|destroy(?:s|ed|ing)"
    r"|shredd?(?:s|ed|ing)?|cut(?:s|ting)?\s+into|dig(?:s|ging)?\s+into)\b"
)
# The shopper's (or someone's) own heels: "my heels", "both heels", "the backs of his heels";
# where shoes rub: "they rub at the heel", "blisters on the back of the heel" (stranger test 90, B6).
_OWN_HEELS_BEFORE = re.compile(
    r"\b(?:my|his|her|their|your|both|the\s+backs?\s+of\s+(?:my|his|her|their|the)"
    r"|(?:at|on|around|against|into)\s+the(?:\s+backs?\s+of\s+the)?)\s+$"
)
# Wanting the shoes taken back: "return them", "send them back", "a refund".
_SENDS_BACK = re.compile(
    r"\b(?:return(?:ing)?\s+(?:them|it|these|those|the\s+\w+)|send\s+(?:them|it|these|those)\s+back"
    r"|take\s+(?:them|it|these|those)\s+back|refund|money\s+back)\b"
)


def heels_of_the_body(lowered: str, entity: Entity) -> bool:
    """Whether the "heels" found are the shopper's own ("murdering my heels", "blisters on both
    heels", "they rub at the heel"): after "my"/"his"/"her"/"both" or "at the" in a message that
    tells of pain."""
    if entity.entity != "category" or entity.value != "heels":
        return False
    before = lowered[max(0, entity.start - 30) : entity.start]
    return bool(_OWN_HEELS_BEFORE.search(before) and _PAIN.search(lowered))


def sore_shoes_return_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """A return of the shopper's shoes, with its reason, for a message heard as a search or unsure
    that tells of blisters or pain and asks to send them back; None otherwise."""
    lowered = text.lower().replace("’", "'")
    if (
        intent in MAY_BE_A_SORE_RETURN
        and _PAIN.search(lowered)
        and _SENDS_BACK.search(lowered)
        # "if they hurt, can I return them?" asks the policy before buying.
        and not asks_to_return_if(lowered)
    ):
        return RETURN_INTENT, "asks to return shoes that hurt, not a search for heels"
    return None
