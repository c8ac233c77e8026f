"""Two readings of a message about dark trousers (stranger test 68, docs/nlu/stranger-test-68.md,
A2/A3): "need dark jeans, maybe 32?".

"Dark" before a kind is the lexicon's dark colours (catalog/lexicon.yml, defined once there), but
before a colour it is that colour's shade ("dark tan" is tan), and "after dark" is a time. A
number said alone in a message about trousers ("maybe 32?") is the waist."""

from __future__ import annotations

import re

from shop_nlu.entity import Entity

_DARK_WORDS = frozenset({"dark", "darker"})
# "dark tan", "dark-brown", "darker red": the shade of the colour said next.
_BEFORE_A_COLOUR = re.compile(r"^[\s-]*$")
# "after dark", "in the dark", "before it gets dark": no colour; "not so dark", "too dark", "it's
# a bit dark": how dark one is, never a wish for the dark colours (stranger test 59).
_NOT_A_COLOUR_BEFORE = re.compile(
    r"\b(?:after|in\s+the|before|it\s+gets|gets|getting|till|until|so|too|that|as|bit|is|are|was|"
    r"were|looks?|it'?s|kinda|kind\s+of|bit\s+too)\s+$"
)

# The kinds measured by the waist.
_WAIST_KINDS = frozenset({"trousers", "jeans", "chinos", "shorts"})
# A waist said alone: "maybe 32?", "32 i think", "jeans, 32": a number 26 to 44, not a price,
# an age, a quantity or a part of another number.
_WAIST_ALONE = re.compile(
    r"(?<![\w$£€.,/-])(?<!\$ )(?P<value>2[6-9]|3\d|4[0-4])"
    r"(?![\w.,/%$£€-]\w|\w|%|\s*(?:years?|yrs?|yo|y/o|dollars?|bucks|usd|eur|gbp|pounds?|quid|euros?"
    r"|days?|hours?|hrs?|mins?|minutes?|pcs|pieces?|items?|x\b|of\b|in\s+total))"
)
_NOT_A_WAIST_BEFORE = re.compile(
    r"(?:\$|£|€|\b(?:under|over|below|above|than|max|maximum|budget|spend|up\s+to|upto|costs?|"
    r"price|for|aged?|turning|turns|turned|i'?m|im|i\s+am|he'?s|she'?s|is|are|was|order|number|"
    r"no\.?|#|at|by|on|the|before|after|within|in))\s*$"
)


def a_shade_or_a_time(lowered: str, entity: Entity, entities: list[Entity]) -> bool:
    """Whether a "dark" found as the dark colours is rather a colour's shade ("dark tan", whose
    colour is tan) or a time ("after dark")."""
    if entity.entity != "colour" or lowered[entity.start : entity.end] not in _DARK_WORDS:
        return False
    if _NOT_A_COLOUR_BEFORE.search(lowered[max(0, entity.start - 20) : entity.start]):
        return True
    return any(
        other.entity == "colour" and other.start >= entity.end
        and _BEFORE_A_COLOUR.match(lowered[entity.end : other.start])
        for other in entities
    )  # fmt: skip


def waist_said_alone(lowered: str, text: str, entities: list[Entity]) -> list[Entity]:
    """The waist size of "need dark jeans, maybe 32?": a number said alone in a message that
    asks for trousers and says no size otherwise."""
    if any(e.entity == "size" for e in entities) or not any(
        e.entity == "category" and e.value in _WAIST_KINDS and e.role is None for e in entities
    ):
        return []
    for match in _WAIST_ALONE.finditer(lowered):
        start, end = match.span("value")
        if _NOT_A_WAIST_BEFORE.search(lowered[max(0, start - 12) : start]) or any(
            e.start < end and start < e.end for e in entities
        ):
            continue
        return [Entity("size", match.group("value"), start, end, text[start:end])]
    return []
