"""The checkout said as what the shopper does next, often with thanks: "Thank you, you've been very
helpful, I'll go ahead and check out the dress and shoes now." (stranger test 88, B9, heard as
thanks and answered "Anything else?"), "ok ill checkout", "thanks, let's checkout", "going to check
out the dress now". Never "I'll check out the boots" (a look) nor "I'll check out later". No Rasa
here; shop_nlu/thanks_words.py weighs it first."""

from __future__ import annotations

import re

from shop_nlu.details_in_a_request import CHECKOUT_INTENT
from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT

# What "thanks, I'll check out now" may be heard as: thanks, a goodbye, a yes, not understood, or
# a look at what it names ("check out the dress").
MAY_BE_CHECKING_OUT = frozenset({
    "thank", "goodbye", "affirm", FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, "select_product",
    "search_products", "product_details", "ask_product_question",
})  # fmt: skip
# "i'll", "ill", "i will", "i'm going to", "gonna", "let's", "ready to", "time to", then "go ahead
# and" or "just", then the checkout.
_CHECKS_OUT_NEXT = re.compile(
    r"\b(?:i\s*'?\s*ll|ill|i\s+will|(?:i\s*'?\s*m\s+|i\s+am\s+)?(?:going\s+to|gonna|ready\s+to)|"
    r"let\s*'?\s*s|lets|time\s+to|i\s*'?\s*d\s+like\s+to|i\s+want\s+to|i\s+wanna|can\s+i)"
    r"(?:\s+(?:go\s+ahead\s+and|just|now|then|so))*\s+(?:check[\s-]?out|checkout|(?P<pay>pay))\b"
    r"(?P<rest>[^.!?]*)"
)
# After the checkout: what it names ("the dress"), which is a look unless done now.
_NAMES_A_THING = re.compile(
    r"^\s+(?:the|these|those|this|that|some|a|an|your|ur|our|other|more|what|how|which|it|them)\b"
)
# Thanks anywhere in it, answered before the checkout: "thanks, let's checkout".
_THANKS = re.compile(r"\b(?:thank\s*(?:you|u|ya)|thanks|thanx|thx|ty|cheers|much\s+appreciated)\b")
_NOW = re.compile(r"\b(?:now|right\s+away|straight\s+away)\b")
# Not now: "I'll check out later", "... tomorrow", "but first show me belts".
_NOT_NOW = re.compile(r"\b(?:later|tomorrow|tonight|another\s+time|next\s+time|first|before|but)\b")


def checks_out_now(text: str) -> bool:
    """Whether `text` says the shopper checks out now ("ill go ahead and check out the dress
    now", "ok ill checkout"); "I'll check out the boots" (a look) does not."""
    lowered = text.lower().replace("’", "'")
    match = _CHECKS_OUT_NEXT.search(lowered)
    if match is None or _NOT_NOW.search(match.group("rest")):
        return False
    rest = match.group("rest")
    if match.group("pay") and _NOW.sub("", rest).strip(" ,"):
        return False  # "can i pay by card", "i'll pay in instalments": how to pay, asked
    return not _NAMES_A_THING.match(rest) or bool(
        _NOW.search(rest) or "go ahead" in lowered[: match.end()]
    )


def checkout_now_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """The checkout, with its reason, for a message heard as thanks, a goodbye or a look that
    says the shopper checks out now; None otherwise."""
    if intent in MAY_BE_CHECKING_OUT and checks_out_now(text):
        return CHECKOUT_INTENT, "says they check out now (with thanks or naming what they buy)"
    return None


def thanked(text: str) -> bool:
    """Whether `text` thanks the bot besides what else it says ("thanks, let's checkout")."""
    return bool(_THANKS.search(text.lower()))
