"""Adding one product on screen and asking for more in the same message: "the first one please,
add them to my cart in 8.5, and I'd love a small sparkly clutch too, am I still under 400?"
(stranger test 75, docs/nlu/stranger-test-75.md, persona B, worst problem 1). This reads where
such a message turns from the product added to the next kind; whether it adds at all is read by
shop_nlu/adding_words.py, the kinds and the budget question by their own readings."""

from __future__ import annotations

import re

from shop_nlu.adding_words import ADD_VERBS, asks_to_add

# "add it to my cart in size 10", "put this one in my bag", "pop it in": the product in focus.
_ADD_IT = re.compile(rf"\b(?:{ADD_VERBS})\s+(?:it|this(?:\s+one)?|that(?:\s+one)?)\b")
# Where a message turns to the next thing: "! Now heels", ", then show me heels", ". next some".
_TURN = re.compile(r"[.!?;,]+\s*|\b(?:now|then|next|and|also|plus)\b\s*")


def turn_after_adding_it(text: str, kind_starts: list[int]) -> int | None:
    """Where a message that adds the product in focus ("add it to my cart in size 10 please!")
    turns to another kind ("Now heels to go with it, size 8.5"): the start of that part, so the
    sizes before it go with "it" and those after with the kind (stranger test 75, B3); None when
    the message adds no "it" or names no kind after it."""
    added = _ADD_IT.search(text.lower())
    later = sorted(start for start in kind_starts if added and start > added.end())
    if added is None or not later:
        return None
    turns = [m.end() for m in _TURN.finditer(text.lower(), added.end(), later[0])]
    return turns[-1] if turns else later[0]


# "the first clutch", "the 2nd pair of heels": the kind the place on screen is counted in.
_COUNTED_IN = re.compile(r"^\s*(?:(?:one|pair)\s+(?:of\s+)?(?:the\s+|those\s+|these\s+)?)?$")


def counted_in(text: str, ordinal_end: int, kind_start: int) -> bool:
    """Whether a kind is said right after a place on screen ("the first clutch"): the kind of
    the one picked, not another kind wished besides it."""
    return kind_start >= ordinal_end and bool(_COUNTED_IN.match(text[ordinal_end:kind_start]))


def turn_after_adding_the_cheapest(
    text: str, cheapest_end: int, kind_starts: list[int]
) -> int | None:
    """Where a message that adds the cheapest on screen ("the cheapest ones in his size 9 please,
    pop them in my cart") turns to another kind ("Now can you show me handbags", stranger test
    78, B3): the start of that part, so the size before it goes with the cheapest and the rest is
    the next search; None when nothing is added before a kind said after the cheapest."""
    later = sorted(start for start in kind_starts if start > cheapest_end)
    if not later or not asks_to_add(text[: later[0]]):
        return None
    turns = [m.end() for m in _TURN.finditer(text.lower(), cheapest_end, later[0])]
    return turns[-1] if turns else None
