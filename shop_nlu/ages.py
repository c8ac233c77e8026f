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


# Children (11 and under): the shop sells adult sizes only (stranger test 59, problem 4).
# From 12 the smallest grown-up sizes may fit: "my son is 12 ... his white shirt" gets shirts
# (stranger test 51).
_CHILD_AGE = r"(?:[1-9]|1[01]|one|two|three|four|five|six|seven|eight|nine|ten|eleven)"
# Who may be a child: said next to an age alone ("my son, he's 6", "they are 8").
_KIN = re.compile(
    rf"\b(?:{_HIM}|{_HER}|kids?|child|children|grandchildren|grandkids?|twins?|little ones?)s?\b"
)
# "is 6", "she's 9", "they are 8" after someone who may be a child; never a size ("she is a
# size 8", "she's 8 in dresses", "he's 10.5").
_SAID_AGE = re.compile(
    rf"\b(?:he|she|they|who|{_HIM}|{_HER}|twins?)(?:'s|'re|\s+is|\s+are|\s+turns?|\s+turning)\s+"
    rf"(?:now\s+|just\s+|only\s+)?{_CHILD_AGE}\b(?![.,]\d)(?!\s*(?:in\b|us\b|uk\b|eu\b|wide\b|"
    r"or\b|and a half|[-/]\d|\"|[rlsw]\b))"
)
# "8 years old", "7yo", "a 6-year-old": never "our 10 year anniversary".
_YEARS_OLD = r"\s*-?\s*(?:yo|y/o|y\.o\.?|(?:yrs?|years?)\s*-?\s*old)(?![a-z])"
_CHILD = re.compile(
    rf"\b{_CHILD_AGE}{_YEARS_OLD}|\b(?:aged?|turns|turning|turned)\s+{_CHILD_AGE}\b(?![.,]\d)"
    r"|\b(?:toddlers?|infants?|kiddies)\b"
    r"|\b(?:kids?|child|children|childrens|baby|babies)'?s?\s+(?:clothes|clothing|sizes?|wear|"
    r"dress|dresses|suits?|shoes|outfits?|range|section|department)\b"
    r"|\bfor\s+(?:my|the|our)\s+(?:kids?|child|children|little ones?|baby)\b(?=\s*(?:[.,!?;:)]|$|and\b|"
    r"who\b|aged?\b|\d))"
    r"|\b(?:girls?'?|boys?'?)s?\s+(?:dress|dresses|suits?|shoes|clothes|clothing|outfits?|size)\b"
    # ("my girl's prom", "our boy's graduation": the shopper's own girl or boy, of any age)
    r"|(?<!\bmy )(?<!\bour )\b(?:girl|boy)'s\s+\w+|\blittle\s+(?:girl|boy|one)s?\b(?!-)"
)
_SIZE_WORDS = re.compile(r"\b(?:size|sz|wears?|fits?|shoes?|sneakers?|trainers?|boots?)\b")
# Where what the shopper wants for herself starts: "something for me too", "and for myself a ...",
# "and i need a navy dress too".
_OWN_PART = re.compile(
    r"\b(?:(?:something|anything|one|a \w+|\w+)\s+)?for\s+(?:me|myself)\b"
    r"|\b(?:and\s+)?i\s+(?:need|want|would like|'d like)\b(?=[^.!?]*\btoo\b)"
)
_CLAUSE_START = re.compile(r"[.,;:!?(]\s*|\band\s+|\bthen\s+")


def names_a_child(text: str) -> bool:
    """Whether the message shops for a child (11 or under): "for my son, he's 6", "a 7 year old",
    "toddler shoes", "girl's dress", "kids clothes"; not "my 16 year old son", "size 8"."""
    lowered = (text or "").lower()
    if _CHILD.search(lowered):
        return True
    if not _KIN.search(lowered) or (age := _SAID_AGE.search(lowered)) is None:
        return False
    # "shoes for my son, he's 10": as likely his shoe size as his age.
    return not _SIZE_WORDS.search(lowered[max(0, age.start() - 25) : age.end() + 15])


def own_part_starts(text: str) -> int | None:
    """Where, in a message that shops for a child, what the shopper asks for herself starts
    ("… they are 8. Oh, and something for me too, maybe a navy dress"); None when it asks
    nothing for her."""
    lowered = (text or "").lower()
    match = _OWN_PART.search(lowered)
    if match is None:
        return None
    # From the start of its clause: "and a navy dress for me" keeps its colour.
    before = list(_CLAUSE_START.finditer(lowered, 0, match.end()))
    return before[-1].end() if before else 0


def teenager_beside_a_child(text: str) -> tuple[str, str] | None:
    """In a message that shops for a child too, the teenager it names by a word for a boy or a
    girl, as (gender, word): "my son is 16 and my daughter is 8" -> ("male", "son"); None when
    it names none (stranger test 59: the teenager's part is searched in grown-up sizes)."""
    lowered = (text or "").lower()
    for pattern in TEEN_GENDER:
        if (found := pattern.search(lowered)) is not None:
            gender = "female" if found.group("female") else "male"
            return gender, found.group("female") or found.group("male")
    return None
