"""Grouping the messages the bot did not understand, so the shop owner reads each problem once.

Explainable on purpose: two messages are the same when they read the same after lowercasing and
dropping punctuation and filler words ("Where's my parcel??" = "where my parcel"); a message then
joins the biggest group whose first message shares at least `MIN_OVERLAP` of their words
(Jaccard: shared words / all words of the two). Groups come most frequent first.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

MIN_OVERLAP = 0.5
MAX_EXAMPLES = 5
# Words that say nothing about what the shopper wanted.
FILLER = frozenset(
    [
        "a",
        "an",
        "the",
        "i",
        "me",
        "my",
        "you",
        "your",
        "is",
        "are",
        "am",
        "be",
        "to",
        "of",
        "and",
        "or",
        "it",
        "its",
        "this",
        "that",
        "please",
        "pls",
        "plz",
        "can",
        "could",
        "would",
        "do",
        "does",
        "did",
        "u",
        "ur",
        "im",
        "i'm",
        "so",
        "just",
        "hi",
        "hey",
        "hello",
        "ok",
        "okay",
    ]
)
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def normalise(text: str) -> str:
    """The words that matter, lowercased, in order: "Where's my PARCEL??" -> "where's parcel"."""
    words = _WORD.findall(text.lower())
    kept = [word for word in words if word not in FILLER]
    return " ".join(kept or words)


@dataclass
class MessageGroup:
    """Messages that ask the same thing: the most frequent wording first."""

    label: str  # the normalised wording that started the group
    count: int = 0
    examples: list[tuple[str, int]] = field(default_factory=list)  # (as typed, how often)


def group_messages(texts: Iterable[str] | Counter) -> list[MessageGroup]:
    """Group `texts` (or a Counter of text -> times) by similarity, most frequent group first."""
    typed = texts if isinstance(texts, Counter) else Counter(texts)
    # Same normalised wording: one entry, remembering how it was typed most often.
    by_wording: dict[str, Counter] = defaultdict(Counter)
    for text, times in typed.items():
        if text.strip():
            by_wording[normalise(text)][text.strip()] += times
    wordings = sorted(by_wording.items(), key=lambda item: (-sum(item[1].values()), item[0]))

    groups: list[MessageGroup] = []
    words_of: list[frozenset[str]] = []
    groups_with_word: dict[str, list[int]] = defaultdict(list)  # word -> groups whose label has it
    for wording, variants in wordings:
        words = frozenset(wording.split())
        # The closest group; on a tie the older one, which is the bigger.
        best, best_key = None, (MIN_OVERLAP, float("-inf"))
        for index in {i for word in words for i in groups_with_word[word]}:
            overlap = len(words & words_of[index]) / len(words | words_of[index])
            if (overlap, -index) >= best_key:
                best, best_key = index, (overlap, -index)
        if best is None and words:
            best = len(groups)
            groups.append(MessageGroup(label=wording))
            words_of.append(words)
            for word in words:
                groups_with_word[word].append(best)
        elif best is None:
            continue
        group = groups[best]
        group.count += sum(variants.values())
        group.examples.extend(variants.most_common())
    for group in groups:
        group.examples = sorted(group.examples, key=lambda e: (-e[1], e[0]))[:MAX_EXAMPLES]
    return sorted(groups, key=lambda g: (-g.count, g.label))
