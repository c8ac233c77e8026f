"""Whether a product suits an occasion: "is it suitable for church?", "would it work for a
christening", "can i wear it to a wedding", "appropriate for a funeral?" (stranger test 61,
docs/nlu/stranger-test-61.md, problem 5). The occasion as said, and the catalog tag it is searched
by (the lexicon's `occasions`: a christening by "wedding"), or None where the catalog tags no such
occasion (church, a funeral): the answer then says what the product is listed for instead."""

from __future__ import annotations

import re
from dataclasses import dataclass

from commerce.lexicon import load_lexicon
from shop_nlu.praise import without_praise

# Occasions shoppers ask about that the catalog tags nothing for (no lexicon phrase).
_UNTAGGED = r"church|(?:sunday )?mass|funerals?|memorials?|(?:first )?communion|graduations?"
# "for (a|the) X", "to (a|the) X", "at (a|the) X": the occasion with the article said with it.
_ARTICLE = r"(?:(?:a|an|the|my|our)\s+)?"


@dataclass(frozen=True)
class OccasionAsked:
    said: str  # as the shopper put it, with its article: "church", "a christening", "the office"
    tag: str | None  # the catalog tag it is searched by ("wedding"), None if the catalog has none


def occasion_asked(question: str) -> OccasionAsked | None:
    """The occasion a question asks a product to suit, or None when it names none. Of several, the
    one it is asked for: "is it elegant enough for church?" asks about church."""
    # "looks rather smart, what's it made of?": praise, no occasion (stranger test 71, B2).
    lowered = " ".join(without_praise(question).lower().split())
    found: list[tuple[bool, int, OccasionAsked]] = []
    for phrase, tag in load_lexicon().occasions.items():
        for match in re.finditer(rf"\b{_ARTICLE}{re.escape(phrase)}\b", lowered):
            found.append((_asked_for(lowered, match.start(), phrase), match.start(),
                          OccasionAsked(_said(match.group(0), phrase), tag)))  # fmt: skip
    for match in re.finditer(rf"\b{_ARTICLE}(?:{_UNTAGGED})\b", lowered):
        said = re.sub(r"^(?:my|our)\s+", "a ", match.group(0))
        found.append(
            (_asked_for(lowered, match.start(), ""), match.start(), OccasionAsked(said, None))
        )
    if not found:
        return None
    # Asked for first, then the longest said ("a cocktail party" over "party"), then the earliest.
    return min(found, key=lambda f: (not f[0], -len(f[2].said), f[1]))[2]


def _asked_for(lowered: str, start: int, phrase: str) -> bool:
    """Whether the occasion at `start` follows "for", "to", "at" or "in" ("ok for church")."""
    return phrase.startswith(_BEFORE_WORDS) or bool(
        re.search(r"\b(?:for|to|at|in)\s+$", lowered[:start])
    )


_BEFORE_WORDS = ("for ", "to ", "at ")


def _said(matched: str, phrase: str) -> str:
    """ "for work" -> "work"; "a wedding" stays; "my wedding" -> "a wedding"."""
    said = re.sub(r"^(?:my|our)\s+", "a ", matched)
    if phrase.startswith(_BEFORE_WORDS):
        return re.sub(r"^(?:for|to|at)\s+(?:the\s+)?", "", said)
    return said
