"""A kind said again, narrower, is one wish: "I need to get him some shoes for it. Nothing fancy,
just plain black dress shoes, he's a men's 9" asks for dress shoes only. Counted as two kinds, the
colour and size said with the dress shoes were kept for a later search and the first one lost them
(docs/nlu/stranger-test-78.md, shopper B, message B1). "Shoes and also some chelsea boots" still
asks for two."""

from __future__ import annotations

import re

from commerce.search.query import kind_within
from shop_nlu.either_kinds import joined_as_either

# Words between the two that make the narrower one a second thing wanted ("boots, and also some
# chelsea boots", "shoes plus a pair of loafers", "another pair, oxfords").
_ANOTHER = re.compile(r"\b(?:also|plus|as well as|another|other|too)\b|&|\band\s+(?:\S+\s+){0,4}$")


def kinds_restated_narrower(text: str, kinds: list[tuple[str, int, int]]) -> set[str]:
    """Of the kinds named in `text` (kind, start, end), those said again right after as a kind
    within them ("shoes" in "some shoes ... just plain black dress shoes"): the wider word, put
    more exactly by the next; or said as the last word of one name whose first word is a kind
    within them ("shoes" in "flat slip-on shoes")."""
    lowered = text.lower()
    said = sorted(kinds, key=lambda kind: kind[1])
    return {
        wide
        for (wide, _, wide_end), (narrow, narrow_start, _) in zip(said, said[1:], strict=False)
        if kind_within(narrow, wide) and not _another_wish(lowered[wide_end:narrow_start])
    } | {
        wide
        for (narrow, _, narrow_end), (wide, wide_start, _) in zip(said, said[1:], strict=False)
        if kind_within(narrow, wide) and _ONE_NAME_BETWEEN.match(lowered[narrow_end:wide_start])
    }


# "flat slip-on shoes", "flat comfy shoes": a narrower kind said as the first word of one name
# whose last word is the wider kind, one kind in several words (stranger test 86, B1).
# Never across a join or a preposition ("flats and shoes", "flats or shoes", "flats to go with
# my shoes").
_ONE_NAME_BETWEEN = re.compile(
    r"\s+(?:(?!(?:and|or|n|plus|also|then|but|with|for|to|in|of|like|than|as)\b)"
    r"[a-z]+(?:-[a-z]+)*\s+){0,2}$"
)


def _another_wish(between: str) -> bool:
    """Whether the words between a kind and a narrower one make that one a second wish, or the
    two either of which will do ("a bag or clutch": the either-kinds' own reading)."""
    return bool(_ANOTHER.search(between)) or joined_as_either(between)
