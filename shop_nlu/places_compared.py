"""Two places of the list on screen compared by price, and a size asked of the one it picks:
"Oh those look nice. Which of them is cheaper, the first or the second? And does the cheaper one
come in a 14 as well?" (stranger test 82, docs/nlu/stranger-test-82.md, B2, once the fallback),
"is the first one cheaper than the second?", "whats cheaper 1st or 3rd one". No Rasa here;
actions/places_compared.py answers them."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A place in the list: "the first", "2nd", "the last one", "number 3", "#2".
_PLACES = {
    "first": "1", "1st": "1", "frist": "1", "second": "2", "2nd": "2", "secnd": "2", "third": "3",
    "3rd": "3", "thrid": "3", "fourth": "4", "4th": "4", "fifth": "5", "5th": "5", "last": "last",
}  # fmt: skip
_PLACE = r"(?:" + "|".join(_PLACES) + r"|(?:number|no\.?|nr\.?|#)\s?\d)"
_THE_PLACE = r"(?:the\s+)?(?P<{}>" + _PLACE + r")(?:\s+(?:one|1|dress|pair|option))?"
# "the first or the second", "1st or 3rd one", "second vs third".
_PAIR = re.compile(
    rf"\b{_THE_PLACE.format('a')}\s*,?\s*(?:or|and|vs\.?|versus|v\.?|&)\s+{_THE_PLACE.format('b')}"
)
_FIRST_TWO = re.compile(r"\b(?:the\s+)?(?:first|1st)\s+(?:two|2)\b")
_CHEAPER = (r"cheaper|cheeper|chaper|cheapest|less\s+expensive|least\s+expensive|costs?\s+less|"
            r"lower\s+priced|more\s+affordable|better\s+value")  # fmt: skip
_PRICIER = (r"pricier|priciest|more\s+expensive|most\s+expensive|dearer|dearest|costlier|"
            r"costs?\s+more")  # fmt: skip
_PRICE_WORD = rf"(?P<asked>{_CHEAPER}|{_PRICIER})"
# "which is cheaper", "whats cheaper", "which of them costs less": the question a pair answers.
_WHICH = re.compile(rf"\b(?:which|wich|whcih|what|whats|what'?s)\b[^.?!;]*?\b{_PRICE_WORD}\b")
# "is the first one cheaper than the second?", "the 3rd one's cheaper than the 2nd".
_THAN = re.compile(
    rf"\b{_THE_PLACE.format('a')}(?:\s+is|'s)?\s+(?:(?:a\s+)?(?:bit|little|lot|much)\s+)?"
    rf"{_PRICE_WORD}\s+th[ae]n\s+{_THE_PLACE.format('b')}"
)
# A sentence ends at "?", "!", ";" or a full stop that is no decimal point or "no." of "no. 2".
_SENTENCE_END = re.compile(r"[?!;]|(?<!\bno)(?<!\bnr)\.(?!\d)")


@dataclass(frozen=True)
class PlacesCompared:
    """What was asked of which two places: `asked` "cheaper" or "pricier", `places` as list
    positions ("1", "2", "last"), and `end` where the comparison's words end in the text."""

    asked: str
    places: tuple[str, str]
    end: int


def _position(place: str) -> str:
    return _PLACES.get(place) or re.sub(r"\D", "", place)


def _asked(words: str) -> str:
    return "pricier" if re.fullmatch(_PRICIER, words) else "cheaper"


def places_compared(text: str) -> PlacesCompared | None:
    """The two places of the list a message compares by price ("which is cheaper, the first or
    the second?": cheaper, 1 and 2); None when it compares no two places, or the same one twice."""
    lowered = (text or "").lower()
    start = 0
    for end in [*(m.start() for m in _SENTENCE_END.finditer(lowered)), len(lowered)]:
        sentence = lowered[start:end]
        start = end + 1
        than = _THAN.search(sentence)
        which = _WHICH.search(sentence)
        pair = _PAIR.search(sentence)
        if than is not None:
            places, asked, ends = (than.group("a"), than.group("b")), than.group("asked"), [than]
        elif which is not None and pair is not None:
            places, asked, ends = (pair["a"], pair["b"]), which.group("asked"), [which, pair]
        elif which is not None and (two := _FIRST_TWO.search(sentence)):
            # "which of the first two is cheaper"
            places, asked, ends = ("1", "2"), which.group("asked"), [which, two]
        else:
            continue
        positions = (_position(places[0]), _position(places[1]))
        if len(set(positions)) != 2:
            return None
        said_to = end - len(sentence) + max(found.end() for found in ends)
        return PlacesCompared(_asked(asked), positions, said_to)
    return None


# "does the cheaper one come in a 14", "is it available in 14", "do you have it in a 14 too":
# whether one of the two comes in a size.
_ASKS_IN = re.compile(
    r"\b(?:comes?|coming|available|avail|in\s+stock|have|got|get|do|does|is\s+there|any)\b"
    r"[^.?!;]*?\bin\b"
)
_ONE_BY_PRICE = re.compile(rf"\bthe\s+{_PRICE_WORD}\b")
_OTHER = re.compile(r"\bthe\s+other\b")
_ONE_BY_PLACE = re.compile(rf"\bthe\s+(?P<place>{_PLACE})\b")


def size_asked_of(text: str, start: int) -> str | None:
    """Which of the two compared a question after `start` asks the size of: "cheaper" ("does the
    cheaper one come in a 14"), "pricier" ("the dearer one"), "other" ("the other one"), a place
    ("does the second come in 14": "2"), or "pick" (the one the comparison names: "is it
    available in 14", "does that one come in 14"); None when nothing after `start` asks whether
    one comes in something."""
    rest = (text or "")[start:].lower()
    if not _ASKS_IN.search(rest):
        return None
    if by_price := _ONE_BY_PRICE.search(rest):
        return _asked(by_price.group("asked"))
    if _OTHER.search(rest):
        return "other"
    if by_place := _ONE_BY_PLACE.search(rest):
        return _position(by_place.group("place"))
    return "pick"
