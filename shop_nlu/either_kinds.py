"""Two kinds joined as one wish, either of which will do: "heels or flats", "loafers/oxfords",
"a trench coat or some sort of raincoat" (docs/nlu/stranger-test-69.md, persona B): one thing
to look for, never two to look for one after the other."""

from __future__ import annotations

import re

from commerce.lexicon import load_lexicon
from commerce.search.query import category_types

# What may stand between two kinds joined so: "or", "/", and the hedges after the "or"
# ("or maybe a", "or some sort of", "or perhaps some kind of").
_EITHER_BETWEEN = re.compile(
    r"^\s*,?\s*(?:or|/)\s+(?:(?:an?|some|maybe|perhaps|possibly|even|just|with|something|anything"
    r"|one|sort|kind|type|of)\s+){0,5}$|^/$"
)
# "a tuxedo or a smart suit": a plain word of praise before the second (stranger test 89, B1).
_PRAISED_BETWEEN = re.compile(
    r"^\s*,?\s*or\s+(?:(?:an?|some|maybe|perhaps|just)\s+){0,2}"
    r"(?:(?:smart|nice|good|decent|proper|classic|simple|plain|dressy|elegant|sharp|stylish"
    r"|classy|pretty|cute|comfy|comfortable)\s+){1,2}$"
)


def joined_as_either(between: str, kinds: tuple[str, str] | None = None) -> bool:
    """Whether the words between two kinds (lowercase) join them as either of which will do;
    with the two `kinds`, also when a word of praise describes the second, if neither kind is
    the other ("a blazer or a smart jacket" may say the blazer again, more broadly)."""
    if _EITHER_BETWEEN.match(between):
        return True
    return (
        kinds is not None
        and bool(_PRAISED_BETWEEN.match(between))
        and not category_types(kinds[0]) & category_types(kinds[1])
    )


# "a bow tie, and if you have cufflinks or a pocket square": a wish of its own before the pair.
_ANOTHER_WISH_BETWEEN = re.compile(r"\b(?:and|also|plus)\b|[.!?;]")


def either_after_another_wish(text: str, kinds: list[tuple[str, int, int]]) -> bool:
    """Whether the first kinds in `text` (kind, start, end) joined as either of which will do
    come after another kind asked for first: "I'm after a black silk bow tie, and if you have
    cufflinks or a pocket square that would be lovely too" (stranger test 81, B1). The bow tie
    is the main wish, searched first; the pair is wished besides it."""
    lowered = text.lower()
    said = sorted(kinds, key=lambda kind: kind[1])
    for (first, _, first_end), (second, second_start, _) in zip(said, said[1:], strict=False):
        if first != second and joined_as_either(lowered[first_end:second_start]):
            return any(
                kind not in (first, second)
                and _ANOTHER_WISH_BETWEEN.search(lowered[end:second_start])
                for kind, _, end in said
                if end <= first_end
            )
    return False


def kinds_said_as_either(text: str, kinds: list[tuple[str, int, int]]) -> set[str]:
    """Of the kinds named in `text` (kind, start, end), those said as another way of putting the
    one before them ("raincoats" in "a trench coat or some sort of raincoat"); a kind the shop
    doesn't sell, also when a word describes it ("a loose shirt or a soft cardigan")."""
    lowered = text.lower()
    said = sorted(kinds, key=lambda kind: kind[1])
    unsold = set(load_lexicon().not_sold_words.values())
    return {
        second
        for (first, _, first_end), (second, second_start, _) in zip(said, said[1:], strict=False)
        if first != second
        and (
            joined_as_either(lowered[first_end:second_start], (first, second))
            or (second in unsold and _DESCRIBED_EITHER.match(lowered[first_end:second_start]))
        )
    }


# "a loose button-front shirt or a soft cardigan in a women's large ... soft blue": the cardigan,
# which the shop doesn't sell, is either of the two she'd take, never a wish kept for later in
# her blue (stranger test 86, B3). A word or two may describe it; never a join or whose it is.
_DESCRIBED_EITHER = re.compile(
    r"^\s*,?\s*or\s+(?:an?\s+|some\s+|maybe\s+|perhaps\s+)*"
    r"(?:(?!(?:and|also|plus|then|but|for|to|in|my|his|her|their|your|the)\b)[a-z]+(?:-[a-z]+)*"
    r"\s+){1,2}$"
)
