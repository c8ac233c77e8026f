"""The highest heel a shopper will wear: "nothing higher than a couple of inches", "no more than 2
inches", "under 5cm", "max 2 inch heel", "cant walk in anything over 3 inches" (stranger test 90,
docs/nlu/stranger-test-90.md, B1). The search keeps heels at or under it where the catalog gives
a height (commerce/heel_heights.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

CM_PER_INCH = 2.54

_WORD_NUMBERS = {"a couple of": 2.0, "a couple": 2.0, "couple of": 2.0, "one": 1.0, "an": 1.0,
                 "a": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "1": 1.0}  # fmt: skip
_NUMBER = r"(?P<number>\d+(?:[.,]\d+)?|a\s+couple(?:\s+of)?|couple\s+of|one|two|three|four|an?)"
_UNIT = r"\s*(?P<unit>inch(?:es)?\b|in\b(?=\s*(?:heels?\b|max|$|[.,!?]))|\"|”|''|cm\b|centimet(?:er|re)s?\b)"
# Words that bound it from above: "nothing higher than", "no more than", "under", "max",
# "anything over" after "can't walk in"/"can't do".
_BOUND = (
    r"(?:(?:nothing|no|not|none|never)\s+(?:\w+\s+)?(?:higher|taller|bigger|more|over|above)"
    r"(?:\s+than)?|(?:higher|taller)\s+than|under|below|less\s+than|max(?:imum)?\.?|up\s+to"
    r"|at\s+most|(?:can'?t|cannot|can\s+not|won'?t|don'?t)\s+(?:walk|stand|do|wear|manage)"
    r"(?:\s+in)?\s+(?:anything|any\s+heels?|heels?)\s+(?:over|above|higher\s+than|more\s+than))"
)
_LIMIT = re.compile(rf"\b{_BOUND}\s+{_NUMBER}{_UNIT}", re.IGNORECASE)
# "2 inch heels max", "5cm heel or lower", "a 2 inch heel at most"
_LIMIT_AFTER = re.compile(
    rf"\b{_NUMBER}{_UNIT}\s*(?:-\s*)?heels?\s+(?:max(?:imum)?|at\s+most|or\s+(?:lower|less|under))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class HeelLimit:
    """A heel height said as the most: in the shopper's unit, and in cm for the search."""

    amount: float
    unit: str  # "inch" or "cm"

    @property
    def cm(self) -> float:
        return self.amount * CM_PER_INCH if self.unit == "inch" else self.amount


def heel_limit_said(text: str) -> HeelLimit | None:
    """The highest heel a message says the shopper will wear, or None."""
    said = _LIMIT.search(text) or _LIMIT_AFTER.search(text)
    if not said:
        return None
    number = re.sub(r"\s+", " ", said.group("number").lower())
    amount = _WORD_NUMBERS.get(number)
    if amount is None:
        amount = float(number.replace(",", "."))
    unit = "cm" if said.group("unit").lower().startswith(("cm", "centi")) else "inch"
    return HeelLimit(amount, unit)


def heel_limit_words(limit: HeelLimit) -> str:
    """The limit as said back, in the shopper's unit: "2 inches", "5 cm", "1 inch"."""
    shown = f"{limit.amount:g}"
    if limit.unit == "cm":
        return f"{shown} cm"
    return f"{shown} inch" if limit.amount == 1 else f"{shown} inches"


# "nothing with a heel please", "no heels pls", "flat only", "without a heel", "no heel at all"
# (stranger test 94, B1): no heel at all, a limit of 0. Not "no high heels" (a low heel will do),
# nor "no heel please" of boots listed (flat-ish: a low stacked heel will do, stranger test 41).
_NO_HEEL = re.compile(
    r"\b(?:nothing|none)\s+with\s+(?:an?\s+|any\s+)?heels?\b"
    r"|\bno\s+(?:heels\b|heel\s+at\s+all\b)(?!\s+(?:higher|taller|over|above|more))|\bwithout\s+(?:an?\s+|any\s+|the\s+)?heels?\b|\bheel-?less\b"
    r"|\bflat(?:s|\s+ones|\s+shoes)?\s+only\b|\bonly\s+flat(?:s|\s+ones|\s+shoes)?\b",
    re.IGNORECASE,
)


def no_heel_said(text: str) -> bool:
    """Whether a message asks for shoes with no heel at all ("nothing with a heel please")."""
    return bool(_NO_HEEL.search(text)) and heel_limit_said(text) is None
