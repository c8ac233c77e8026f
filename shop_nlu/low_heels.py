"""Shoes asked for low: "Nothing too high mind, my knees won't have it", "low heel please", "flat
ones", "not high heels" (stranger test 38, docs/nlu/stranger-test-38.md, worst problem 3). What
goes with a dress then puts flats and the lowest heels first (commerce/heel_heights.py)."""

from __future__ import annotations

import re

_LOW = re.compile(
    r"\b(?:knees?|flats?|flat shoes|low(?:er)?[- ]?heel(?:s|ed)?|kitten heels?|no heels?"
    r"|(?:not|nothing|none|no|never|isn'?t|aren'?t|without)\s+(?:too?\s+|very\s+|so\s+|that\s+|really\s+"
    r"|overly\s+|anything\s+|crazy\s+)?(?:high|tall)(?:\s+heels?)?"
    r"|(?:can'?t|cannot|can not|don'?t|do not)\s+(?:do|manage|walk in|wear|stand|handle|like)\s+"
    r"(?:(?:sky[- ]?)?high\s+)?heels)\b"
    # "I was thinking heels but ... maybe something lower?", "lower ones", "something flatter"
    # (stranger test 65, problem 3); not "something lower in price".
    r"|\b(?:(?:something|anything|a\s+bit|bit|little)\s+(?:a\s+bit\s+)?(?:lower|flatter)"
    r"(?:\s+ones?)?|(?:lower|flatter)\s+ones?)\b(?!\s+(?:in\s+)?(?:price|priced|cost))",
    re.IGNORECASE,
)


def wants_low_heels(text: str) -> bool:
    """Whether a message asks for shoes without a high heel (or says why: "my knees")."""
    return bool(_LOW.search(text))


# "anything flat-ish?", "flatter?", "flat ones", "with no heel", "without a heel": said of the
# boots or shoes listed, the same ones without a heel (stranger test 41, docs/nlu/stranger-test-41.md,
# worst problem 1). "flats" and "flat shoes" name the kind; "flat feet" are the shopper's feet.
_FLAT_OF_A_LIST = re.compile(
    r"\b(?:flat(?:[- ]?ish)?(?!s\b|\s+(?:shoes?|feet|foot|footed)\b)|flattish|flatter|flattest"
    r"|heel-?less|(?:with\s+)?no\s+heels?|without\s+(?:a\s+|any\s+|the\s+)?heels?)\b",
    re.IGNORECASE,
)


def says_flat_of_a_list(text: str) -> bool:
    """Whether a message asks for flat ones of what is listed ("so anything flat-ish?"), not for
    the kind "flats" ("show me flats")."""
    return bool(_FLAT_OF_A_LIST.search(text))
