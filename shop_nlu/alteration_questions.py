"""Whether a message asks if the shop alters clothes: "Do you do alterations? The trousers always
need taking up an inch" (stranger test 71, docs/nlu/stranger-test-71.md, B3, read as a trouser
search), "can you hem trousers?", "do u do tailoring", "is hemming included?". It asks about the
shop's service, which its policies do not state, whatever intent the classifier heard; the answer
(actions/service_unknowns.py) says so and gives the team. "Tailored trousers", "a tailored fit"
and "left unhemmed" describe a product, and are no such question. No Rasa here."""

from __future__ import annotations

import re

from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT

# The intent whose answer (the service questions) gives the team's contact.
ALTERATIONS_INTENT = "ask_contact"
# What it may be heard as: goods ("do you do alterations" as a search for what follows), a
# question about the product in view, nothing sure, or another service question.
MAY_ASK_ABOUT_ALTERATIONS = frozenset({
    FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, "search_products", "refine_search", "ask_product_question",
    "product_details", "check_availability", "select_product", "ask_size_guide", "ask_shipping",
    "ask_return_policy", "ask_price", "bot_capabilities",
})  # fmt: skip

# The service, named: "alterations", "tailoring", "hemming", "an alteration service".
_SERVICE = (
    r"(?:alterations?|alteration\s+services?|tailoring(?:\s+services?)?|hemming|hems?\s+service)"
)
# The shop doing it: "can you hem", "could u shorten", "do you alter", "will you take up".
_YOU_DO_IT = (
    r"\b(?:(?:can|could|would|will|do|does)\s+(?:you|u|ya|you\s+guys|your\s+(?:team|shop|store))"
    r"|(?:you|u)\s+(?:can|could))\s+"
    r"(?:also\s+|even\s+)?(?:hem|alter|tailor|shorten|lengthen|take\s+(?:\w+\s+){0,3}(?:up|in)|"
    r"let\s+(?:\w+\s+){0,3}(?:out|down))\b"
)
_ASKS = re.compile(
    # "do you do alterations", "do you offer tailoring", "any alterations?", "is hemming included"
    rf"\b(?:do|does|can|could)\s+(?:you|u|ya|you\s+guys)\s+(?:\w+\s+)?(?:do|offer|provide|have)\s+"
    rf"(?:any\s+)?{_SERVICE}\b"
    rf"|\b(?:is|are)\s+(?:there\s+)?(?:any\s+|free\s+)?{_SERVICE}\s*(?:included|available|free|offered|possible|an?\s+option)?"
    rf"|\b{_SERVICE}\s+(?:included|available|possible|offered)\b"
    rf"|{_YOU_DO_IT}"
    rf"|^\s*(?:and\s+|what\s+about\s+|any\s+)?{_SERVICE}\s*\??\s*$",
    re.IGNORECASE,
)


def asks_about_alterations(text: str) -> bool:
    """Whether `text` asks if the shop alters, hems or tailors clothes."""
    return bool(_ASKS.search(text))


def alteration_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """The service question, with its reason, for a message heard as `intent` that asks whether
    the shop alters clothes; None otherwise."""
    if intent in MAY_ASK_ABOUT_ALTERATIONS and asks_about_alterations(text):
        return ALTERATIONS_INTENT, "asks whether the shop alters or hems clothes"
    return None
