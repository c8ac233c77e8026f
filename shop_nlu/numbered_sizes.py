"""A size asked of one product on screen by its number: "number 1 have XL?", "nr 2 in L?", "does #3
come in 44?", "the 1st one in XL?" (stranger test 43). The classifier hears a size and searches for
it; the shopper asks whether the one they point at comes in that size. So does a chatty shopper
with a second question about it and small talk around: "Oh those look nice. Does the first one
come in size 7, and is it comfortable enough for walking all day? My feet aren't what they used to
be!" (stranger test 94, B2) fell back, with a complaint among the likely readings; the second
question is answered after the stock (actions/two_questions_of_one.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from shop_nlu.entity import Entity
from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, SEARCH_INTENT
from shop_nlu.second_question import second_question
from shop_nlu.stock_asked import asks_stock
from shop_nlu.wish_after_a_question import before_the_wish

AVAILABILITY_INTENT = "check_availability"

# Readings a size asked of a numbered one is mistaken for; a purchase or a cart stays as it is.
MAY_ASK_A_SIZE_OF_ONE = frozenset(
    {FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, SEARCH_INTENT, "refine_search"}
)

# Heard as a complaint ("my feet aren't what they used to be!"), only a question shaped as one about
# its stock ("does the first one come in size 7?") is read as that: never "the 1st one in 7 was torn".
COMPLAINT_INTENT = "complaint"
_CLAUSES = re.compile(r"[.?!]+|,\s*and\b")

# Anything beside the number and the size makes it more than a question about the one shown:
# "number 1 in XL but in black", "number 2 in L, add it", "show me shirts like number 1 in XL".
_ONLY_THESE = frozenset({"ordinal", "size"})

# A colour asked of a numbered one only when nothing else was understood: heard as a search,
# "number 2 in black" may narrow the list.
_NOT_UNDERSTOOD = frozenset({FALLBACK_INTENT, OUT_OF_SCOPE_INTENT})

# "ill take number 1 in XL", "add nr 2 in L": a purchase, read elsewhere.
_TAKES_IT = re.compile(r"\b(?:take|buy|add|order|get|want|need|i'?ll|ill)\b", re.IGNORECASE)


def numbered_size_reading(
    intent: str | None, entities: Iterable[Entity], text: str
) -> tuple[str, str] | None:
    """The availability question, with its reason, for a size asked of a numbered one heard as a
    search or not understood; None otherwise."""
    entities = list(entities)
    asked, named = _first_question(entities, text)
    if (
        (intent in MAY_ASK_A_SIZE_OF_ONE or intent == COMPLAINT_INTENT and _asks_its_stock(text))
        and not _TAKES_IT.search(asked)
        and asks_a_size_of_a_numbered_one(named)
    ):
        return AVAILABILITY_INTENT, "asks a size of the one it points at by number"
    if (
        intent in _NOT_UNDERSTOOD
        and not _TAKES_IT.search(text)
        and asks_a_colour_of_a_numbered_one(before_the_wish(entities, text))
    ):
        # "The second one looks lovely, how much is it and does it come in black?" (stranger
        # test 78, B4): the availability answer says its price in that colour too; "... or only
        # navy? And is there anything with sleeves" (stranger test 80, B2): the wish after it
        # narrows the list (actions/colour_then_wish.py).
        return AVAILABILITY_INTENT, "asks a colour of the one it points at by number"
    return None


def _first_question(entities: list[Entity], text: str) -> tuple[str, list[Entity]]:
    """The message up to a second question about it, and its entities but that question's ("and
    is it comfortable enough for walking all day?" names a feature asked of it, not searched for;
    "My feet get so tired now." after it takes nothing)."""
    span = second_question(text)
    if span is None:
        return text, entities
    return text[: span[0]], [e for e in entities if not span[0] <= e.start < span[1]]


# "the first one", "the 2nd", "number 3": the one pointed at, said as "it" to read the question.
_POINTED_AT = re.compile(
    r"\b(?:the\s+)?(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))(?:\s+one)?\b"
    r"|(?:\b(?:number|no\.?|nr\.?)|#)\s*\d+",
    re.IGNORECASE,
)


def _asks_its_stock(text: str) -> bool:
    """Whether `text` asks if the one pointed at comes in (or is left in) a size or colour: "Do
    you have the first one in a 7?", "Is the first one available in size 7, and ...?"."""
    return "?" in text and any(
        asks_stock(_POINTED_AT.sub("it", clause).strip(" ?.!")) for clause in _CLAUSES.split(text)
    )


def asks_a_size_of_a_numbered_one(entities: Iterable[Entity]) -> bool:
    """Whether the message names one product on screen by its number and a size, and nothing else."""
    named = [entity for entity in entities if entity.role is None]
    kinds = {entity.entity for entity in named}
    ordinals = [entity for entity in named if entity.entity == "ordinal"]
    return kinds == _ONLY_THESE and len(ordinals) == 1


def asks_a_colour_of_a_numbered_one(entities: Iterable[Entity]) -> bool:
    """Whether the message names one product on screen by its number and a colour (a size too,
    maybe), and nothing else."""
    named = [entity for entity in entities if entity.role is None]
    kinds = {entity.entity for entity in named}
    ordinals = [entity for entity in named if entity.entity == "ordinal"]
    return "colour" in kinds and kinds <= {"ordinal", "colour", "size"} and len(ordinals) == 1
