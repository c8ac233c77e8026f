"""Chat shorthand read as the words it stands for (stranger test 64, docs/nlu/stranger-test-64.md):
"smth plain nothing crazy" is "something plain nothing crazy", never "I didn't understand
“smth”"."""

from __future__ import annotations

import re

ABBREVIATIONS = {
    "smth": "something", "sth": "something", "smthing": "something", "smthg": "something",
    "somethin": "something", "sumthing": "something", "nthg": "nothing", "nthng": "nothing",
    "nothin": "nothing", "w/": "with", "w/o": "without", "pls": "please", "plz": "please",
    "thx": "thanks", "rn": "right now", "u": "you", "ur": "your", "nt": "not",
}  # fmt: skip
# Longest first, so that "w/o" is never read as "w/" and an "o".
_SHORTHAND = re.compile(
    r"(?<![\w/'’-])(?:"
    + "|".join(re.escape(word) for word in sorted(ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w/'’-])",
    re.IGNORECASE,
)


def shorthand_spans(text: str) -> list[tuple[int, int, str]]:
    """Where `text` uses chat shorthand: (start, end, the words it stands for)."""
    return [
        (match.start(), match.end(), ABBREVIATIONS[match.group(0).lower()])
        for match in _SHORTHAND.finditer(text)
    ]


def spelled_out(text: str) -> str:
    """`text` with its chat shorthand written out: "sth plain w/o stripes" -> "something plain
    without stripes"."""
    return _SHORTHAND.sub(lambda match: ABBREVIATIONS[match.group(0).lower()], text)
