"""Which size to try, from what a shopper says about a body rather than a size label.

"He's about 5 foot 8 and skinny", "6ft and 80kg", "a 40 inch chest", "34 waist, 36 inseam": the
shop's size guide (content/faq.yml, `size_guide`) turned into likely sizes. Suits, tuxedos and
blazers go by chest in inches plus a length (S under 5'8", R, L over 6'1"); casual wear by letter.
Anything not said (a chest measurement) is guessed from build, so callers must say it is a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commerce.sizes import letter_of_chest

_FEET_INCHES = re.compile(
    r"\b([4-7])\s*(?:'|’|ft\.?|foot|feet|f)\s*(?:and\s+)?(1[01]|\d)?(?!\d)\s*(?:\"|”|''|in\b|inch(?:es)?\b)?",
    re.IGNORECASE,
)
_CM = re.compile(r"\b(1[4-9]\d|2[0-2]\d)\s*(?:cm|centimet(?:er|re)s?)\b", re.IGNORECASE)
_KG = re.compile(r"\b(\d{2,3})\s*(?:kg|kgs|kilos?|kilograms?)\b", re.IGNORECASE)
_LBS = re.compile(r"\b(\d{2,3})\s*(?:lbs?|pounds)\b", re.IGNORECASE)
# "a 40 inch chest", "chest 41"; "chest like 41in", "chest is about 41" (stranger test 93, A2).
_CHEST = re.compile(
    r"\b(3[0-9]|4[0-9]|5[0-4])\s*(?:\"|”|in(?:ch(?:es)?)?)?\s*chest\b|\bchest\s+(?:is\s+|of\s+)?"
    r"(?:(?:like|about|around|roughly|approx\w*|maybe|prob\w*)\s+|~\s*)?(3[0-9]|4[0-9]|5[0-4])(?!\d|\s?cm)",
    re.IGNORECASE,
)
_WAIST = re.compile(
    r"\b(2[6-9]|3\d|4[0-8])\s*(?:\"|in(?:ch(?:es)?)?)?\s*waist\b|\bwaist\s+(?:is\s+|of\s+)?(2[6-9]|3\d|4[0-8])\b"
    r"|\bw\s?(2[6-9]|3\d|4[0-8])\b|\b(2[6-9]|3\d|4[0-8])\s*x\s*(?:2[6-9]|3\d)\b",
    re.IGNORECASE,
)
_INSEAM = re.compile(
    r"\b(2[6-9]|3\d)\s*(?:\"|in(?:ch(?:es)?)?)?\s*(?:inseam|inside leg|leg)\b"
    r"|\b(?:inseam|inside leg|leg)\s+(?:is\s+|of\s+)?(2[6-9]|3\d)\b|\bl\s?(2[6-9]|3\d)\b"
    r"|\b(?:2[6-9]|3\d|4[0-8])\s*x\s*(2[6-9]|3\d)\b",
    re.IGNORECASE,
)
_SLIM = re.compile(
    r"\b(?:skinny|slim|thin|slender|lanky|petite|tiny|small build|rake|stick|lean|wiry)\b", re.I
)
_BROAD = re.compile(
    r"\b(?:broad|stocky|big\s+(?:guy|lad|man|chap|fella|bloke|build)|heavy|heavyset|chunky|muscular|bulky|well built|large build|solid)\b",
    re.I,
)
_WHO_IS = r"(?:i'?m|im|i am|he'?s|hes|she'?s|shes|he is|she is|they'?re|quite|very|really|pretty|super)\s+(?:\w+\s+)?"
_TALL = re.compile(rf"\b{_WHO_IS}tall\b|\blanky\b|\blong legs?\b|\blong legged\b", re.I)
_SHORT = re.compile(rf"\b{_WHO_IS}short\b|\bpetite\b", re.I)
_LONG_LEGS = re.compile(r"\blong legs?\b|\blong legged\b|\btoo short\b", re.I)


@dataclass(frozen=True)
class Body:
    """What a message says about the wearer; None for what it doesn't say."""

    height_in: int | None = None
    weight_kg: int | None = None
    chest_in: int | None = None
    waist_in: int | None = None
    inseam_in: int | None = None
    build: str | None = None  # "slim" or "broad"
    stature: str | None = None  # "tall" or "short", said in words
    long_legs: bool = False

    @property
    def said_anything(self) -> bool:
        return any(
            (self.height_in, self.weight_kg, self.chest_in, self.waist_in, self.inseam_in,
             self.build, self.stature)
        )  # fmt: skip


def _first(match: re.Match | None) -> int | None:
    if not match:
        return None
    return next(int(group) for group in match.groups() if group)


def read_body(text: str) -> Body:
    """The height, weight, chest, waist, inside leg and build a message gives."""
    text = text or ""
    height = None
    if match := _FEET_INCHES.search(text):
        height = int(match.group(1)) * 12 + int(match.group(2) or 0)
    elif match := _CM.search(text):
        height = round(int(match.group(1)) / 2.54)
    weight = None
    if match := _KG.search(text):
        weight = int(match.group(1))
    elif match := _LBS.search(text):
        weight = round(int(match.group(1)) * 0.4536)
    build = "slim" if _SLIM.search(text) else "broad" if _BROAD.search(text) else None
    stature = "tall" if _TALL.search(text) else "short" if _SHORT.search(text) else None
    return Body(
        height_in=height,
        weight_kg=weight,
        chest_in=_first(_CHEST.search(text)),
        waist_in=_first(_WAIST.search(text)),
        inseam_in=_first(_INSEAM.search(text)),
        build=build,
        stature=stature,
        long_legs=bool(_LONG_LEGS.search(text)),
    )


def suit_length(body: Body) -> str:
    """The size guide's length letter: S under 5'8", L over 6'1", R between (or not said)."""
    if body.height_in is not None:
        return "S" if body.height_in < 68 else "L" if body.height_in > 73 else "R"
    if body.stature == "tall" or body.long_legs:
        return "L"
    if body.stature == "short":
        return "S"
    return "R"


def suit_chests(body: Body) -> tuple[int, ...]:
    """Likely chest sizes in inches (even numbers): the one measured, else a guess from weight,
    build and height (two neighbours when the guess could go either way)."""
    if body.chest_in is not None:
        chest = body.chest_in + body.chest_in % 2  # between sizes: the larger one
        return (chest,)
    if body.weight_kg is not None:
        guess = 36 + 2 * max(0, min(5, (body.weight_kg - 55) // 10))
        return (guess, guess + 2) if body.build != "slim" else (guess - 2, guess)
    if body.build == "slim":
        return (36, 38) if (body.height_in or 70) < 70 else (38, 40)
    if body.build == "broad":
        return (42, 44)
    return (38, 40, 42)


def letter_sizes(body: Body) -> tuple[str, ...]:
    """Likely letter sizes (S to XXL): a guess from build, height and weight."""
    if body.chest_in is not None:
        return (letter_of_chest(body.chest_in).upper(),)
    small = body.build == "slim" or body.stature == "short"
    big = body.build == "broad" or (body.weight_kg or 0) >= 95
    tall = (body.height_in or 0) > 73 or body.stature == "tall"
    if big:
        return ("L", "XL")
    if small and not tall:
        return ("XS", "S") if (body.height_in or 66) < 66 else ("S", "M")
    if tall:
        return ("M", "L")
    return ("M",) if body.weight_kg is None else (("S", "M") if body.weight_kg < 70 else ("M", "L"))


_INSIDE_LEG = re.compile(r"\b(\d{2})\s*in\s+inside leg\b")
_UNHEMMED = re.compile(r"\bunhemmed\b", re.IGNORECASE)


def inside_leg_of(description: str) -> int | None:
    """The finished inside leg a product's catalog text states ("a 32 in inside leg"), if any."""
    match = _INSIDE_LEG.search(description or "")
    return int(match.group(1)) if match else None


def left_unhemmed(description: str) -> bool:
    """Whether the catalog text says the leg is left unhemmed (to be cut to any length)."""
    return bool(_UNHEMMED.search(description or ""))
