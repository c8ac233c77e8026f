"""Plain requests a chatty shopper wraps in small talk, which leave the classifier unsure (stranger
test 37, docs/nlu/stranger-test-37.md, persona Gerald).

"Right, tell me a bit more about the first one then." only points at a product on screen: around
the ordinal there is nothing but a lead-in ("right,", "ok so"), a request to be told more and a
"then". "Marvellous. And if they pinch after the first lesson, can I send them back?" asks whether
a return is possible should something happen: the return policy, whatever the condition is."""

from __future__ import annotations

import re
from collections.abc import Iterable

from shop_nlu.entity import Entity

SELECT_INTENT = "select_product"
RETURNS_INTENT = "ask_return_policy"
# What the classifier may make of either: unsure, or a near reading of it.
MAY_BE_CHATTY = frozenset({"nlu_fallback", "out_of_scope", "compare_products", "complaint"})

# Words that may stand around "the first one" in a message that only points at it.
_AROUND_A_PICK = frozenset(
    re.findall(
        r"\S+",
        "right alright all ok okay okey so well then now and oh ah hmm um yes yeah yep go on lets"
        " let's let us me i i'd id i'll ill like would love to could can you please pls plz just"
        " tell show give see have look at take a an the bit little more some info information"
        " details detail about on of regarding with that this one ones number no thanks cheers"
        " mate dear lovely great marvellous splendid what's whats what how",
    )
)
_WORDS = re.compile(r"[a-z]+(?:'[a-z]+)?")


def picks_one_amid_small_talk(text: str, entities: Iterable[Entity]) -> bool:
    """Whether the message only points at one product on screen by its number, with small talk
    around it ("Right, tell me a bit more about the first one then.")."""
    entities = list(entities)
    ordinals = [e for e in entities if e.entity == "ordinal" and e.role is None]
    if len(ordinals) != 1 or len(entities) != 1:
        return False
    lowered = text.lower()
    rest = lowered[: ordinals[0].start] + " " + lowered[ordinals[0].end :]
    words = _WORDS.findall(rest)
    return bool(words) and all(word in _AROUND_A_PICK for word in words)


# "if they pinch ... can I send them back?", "should it not fit, may I return it?", "in case they
# rub, could they go back?": a condition, then whether it can be returned.
_CONDITION = re.compile(r"\b(?:if|in case|should (?:it|they|the\w*)|what if|supposing)\b")
_SEND_BACK = re.compile(
    r"\b(?:can|could|may|might|do|would|will)\s+(?:i|we|you|u)\s+(?:still\s+|just\s+|then\s+)?"
    r"(?:send|give|bring|take|post|ship|return|exchange|swap)"
    r"(?:\s+(?:it|them|those|these|the\s+\w+|her|him))?(?:\s+(?:back|for\s+\w+))?"
    r"|\b(?:can|could|may)\s+(?:it|they|those|these)\s+(?:go|come|be\s+(?:sent|returned|"
    r"exchanged))\s*(?:back)?"
)
_BACK_OR_RETURN = re.compile(r"\b(?:back|return\w*|exchang\w*|swap\w*|refund\w*)\b")


def asks_to_return_if(text: str) -> bool:
    """Whether the message asks if something can be sent back should a condition hold ("if they
    pinch after the first lesson, can I send them back?")."""
    lowered = text.lower()
    return bool(
        _CONDITION.search(lowered)
        and (send_back := _SEND_BACK.search(lowered))
        and _BACK_OR_RETURN.search(send_back.group())
    )
