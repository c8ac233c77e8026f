"""A shopper torn between two sizes of the product in view: "she's usually somewhere between a
small and a medium ... which would you go for?" (stranger test 67, docs/nlu/stranger-test-67.md,
B2), "between M and L which one", "im 32 or 34 waist, which should i get", "small or medium for
her?", "should i size up", "in between sizes, which?". The classifier hears them as a look at
the product or a stock check; they ask which size to take, answered from the product's own words
on its fit (actions/between_sizes.py). "Do you have it in small or medium?" asks for either: not
this. No Rasa here; shop_nlu/resolution.py weighs it (through shop_nlu/fit_questions.py). Also the
letter sizes a message gives as the wearer's ("im usually L in jackets"), for blazers made in chest
sizes (stranger test 93, actions/jacket_sizes_of_letters.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT

# What such a question may be heard as: a look at the product, a stock check, nothing sure.
MAY_WEIGH_TWO_SIZES = frozenset({
    "select_product", "product_details", "check_availability", "ask_product_question",
    "compare_products", "refine_search", FALLBACK_INTENT, OUT_OF_SCOPE_INTENT,
    "ask_size_guide",  # kept, never a search for someone whose size they don't know
})  # fmt: skip
_LETTERS = {
    "xxs": "XXS", "xs": "XS", "extra small": "XS", "s": "S", "small": "S", "m": "M",
    "medium": "M", "med": "M", "l": "L", "large": "L", "xl": "XL", "extra large": "XL",
    "xxl": "XXL", "2xl": "XXL",
}  # fmt: skip
_ORDER = ("XXS", "XS", "S", "M", "L", "XL", "XXL")
_SIZE = (
    r"(?:an?\s+|size\s+|a\s+size\s+|us\s+|uk\s+|eu\s+)?"
    r"(?P<{0}>extra\s+small|extra\s+large|xxs|xxl|2xl|xs|xl|small|medium|med|large|s|m|l"
    r"|\d{{1,2}}(?:\.5)?)"
)
_TWO_SIZES = re.compile(
    r"\b(?:between\s+)?" + _SIZE.format("a") + r"\s+(?:and|or|&|/|n)\s+" + _SIZE.format("b") + r"\b"
)
# Asked which: "which", "should i", "would you go for", "what would you get".
_WHICH = re.compile(
    r"\b(?:which|wich|what\s+would|what\s+should|should\s+(?:i|she|he|we)|would\s+(?:you|u)|"
    r"go\s+for|recommend|advise|better)\b"
)
# "small or medium for her?": the two sizes alone, as a question, for someone.
_TWO_ALONE = re.compile(
    r"^\W*(?:so\s+|hmm+\s+|ok\s+)?" + _SIZE.format("a") + r"\s+or\s+" + _SIZE.format("b")
    + r"(?:\s+for\s+(?:her|him|me|them|my\s+\w+))?\s*\?+\s*$"
)  # fmt: skip
_SIZE_UP = re.compile(
    r"\b(?:should|do|would|shall|must)\s+(?:i|she|he|we|you)\s+(?:go\s+|need\s+to\s+)?"
    r"size\s+(?:up|down)\b|\bsize\s+up\s+or\s+(?:down|not)\b"
)
_MEASURED = re.compile(r"\b(?:chest|waist)\b")
_IN_BETWEEN = re.compile(r"\b(?:in\s+)?between\s+(?:two\s+)?sizes\b")
_ASKED = re.compile(r"\?|\b(?:which|wich|should|would|what)\b")


@dataclass(frozen=True)
class SizesWeighed:
    """The two sizes a shopper is torn between, smaller first (None when only "between sizes" or
    "should i size up?" was said)."""

    smaller: str | None = None
    larger: str | None = None


def _label(said: str) -> str:
    word = re.sub(r"\s+", " ", said.strip().lower())
    return _LETTERS.get(word, word)


def _ordered(first: str, second: str) -> tuple[str, str] | None:
    a, b = _label(first), _label(second)
    if a in _ORDER and b in _ORDER and a != b:
        return (a, b) if _ORDER.index(a) < _ORDER.index(b) else (b, a)
    if a.replace(".", "", 1).isdigit() and b.replace(".", "", 1).isdigit() and a != b:
        return (a, b) if float(a) < float(b) else (b, a)
    return None


def sizes_weighed(text: str) -> SizesWeighed | None:
    """The sizes the message is torn between and asks which to take; None when it asks no such
    thing ("do you have it in small or medium?" asks for either)."""
    lowered = text.lower()
    alone = _TWO_ALONE.search(lowered)
    found = alone or _TWO_SIZES.search(lowered)
    if found and (pair := _ordered(found["a"], found["b"])):
        between = "between" in found.group(0) or lowered[: found.start()].rstrip().endswith(
            ("between", "im", "i'm", "she's", "shes", "he's", "hes")
        )
        waist = re.search(r"\bwaist\b", lowered)
        # "m or l? chest 41", "between a medium and a large, 40 inch chest" (stranger test 93, A2).
        asked_of_the_two = lowered[found.end() :].lstrip().startswith("?")
        measured = _MEASURED.search(lowered) and (
            between or (asked_of_the_two and not _ASKS_FOR_EITHER.search(lowered))
        )
        if (
            alone
            or measured
            or ((between or waist) and _WHICH.search(lowered))
            or (_WHICH.search(lowered[found.end() :]) and not _ASKS_FOR_EITHER.search(lowered))
        ):
            return SizesWeighed(*pair)
    if _SIZE_UP.search(lowered) or (_IN_BETWEEN.search(lowered) and _ASKED.search(lowered)):
        return SizesWeighed()
    return None


# "do you have it in small or medium?", "show me small or medium": either will do.
_ASKS_FOR_EITHER = re.compile(
    r"\b(?:have|got|stock|show|find|available|come|comes|in\s+stock)\b|^\W*in\b"
)

SIZE_INTENT = "ask_size_guide"


def two_sizes_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """The size question, with its reason, for a message torn between two sizes heard as a look
    at the product or a stock check; None otherwise."""
    if intent in MAY_WEIGH_TWO_SIZES and sizes_weighed(text) is not None:
        return SIZE_INTENT, "torn between two sizes, asks which to take"
    return None


# "im usually L in jackets", "im a large usually", "I wear a medium": the wearer's letter size.
_USUAL_LETTER = re.compile(
    r"\b(?:usually|normally|typically|always|wear|i'?m|i\s+am)\s+"
    r"(?:(?:usually|normally|typically|always)\s+)?(?:an?\s+|size\s+)?"
    r"(?P<size>xxl|xl|xs|s|m|l|small|medium|large|extra\s+large)\b"
    r"(?!['’]|\s+(?:guy|man|build|frame|lad|chap|bloke|fella|person|one|ones|bag|clutch)\b)"
)


def letter_sizes_said(text: str) -> tuple[str, ...]:
    """The letter sizes a message gives as the wearer's, smaller first: the two weighed ("between
    M and L, chest 41"), or the one worn ("im usually L in jackets"); () when it gives none."""
    weighed = sizes_weighed(text)
    if weighed and weighed.smaller in _ORDER and weighed.larger in _ORDER:
        return (weighed.smaller, weighed.larger)
    worn = _USUAL_LETTER.search(text.lower())
    return (_label(worn["size"]),) if worn and _label(worn["size"]) in _ORDER else ()
