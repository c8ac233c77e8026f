"""The bot's own pick asked for: "what do u recommend", "which would you pick", "which one's best"
(stranger test 66, docs/nlu/stranger-test-66.md, problem 1 "Not yet"). The classifier hears these
as what the bot can do (`bot_capabilities`) or as nothing sure; with nothing else named they leave
the choice among the products on screen to the bot, which the comparison's action answers (one of them,
and why: actions/shared_answers.py `pick_for_me`). "Can you recommend a belt" names a kind: not
this. No Rasa here; shop_nlu/resolution.py weighs it (through shop_nlu/cart_picks.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from shop_nlu.entity import Entity
from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT

# The comparison's action picks one of those shown (actions/shared_answers.py
# `answer_pick_asked`); never "not understood", which a second time hands over to a person.
PICK_INTENT = "compare_products"
# What the classifier may make of it: what the bot can do, off-topic, unsure, a greeting, or a
# comparison ("which one's best": the best of a list is a pick; "which is better" is a comparison).
MAY_ASK_FOR_THE_PICK = frozenset(
    {"bot_capabilities", OUT_OF_SCOPE_INTENT, FALLBACK_INTENT, "greet", "compare_products"}
)
_YOU = r"(?:you|u|ya|yu)"
_RECOMMENDS = re.compile(
    rf"\b(?:what|which|wat|wich)(?:\s+(?:one|1|ones))?\s+(?:do|would|d|will|should)\s+{_YOU}\s+"
    r"(?:recommend|recomend|reccomend|suggest|pick|choose|go\s+for|get|buy)\b"
    r"|\b(?:any|your|ur|a)\s+(?:recommendations?|recomendations?|suggestions?|picks?)\b"
    r"|\bwhat(?:'s|s|\s+is)\s+(?:your|ur)\s+(?:recommendation|pick|choice|favou?rite)\b"
    r"|\bwhich(?:\s+(?:one|1|of\s+(?:them|these|those)))?\s*(?:'s|s|\s+is|\s+would\s+be)\s+"
    r"(?:the\s+)?(?:best|nicest|better)(?:\s+(?:one|1|pick|choice|buy))?\s*[?!.]*$"
    r"|\b(?:which|what)\s+(?:one\s+)?(?:is|'s|s)\s+(?:the\s+)?(?:best|nicest)\s+(?:one|pick|buy)\b",
    re.IGNORECASE,
)
# Anything naming what to find makes it a search or a question about products, not the pick.
_NAMES_WHAT = frozenset({
    "category", "brand", "product", "product_handle", "ordinal", "occasion", "colour", "feature",
    "size",
})  # fmt: skip
COMPARE_INTENT = "compare_products"


def asks_for_the_pick(text: str) -> bool:
    """Whether a message asks the bot which of the products on screen it recommends."""
    return bool(_RECOMMENDS.search(text.strip()))


def pick_reading(
    intent: str | None, text: str, entities: Iterable[Entity] = ()
) -> tuple[str, str] | None:
    """The comparison's intent, with its reason, for a recommendation asked with nothing named,
    heard as what the bot can do (or off-topic); None otherwise."""
    if intent not in MAY_ASK_FOR_THE_PICK or not asks_for_the_pick(text):
        return None
    if any(entity.entity in _NAMES_WHAT for entity in entities):
        return None
    if intent == COMPARE_INTENT and re.search(r"\bbetter\b", text.lower()):
        return None
    return PICK_INTENT, "asks the bot to pick one of the products on screen"
