"""Whether a product comes with something: "does it come with the trousers or I must buy
separately?", "is the waistcoat included?", "are the pants sold separately?" (stranger test 35,
docs/nlu/stranger-test-35.md, worst problem 4). The thing asked about is read by
shop_nlu/included_questions.py.

The answer is computed from the product's own description: yes where a sentence says it comes
"with" the thing ("with matching satin-striped trousers"), no where one says it is sold
separately or not included, and unknown otherwise; with the one sentence that says so. "Worn
with black trousers" says how it is worn, not what is in the box, so it answers nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The shopper's word -> the catalog's words for the same thing.
_SAME_THING = {
    "trousers": ("trousers", "trouser", "pants", "slacks"),
    "pants": ("trousers", "trouser", "pants", "slacks"),
    "trouser": ("trousers", "trouser", "pants", "slacks"),
    "slacks": ("trousers", "trouser", "pants", "slacks"),
    "waistcoat": ("waistcoat", "vest"),
    "vest": ("waistcoat", "vest"),
    "jacket": ("jacket", "coat", "blazer"),
}
_SEPARATELY = re.compile(r"\b(?:sold|bought|available|priced)\s+separately\b|\bnot included\b")
# "worn with", "pair it with": how it is worn, not what comes with it.
_HOW_WORN = re.compile(
    r"\b(?:worn|wear|wearing|pair|paired|pairs|goes|go|team|teamed|style|styled|match|matches)"
    r"(?:\s+(?:it|them|this))?\s+$"
)


# "with matching satin-striped trousers": at most this many words between "with" and the thing.
_WORDS_BETWEEN = 4


@dataclass(frozen=True)
class Included:
    """What the catalog says of whether a product comes with something."""

    title: str
    item: str  # the thing asked about, in the shopper's word ("trousers")
    comes_with: bool | None  # True: it does; False: sold separately; None: the catalog doesn't say
    quote: str | None  # the catalog sentence that says so, word for word


def _sentences(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text or "")).strip()
    return [part.strip() for part in re.split(r"(?<=[.!?])\s+", text) if part.strip()]


def _words_for(item: str) -> tuple[str, ...]:
    last = item.split()[-1]
    stem = last[:-1] if len(last) > 3 and last.endswith("s") and not last.endswith("ss") else last
    return _SAME_THING.get(last, (last, stem))


def _says_it_comes_with(sentence: str, words: tuple[str, ...]) -> bool | None:
    """True when `sentence` says the product comes with one of `words`, False when it says that is
    sold separately, None when it says neither."""
    lowered = sentence.lower()
    for match in re.finditer(rf"\b(?:{'|'.join(map(re.escape, words))})\b", lowered):
        if _SEPARATELY.search(lowered[match.end() : match.end() + 40]):
            return False
        before = lowered[max(0, match.start() - 60) : match.start()]
        joined = list(re.finditer(r"\b(?:with|includes?|including|plus)\b", before))
        # "with matching satin-striped trousers" (within a few words), never "worn with".
        if (
            joined
            and not _HOW_WORN.search(before[: joined[-1].start()])
            # "with striped trousers and a dove-grey waistcoat": the last of those listed.
            and len(re.split(r",|\band\b", before[joined[-1].end() :])[-1].split())
            <= _WORDS_BETWEEN
        ):
            return True
    return None


def included_answer(title: str, description: str, item: str) -> Included:
    """Whether the product (`title`, `description`) comes with `item` ("trousers"), by its own
    description."""
    words = _words_for(item)
    for sentence in _sentences(description):
        said = _says_it_comes_with(sentence, words)
        if said is not None:
            return Included(title, item, said, sentence)
    return Included(title, item, None, None)
