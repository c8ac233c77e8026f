"""Two kinds joined as one wish, either of which will do: "heels or flats", "loafers/oxfords",
"a trench coat or some sort of raincoat" (docs/nlu/stranger-test-69.md, persona B): one thing
to look for, never two to look for one after the other."""

from __future__ import annotations

import re

# What may stand between two kinds joined so: "or", "/", and the hedges after the "or"
# ("or maybe a", "or some sort of", "or perhaps some kind of").
_EITHER_BETWEEN = re.compile(
    r"^\s*,?\s*(?:or|/)\s+(?:(?:an?|some|maybe|perhaps|possibly|even|just|with|something|anything"
    r"|one|sort|kind|type|of)\s+){0,5}$|^/$"
)


def joined_as_either(between: str) -> bool:
    """Whether the words between two kinds (lowercase) join them as either of which will do."""
    return bool(_EITHER_BETWEEN.match(between))


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
    one before them ("raincoats" in "a trench coat or some sort of raincoat")."""
    lowered = text.lower()
    said = sorted(kinds, key=lambda kind: kind[1])
    return {
        second
        for (first, _, first_end), (second, second_start, _) in zip(said, said[1:], strict=False)
        if first != second and joined_as_either(lowered[first_end:second_start])
    }
