"""The last word on a message's intent, from what the message names.

The intent classifier learns phrasing; the catalog extractor knows the shop. When the classifier is
unsure, or sure of something that cannot be about products, while the message names a kind of
product, a brand or a product of this shop, the message is about products: "red dress", "tux",
"the albany loafer" never fall back. A message in another language is named as such, so it is
answered honestly in that language instead of being guessed at.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from shop_nlu.extraction import Entity

FALLBACK_INTENT = "nlu_fallback"
OUT_OF_SCOPE_INTENT = "out_of_scope"
OTHER_LANGUAGE_INTENT = "other_language"
SEARCH_INTENT = "search_products"
INFORM_INTENT = "inform"
DETAILS_INTENT = "product_details"

# Intents that never take a product, a kind of product or a brand: when the classifier picks one
# of them with less than this confidence for a message that names one, the message is a search.
NOT_ABOUT_PRODUCTS = frozenset({
    "greet", "goodbye", "bot_capabilities", "bot_challenge", "show_more", "view_cart",
    "checkout", "place_order", "affirm", "deny", "stop", "rate", "newsletter", "ask_contact",
    "account_help", "password_help", "out_of_scope", FALLBACK_INTENT, OTHER_LANGUAGE_INTENT,
})  # fmt: skip
OVERRIDE_BELOW = 0.9
# What makes a message about the shop's products by itself, and what does only in a short one
# ("red", "size 10", "under 50" alone are follow-ups; "I saw a red car" is not about shoes).
NAMES_PRODUCTS = frozenset({"category", "brand", "product"})
NARROWS_PRODUCTS = frozenset(
    {"colour", "occasion", "size", "price_max", "price_min", "sort", "feature"}
)
SHORT_MESSAGE_WORDS = 4
SURE_UNRELATED = 0.7
# Unrelated with less than this, and a shop intent with at least that: unsure, so ask.
UNSURE_UNRELATED = 0.6
LIKELY_RUNNER_UP = 0.2
# A typo forgiven or a product named by one word of its title counts in short messages only.
SURE_TERM = 0.9


def _mostly_unknown(text: str, is_known_word: Callable[[str], bool]) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    return len(words) >= 2 and sum(map(is_known_word, words)) * 3 < len(words)


def _only_an_email(entities: list[Entity], text: str) -> bool:
    """ "ann@example.com", "it's ann@example.com": an answer to "your email?", not a question."""
    emails = [entity for entity in entities if entity.entity == "email"]
    rest = text
    for entity in emails:
        rest = rest.replace(entity.text, " ")
    return bool(emails) and len(rest.split()) <= 2


@dataclass(frozen=True)
class Resolution:
    intent: str
    reason: str  # why the classifier's intent was replaced (kept in the parse for analytics)


def resolve_intent(
    intent: str | None,
    confidence: float,
    entities: Iterable[Entity],
    text: str,
    language: str | None,
    is_known_word: Callable[[str], bool] | None = None,
    runner_up: tuple[str, float] | None = None,
) -> Resolution | None:
    """A better intent for the message than the classifier's, or None to keep the classifier's.

    `is_known_word` says whether a word is one the language model knows whole; a message made
    mostly of words it does not know ("blorp snazzle wibble") was not understood, whatever the
    classifier guessed, and gets the fallback rather than an answer to a guess.
    """
    if language is not None:
        return Resolution(OTHER_LANGUAGE_INTENT, f"written in {language}")
    if intent == OTHER_LANGUAGE_INTENT:  # the classifier's guess, but the text reads as English
        return Resolution(FALLBACK_INTENT, "not another language")
    entities = list(entities)
    if _only_an_email(entities, text) and intent != INFORM_INTENT:
        return Resolution(INFORM_INTENT, "an email address alone")
    if intent not in NOT_ABOUT_PRODUCTS:
        return None
    if resolution := _about_products(intent, confidence, entities, text):
        return resolution
    if is_known_word and intent == OUT_OF_SCOPE_INTENT and _mostly_unknown(text, is_known_word):
        return Resolution(FALLBACK_INTENT, "mostly unknown words")
    # "I need to sort out my parcel": unrelated by a little, about an order by a little less. Asking
    # (with the likeliest meanings as buttons) beats "I'm only good at this shop".
    if (
        intent == OUT_OF_SCOPE_INTENT
        and confidence < UNSURE_UNRELATED
        and runner_up is not None
        and runner_up[1] >= LIKELY_RUNNER_UP
    ):
        return Resolution(FALLBACK_INTENT, f"unsure between out_of_scope and {runner_up[0]}")
    return None


def _about_products(
    intent: str, confidence: float, entities: list[Entity], text: str
) -> Resolution | None:
    """A search or a product's details for a message that names the catalog, if it does."""
    if intent not in (FALLBACK_INTENT, OUT_OF_SCOPE_INTENT) and confidence >= OVERRIDE_BELOW:
        return None
    short = len(text.split()) <= SHORT_MESSAGE_WORDS
    # A long message the classifier is sure is unrelated ("a flight for 1 person, 0 bags") keeps
    # its reading: one shop word in it does not make it a shopping request.
    if intent == OUT_OF_SCOPE_INTENT and confidence >= SURE_UNRELATED and not short:
        return None
    kinds = {
        entity.entity
        for entity in entities
        if entity.role is None and (entity.confidence >= SURE_TERM or short)
    }
    if "product" in kinds and not kinds & {"colour", "size", "price_max", "price_min"}:
        return Resolution(DETAILS_INTENT, "names a product")
    if kinds & NAMES_PRODUCTS:
        return Resolution(SEARCH_INTENT, "names a kind of product or a brand")
    if kinds & NARROWS_PRODUCTS and short:
        return Resolution(SEARCH_INTENT, "a short message naming a colour, size or price")
    return None
