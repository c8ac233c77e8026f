"""A size asked of one product on screen by its number: "number 1 have XL?", "nr 2 in L?", "does #3
come in 44?", "the 1st one in XL?" (stranger test 43). The classifier hears a size and searches for
it; the shopper asks whether the one they point at comes in that size."""

from __future__ import annotations

import re
from collections.abc import Iterable

from shop_nlu.entity import Entity
from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, SEARCH_INTENT
from shop_nlu.wish_after_a_question import before_the_wish

AVAILABILITY_INTENT = "check_availability"

# Readings a size asked of a numbered one is mistaken for; a purchase or a cart stays as it is.
MAY_ASK_A_SIZE_OF_ONE = frozenset(
    {FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, SEARCH_INTENT, "refine_search"}
)

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
    if (
        intent in MAY_ASK_A_SIZE_OF_ONE
        and not _TAKES_IT.search(text)
        and asks_a_size_of_a_numbered_one(entities)
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
