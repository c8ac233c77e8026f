"""Who is a teenager: "my 16 year old son", "a 15yo girl", "teenage boy", "my niece turns 14",
"something for a teenager". The search offers them casual kinds first (catalog/lexicon.yml
`teen_styles`); the words for a boy or a girl next to the age say who it is for (`TEEN_GENDER`,
read by the entity extractor as any other gender word)."""

from __future__ import annotations

import re

_TEEN_AGE = r"(?:1[3-9]|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
# "16 year old", "16-year-old", "15yo", "17 y/o", "14 yrs old": an age, never a size ("size 16").
_AGED = r"\s*-?\s*(?:yo|y/o|y\.o\.?|yrs?(?:\s*-?\s*old)?|years?(?:\s*-?\s*old)?)(?![a-z])"
_HIM = r"boy|lad|son|grandson|nephew|brother|bro"
_HER = r"girl|daughter|granddaughter|niece|sister|sis"
_SAYS_AGE = r"(?:is|turns|turning|just turned|will be|is turning|'s|s)"

_TEEN = re.compile(
    rf"\bteen(?:s|ager|agers|age|aged|y)?\b|\b{_TEEN_AGE}{_AGED}"
    rf"|\b(?:turns?|turning|turned|aged?)\s+{_TEEN_AGE}\b"
    rf"|\b(?:he|she)(?:'?s|\s+is)\s+{_TEEN_AGE}\b"
    r"(?!\s*(?:wide|us|uk|eu|waist|collar|neck|inch|in\b|\"|[rlsw]\b|\.\d|and a half))",
    re.IGNORECASE,
)

# The gender said with the age: "a 16 year old son", "teenage girl", "my niece turns 14".
TEEN_GENDER = (
    re.compile(
        rf"\b(?:{_TEEN_AGE}{_AGED}|teen(?:age|aged)?)\s+(?:(?P<female>{_HER})|(?P<male>{_HIM}))s?\b"
    ),
    re.compile(
        rf"\bmy\s+(?:(?P<female>{_HER})|(?P<male>{_HIM}))\s*{_SAYS_AGE}\s+(?:now\s+)?{_TEEN_AGE}\b"
    ),
)


def names_a_teenager(text: str) -> bool:
    """Whether the message says the one it shops for is a teenager (13 to 19)."""
    return bool(_TEEN.search(text or ""))
