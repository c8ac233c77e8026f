"""How a word the catalog does not know may be a catalog word mistyped: a letter missing, doubled,
swapped or replaced (by a neighbouring key), or vowels left out ("brwn", "blakc", "blsck")."""

from __future__ import annotations

import re
from functools import lru_cache

VOWELS = frozenset("aeiou")


def part_of_a_longer_word(text: str, start: int, end: int) -> bool:
    return bool(re.match(r"[\w'’-]", text[end : end + 1]) or re.search(r"[\w'’-]$", text[:start]))


def consonants(word: str) -> str:
    """The word without its vowels after the first letter: "brown" -> "brwn"."""
    return word[:1] + "".join(letter for letter in word[1:] if letter not in VOWELS)


def without_some_vowels(phrase: str, word: str) -> bool:
    """Whether `word` is `phrase` written without its vowels ("brwn", "snkrs") or without one of
    them ("whte", "gren"); not with some left out and some kept ("bene" is not "beanie")."""
    if len(word) >= len(phrase) or word[:1] != phrase[:1]:
        return False
    if len(word) < len(phrase) - 1 and consonants(word) != word:
        return False
    rest = iter(word)
    expected = next(rest, None)
    for letter in phrase:
        if letter == expected:
            expected = next(rest, None)
        elif letter not in VOWELS:
            return False
    return expected is None


def slip_of_the_finger(word: str, phrase: str) -> bool:
    """`word` is `phrase` with two neighbouring letters swapped ("slik"), one letter missing
    ("bron") or one letter doubled ("brrea")."""
    if len(word) == len(phrase):
        return one_edit_apart(word, phrase) and sorted(word) == sorted(phrase)
    if len(word) == len(phrase) - 1:
        return one_edit_apart(word, phrase)
    if len(word) == len(phrase) + 1:
        return any(
            word[i] == word[i - 1] and word[:i] + word[i + 1 :] == phrase
            for i in range(1, len(word))
        )
    return False


_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_POSITION = {
    key: (row, column) for row, keys in enumerate(_KEYBOARD_ROWS) for column, key in enumerate(keys)
}


def next_key_slip(word: str, phrase: str) -> bool:
    """`word` is `phrase` with one letter replaced by a neighbouring key ("blsck" for black);
    "howdy" is not "hoody"."""
    if len(word) != len(phrase):
        return False
    diffs = [(a, b) for a, b in zip(word, phrase, strict=True) if a != b]
    if len(diffs) != 1 or not all(letter in _KEY_POSITION for letter in diffs[0]):
        return False
    (row_a, column_a), (row_b, column_b) = (_KEY_POSITION[letter] for letter in diffs[0])
    # Rows are staggered by about half a key: a neighbour is at most one key away either way.
    return abs(row_a - row_b) <= 1 and abs((column_a + row_a / 2) - (column_b + row_b / 2)) <= 1


def deletions(word: str) -> set[str]:
    return {word[:index] + word[index + 1 :] for index in range(len(word))}


def one_edit_apart(a: str, b: str) -> bool:
    """Levenshtein distance 1, or one swap of neighbouring letters."""
    if a == b:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    if abs(len(a) - len(b)) != 1:
        return False
    shorter, longer = sorted((a, b), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: the letters to add, drop or replace to turn `a` into `b`."""
    previous = list(range(len(b) + 1))
    for i, letter in enumerate(a, start=1):
        current = [i]
        for j, other in enumerate(b, start=1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (letter != other))
            )
        previous = current
    return previous[-1]


# The words a shopper's question turns on, read through their typos ("wich is cheepest", "whats the
# totl", "wil it arive by satrday": stranger test 34, docs/nlu/stranger-test-34.md). A word is
# corrected only when it is one slip from one of these and not a real word itself.
KEY_SHOP_WORDS = ("which", "cheapest", "priciest", "total", "arrive", "arrives", "deliver", "delivery")  # fmt: skip
# Real words a slip away from a key word or a weekday: never corrected.
REAL_WORDS_NEAR_KEY_WORDS = frozenset({
    "witch", "whichever", "totals", "tonal", "totem", "delver", "delivers", "derive", "arrived",
    "sundae", "sundry", "sunday", "monday", "money", "mondays", "fridays", "thursdays", "tuesdays",
    "saturdays", "sundays", "wednesdays", "satyr", "tuesday", "thursday", "friday", "saturday",
    "wednesday", "cheapen", "cheaper",
})  # fmt: skip


# Memoised: pure, and each reading that corrects a message's key words reads its words again
# (docs/performance.md, section 7).
@lru_cache(maxsize=8192)
def key_word_meant(word: str, key_words: tuple[str, ...] = KEY_SHOP_WORDS) -> str | None:
    """The one key word `word` (lowercase) is a typo of ("cheepest" -> "cheapest", "totl" ->
    "total"), or None: for a key word itself, a real word near one, a short word or an ambiguous
    slip. Words of seven letters or more may be two slips away ("wensday" for wednesday)."""
    if word in key_words or word in REAL_WORDS_NEAR_KEY_WORDS or len(word) < 4:
        return None
    meant = {
        key
        for key in key_words
        if one_edit_apart(word, key) or without_some_vowels(key, word) or next_key_slip(word, key)
    } or {
        key
        for key in key_words
        if len(key) >= 7 and len(word) >= 6 and word[0] == key[0] and edit_distance(word, key) <= 2
    }
    return next(iter(meant)) if len(meant) == 1 else None


@lru_cache(maxsize=256)
def with_key_words_corrected(text: str, key_words: tuple[str, ...] = KEY_SHOP_WORDS) -> str:
    """`text` in lowercase with each typo of a key word written as the key word."""
    return re.sub(
        r"[a-z]+",
        lambda match: key_word_meant(match.group(0), key_words) or match.group(0),
        text.lower(),
    )
