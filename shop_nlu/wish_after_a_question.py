"""A wish for the list said after a question about one product on it: "does the second one come
in cobalt, or only navy? And is there anything with sleeves, I don't love my arms these days"
(stranger test 80, docs/nlu/stranger-test-80.md, B2). Where the wish starts, so that the question
is answered of that one and the wish narrows the list, each with its own words."""

from __future__ import annotations

import re
from collections.abc import Iterable

from shop_nlu.entity import Entity

# "And is there anything with", "also anything with", "any with sleeves?", "do you have anything".
_WISH = re.compile(
    r"(?:[.?!,;]|\b(?:and|also|plus)\b)\s*(?:(?:and|also|plus|oh|but|ok|okay|so|then)\s+)*"
    r"(?P<wish>(?:is|are)\s+there\s+(?:any|anything|something)\b"
    r"|(?:do|d)\s+(?:you|u|ya)\s+(?:have|got|sell|do)\s+(?:any|anything|something)\b"
    r"|(?:have\s+you\s+got|got)\s+(?:any|anything|something)\b"
    r"|(?:anything|something)\s+(?:with|that|in|more|less|a\s+bit|which)\b"
    r"|any\s+(?:ones?\s+)?with\b)"
)


def wish_after_a_question(text: str) -> int | None:
    """Where a wish for the list starts after a question that comes first; None without one."""
    said = _WISH.search(text.lower())
    return said.start("wish") if said and said.start() > 0 else None


def before_the_wish(entities: Iterable[Entity], text: str) -> list[Entity]:
    """The entities of the question before a wish for the list (all of them without a wish)."""
    turn = wish_after_a_question(text)
    return [entity for entity in entities if turn is None or entity.start < turn]
