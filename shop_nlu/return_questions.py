"""How refunds, returns and replacements work, asked in general (issue 8, the weakest intents of the
public-phrasing evaluation): "whats the refund process", "what is the process for a refund" are
heard as returning the shopper's own order, and "is replacement available" as asking whether a
product called "replacement" is in stock. Both ask the return policy. A shopper who names their own
order or item, or says they want a refund ("i want a refund for my order", "i need a refund, whats
the process"), starts a return instead. No Rasa here; shop_nlu/service_readings.py weighs it."""

from __future__ import annotations

import re

from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT
from shop_nlu.typos import with_key_words_corrected

RETURNS_INTENT = "ask_return_policy"
# What a question about the refund process may be heard as: returning one's own order, or unsure.
MAY_ASK_THE_PROCESS = frozenset({"return_order", FALLBACK_INTENT, OUT_OF_SCOPE_INTENT})
# What "is replacement available" may be heard as: whether a product is in stock, or unsure.
MAY_ASK_IF_OFFERED = frozenset({"check_availability", FALLBACK_INTENT, OUT_OF_SCOPE_INTENT})

# The words these questions turn on, read through their typos ("is replacment available").
_KEY_WORDS = ("replacement", "exchange", "refund", "process", "procedure", "available", "possible")
_SERVICE = r"(?:refund|return|replacement|replace|exchange|swap)s?"
# "the refund process", "process for a refund", "wat r the steps for a refund", "how do i get a
# refund, whats the process": a refund and its process, in either order.
_PROCESS = r"(?:process|procedure|steps)"
_ASKS_THE_PROCESS = re.compile(rf"\b{_SERVICE}\b.*\b{_PROCESS}\b|\b{_PROCESS}\b.*\b{_SERVICE}\b")
# "is replacement available", "replacement available?", "is an exchange possible?".
_ASKS_IF_OFFERED = re.compile(
    rf"^\W*(?:(?:is|are|r)\s+)?(?:(?:a|an|the)\s+)?(?:free\s+)?{_SERVICE}\s+"
    r"(?:available|possible|allowed|offered|an\s+option)\b"
)
# A question about it, not a complaint ("the refund process is too slow").
_A_QUESTION = re.compile(
    r"\?|\b(?:what|whats|what's|wat|wats|wht|how|hw|explain|tell|describe|which|where)\b"
)
# Their own order or item, or a wish for a refund now: a return of their own, not the policy.
_OWN_RETURN = re.compile(r"\b(?:my|mine|our|want|wanna|need|would\s+like|i'?d\s+like)\b|\d|#")


def return_policy_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """The return policy, with its reason, for a message heard as `intent` that asks how refunds
    or replacements work in general; None otherwise."""
    lowered = with_key_words_corrected(text.replace("’", "'"), _KEY_WORDS)
    if intent in MAY_ASK_IF_OFFERED and _ASKS_IF_OFFERED.search(lowered):
        return RETURNS_INTENT, "asks whether replacements or refunds are offered, not a product"
    if (
        intent in MAY_ASK_THE_PROCESS
        and _ASKS_THE_PROCESS.search(lowered)
        and _A_QUESTION.search(lowered)
        and not _OWN_RETURN.search(lowered)
    ):
        return RETURNS_INTENT, "asks how refunds or replacements work, for no order of their own"
    return None
