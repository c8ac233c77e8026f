"""Words that change a size already chosen rather than ask for something new: "actually i need the
pants in 32 not 34", "wrong size, i need 32 in the trousers", "can i get the shirt in L instead".
Said right after ordering they are about that order (stranger test 70, docs/nlu/stranger-test-70.md,
A10), whatever intent the classifier heard: mostly a search. No Rasa here."""

from __future__ import annotations

import re

# "instead", "not 34", "rather than", "wrong size", "should be", "i meant", "change", "swap",
# "make the trousers a 32", "i need (it) in": a choice already made, said again otherwise.
_CHANGES = re.compile(
    r"\b(?:instead|not\s+(?:an?\s+|size\s+)?[\w.]{1,4}\b(?!\s+(?:too|so|very))|rather\s+than"
    r"|wrong\s+size|should\s+(?:be|have\s+been)|should'?ve\s+been|i\s+meant|meant\s+to\s+be"
    r"|change|switch|swap|make\s+(?:it|them|that|those|the\s+\w+)|i\s+need\s+(?:it\s+|them\s+)?in"
    r"|i\s+need\s+(?:a\s+|an\s+|size\s+)?[\w.]{1,4}\s+in\s+the)\b",
    re.IGNORECASE,
)
# Another thing besides the one ordered: "another pair", "one more", "also", "as well", "too".
_ANOTHER_ONE = re.compile(
    r"\b(?:another|one\s+more|a\s+second|also|as\s+well|too|extra|more\s+of)\b", re.IGNORECASE
)
# "should be 32 not 34", "in 32 instead of 34": the size wanted, before the one ruled out.
_WANTED_BEFORE_RULED_OUT = re.compile(
    r"\b(?:be|in|a|an|size|need|want)\s+(?P<size>\d{1,2}(?:\.5)?|xxs|xs|s|m|l|xl|xxl)\s*,?\s+"
    r"(?:not|instead|rather)\b",
    re.IGNORECASE,
)


def speaks_of_a_size_change(text: str) -> bool:
    """Whether `text` changes a size already chosen ("in 32 not 34", "in L instead"), rather than
    asking for another one besides ("another pair in 32")."""
    return bool(_CHANGES.search(text)) and not _ANOTHER_ONE.search(text)


def size_wanted_instead(text: str) -> str | None:
    """The size said before the one ruled out ("should be 32 not 34" -> "32"), as written; None
    when the message rules none out that way."""
    match = _WANTED_BEFORE_RULED_OUT.search(text)
    return match.group("size") if match else None


# A shoe size the search is changed to, said without the word "size" (stranger test 92, A2:
# "actualy make it 9.5 they run small rite?", "actually 9.5", "can u do 8.5 instead"). A half size
# is never a count; a whole number ("make it 2") is a count unless "instead" follows it.
_SHOE_NUMBER = r"(?:[4-9]|1[0-5])"
_HALF = r"(?:[.,]5|½)"
_ACTUALLY = r"(?:actually|actualy|actully|acutally|actuallly|actuly)"
SIZE_CHANGED_TO = re.compile(
    rf"\b(?:(?:make|change|switch|swap)\s+(?:it|that|this|them|mine)\s+(?:to\s+|into\s+)?"
    rf"|(?:change|switch|swap|go)\s+(?:to|with|for)\s+|{_ACTUALLY}\s+"
    r"|(?:can|could)\s+(?:u|you)\s+do\s+)"
    rf"(?:(?:an?|size|sz|us|the)\s+)*(?P<value>{_SHOE_NUMBER}{_HALF}"
    rf"|{_SHOE_NUMBER}{_HALF}?(?=\s+instead\b(?!\s+of\b)))(?![.,]?\d)"
    r"(?!\s?(?:pairs?|items?|of\b|dollars?|bucks|\$|%|inch\w*|cm|days?|weeks?))"
)


# "a half size up", "half a size bigger", "one size down", "a size smaller": a step from the size
# bought, with no size named (stranger test 96, B9).
_SIZE_STEP = re.compile(
    r"\b(?:half\s+a\s+|a\s+half\s+|half\s+|a\s+|one\s+)?sizes?\s+"
    r"(?P<way>up|down|bigger|larger|smaller)\b(?!\s+to\b)",
    re.IGNORECASE,
)


def size_step_asked(text: str) -> bool | None:
    """True for a size up ("a half size up", "half a size bigger"), False for a size down, None
    when the message asks no step from the size bought."""
    match = _SIZE_STEP.search(text)
    return None if match is None else match.group("way").lower() in ("up", "bigger", "larger")
