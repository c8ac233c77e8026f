"""A question about a shipping method heard as the choice of it: "how long shippin, is standard
free?", "hows much is standard shipping", "is express free?" (stranger test 92, A5,
docs/nlu/stranger-test-92.md). Asking what a method costs or how long it takes chooses nothing;
"standard pls", "ill take standard", "go with express" still choose. No Rasa here;
shop_nlu/service_readings.py offers this reading to shop_nlu/resolution.py."""

from __future__ import annotations

import re

from shop_nlu.typos import with_key_words_corrected

CHOOSE_INTENT = "choose_shipping"
SHIPPING_INTENT = "ask_shipping"

_METHOD = re.compile(r"\b(?:standard|standart|express|expres|xpress|next[- ]day|overnight)\b")
# What is asked of it: its price, whether it is free, how long it takes.
_FACT_ASKED = re.compile(
    r"\b(?:free|cost|costs|price|priced|charge|fee|how\s+much|hows\s+much|how'?s\s+much"
    r"|how\s+long|hw\s+long|how\s+many\s+days|how\s+fast|how\s+quick|take|takes)\b"
)
# The shape of a question: a question mark, or a question word first.
_QUESTION_FIRST = re.compile(
    r"^\W*(?:(?:so|and|ok|okay|hmm+|also|wait)\W+)*(?:is|does|do|how|hows|how'?s|hw|what|whats"
    r"|what'?s|wat|wats|are|r|will|would|can|much)\b"
)
# Words that choose whatever else the message asks: "ill take standard", "express pls".
_CHOOSES = re.compile(
    r"\b(?:i'?ll|ill|i\s+will|let'?s|lets|go(?:ing)?\s+(?:with|for)|switch|change|make\s+it"
    r"|use|choose|pick|prefer|i\s+want|i'?d\s+like|please|pls|plz)\b"
)


def asks_a_fact_of_a_method(text: str) -> bool:
    """Whether `text` names a shipping method and asks what it costs, whether it is free or how
    long it takes, choosing none ("switch to express, how much?" chooses it)."""
    words = with_key_words_corrected(text)
    return bool(_METHOD.search(words) and _FACT_ASKED.search(words) and not _CHOOSES.search(words))


def asks_about_a_method(text: str) -> bool:
    """`asks_a_fact_of_a_method`, said as a question ("is standard free?", "standard free??")."""
    words = with_key_words_corrected(text)
    return asks_a_fact_of_a_method(text) and bool("?" in words or _QUESTION_FIRST.search(words))


# Also heard as the price of a product ("how much does standard cost?") or as delivery times ("how
# long does express take, is it free?"): there only what it costs makes it a shipping question.
_MAY_ASK_ITS_PRICE = frozenset({"ask_price", "ask_delivery_time"})
# "how much longer does standard take than express" asks a time, not a price.
_PRICE_ASKED = re.compile(
    r"\b(?:free|cost|costs|price|priced|charge|fee"
    r"|hows?\s+much(?!\s+(?:longer|sooner|faster|quicker|later|more\s+(?:time|days))))\b"
)


# Heard as a price, the method must be spoken of as shipping: with a shipping word, or standing
# alone ("how much does standard cost?", "is express free?"); "is that the standard price?" and
# "how much is the standard fit one" ask of a product.
_SHIPPING_WORD = re.compile(r"\b(?:shipping|shippin|shiping|ship|delivery|deliver|postage|post)\b")
_METHOD_ALONE = re.compile(
    _METHOD.pattern + r"(?!\s+(?!(?:cost|costs|take|takes|free|is|be|would|will|shipping|shippin"
    r"|shiping|delivery|postage|option|rate|and|or|vs|than)\b)[a-z])"
)


def _spoken_of_as_shipping(words: str) -> bool:
    return bool(_SHIPPING_WORD.search(words) or _METHOD_ALONE.search(words))


def shipping_question_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """The shipping question, with its reason, for a question about a method heard as choosing
    it (or, asking its price, as a product's price or delivery times); None to keep the
    classifier's intent."""
    if intent not in _MAY_ASK_ITS_PRICE | {CHOOSE_INTENT} or not asks_about_a_method(text):
        return None
    words = with_key_words_corrected(text)
    if intent != CHOOSE_INTENT and not (
        _PRICE_ASKED.search(words) and _spoken_of_as_shipping(words)
    ):
        return None
    return SHIPPING_INTENT, "asks what a shipping method costs or takes, choosing none"
