"""An order called off in other words than "cancel": "scrap the order", "ditch the order", "nix my
order", "call off the order", "kill the order pls", "forget the order, cancel it", "scrap it"
(docs/nlu/stranger-test-63.md, B9/B10). The classifier learnt "cancel my order" and leaves these to
the fallback; read here, they take the cancel path (which says so when nothing was ordered).
"Scrap the grey" (a colour), "forget the order number" and "don't cancel it" are not a cancel.
No Rasa here; shop_nlu/service_readings.py uses it."""

from __future__ import annotations

import re

from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT

CANCEL_INTENT = "cancel_order"
# What such a message may be heard as when it names the order: unsure, off-topic, or a near
# neighbour about stopping or ordering ("kill the order" as "place the order").
MAY_CALL_OFF_THE_ORDER = frozenset({
    FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, "stop", "deny", "goodbye", "affirm", "place_order",
    "checkout", "change_order", "order_status", "search_products", "refine_search",
})  # fmt: skip
# "Scrap it" names nothing: a cancel only when nothing was understood ("nah scrap it" heard as
# stopping stays that, which drops a checkout or a question open; "ditch it" heard as taking an
# item out of the cart stays that).
MAY_CALL_IT_OFF = frozenset({FALLBACK_INTENT, OUT_OF_SCOPE_INTENT})

_VERB = (
    r"(?:cancel|scrap|scrub|ditch|nix|kill|axe|bin|junk|trash|forget(?:\s+about)?"
    r"|call\s+off|get\s+rid\s+of)"
)
# The order itself: "the order", "my whole order", "this purchase"; never "the order number".
_ORDER = (
    r"(?:the|my|this|that|our)\s+(?:whole\s+|entire\s+)?(?:order|purchase)"
    r"(?!\s*(?:number|no\b|#|status|confirmation|email))"
)
_CALLS_OFF_THE_ORDER = re.compile(
    rf"\b{_VERB}\s+{_ORDER}|\bcall\s+{_ORDER}\s+off\b|\b{_ORDER}\s*[,.:;-]*\s*(?:is\s+)?"
    r"(?:cancel(?:led)?|scrapped|off)\b"
)
# "scrap it", "ditch it pls", "call it off": the whole message, filler words aside.
_CALLS_IT_OFF = re.compile(
    r"^(?:(?:ok(?:ay)?|actually|just|pls|please|plz|yeah|no|nah|hmm+|so|then|lets|let's)[\s,.!]+)*"
    r"(?:scrap|scrub|ditch|nix|kill|axe|bin|junk|call)\s+(?:it|the\s+lot|everything)"
    r"(?:\s+off)?(?:[\s,.!]+(?:pls|please|plz|then|now|thanks|thx|ty))*[\s.!]*$"
)
# "don't cancel it", "i don't want to scrap my order": keeping it.
_KEEPS_IT = re.compile(
    r"\b(?:don'?t|do\s+not|dont|never|not)\s+(?:want\s+to\s+|wanna\s+)?"
    r"(?:cancel|scrap|scrub|ditch|nix|kill|axe|bin|junk|trash|drop|call)\b"
)


def called_off_order_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """A cancel, with its reason, for a message that calls the order off in other words ("scrap
    the order", "scrap it"); None otherwise."""
    lowered = text.lower().replace("’", "'").strip()
    if intent == CANCEL_INTENT or _KEEPS_IT.search(lowered):
        return None
    if intent in MAY_CALL_OFF_THE_ORDER and _CALLS_OFF_THE_ORDER.search(lowered):
        return CANCEL_INTENT, "calls the order off in other words than cancel"
    if intent in MAY_CALL_IT_OFF and _CALLS_IT_OFF.search(lowered):
        return CANCEL_INTENT, "calls it off (scrap it, ditch it)"
    return None
