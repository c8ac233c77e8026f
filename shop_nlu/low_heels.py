"""Shoes asked for low: "Nothing too high mind, my knees won't have it", "low heel please", "flat
ones", "not high heels" (stranger test 38, docs/nlu/stranger-test-38.md, worst problem 3). What
goes with a dress then puts flats and the lowest heels first (commerce/heel_heights.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from commerce.lexicon import load_lexicon
from commerce.search import category_types
from shop_nlu.entity import Entity

LOW_HEEL = "low heel"

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


# "low heels", "kitten heels", "low-heeled shoes": the shoes themselves, heels with a low heel (the
# lexicon's `feature_kind` adds flats where flats are said too); "boots with a low heel", "a low
# heel or flats", "shoes, low heel pls" keep the kind said (stranger tests 79, B1, and 76, B3).
_LOW_BEFORE = re.compile(r"\b(?:low(?:er)?|kitten)[- ]?$")
_HEELS_THEMSELVES = re.compile(r"heels$|heel(?:ed)?\s+(?:shoes|pumps)$")
_OF_ANOTHER_KIND = re.compile(r"\b(?:with|w/|has|have|having|on)\s+(?:an?\s+|the\s+)?$")


def low_heels_as_shoes(lowered: str, entities: list[Entity]) -> list[Entity]:
    """One reading of "low heels" wherever it is said: the kind heels with the feature low heel.
    "Low-heeled shoes" (heeled shoes after "low-") gains the feature; "low heels" alone (a feature)
    gains the kind, unless another kind of shoe is asked for in the message. So do "block heels"
    beside "a white dress": heels, a kind of their own (stranger test 87, B1)."""
    shoes = category_types("shoes") - {"heels", "shoes", "shoe"}
    styles = {name for name, kind in load_lexicon().feature_kind.items() if kind == "heels"}
    other_shoes = any(e.entity == "category" and category_types(e.value) & shoes for e in entities)
    found: list[Entity] = []
    for entity in entities:
        found.append(entity)
        said = lowered[entity.start : entity.end]
        if entity.entity == "category" and entity.value == "heels" and entity.role is None:
            low = _LOW_BEFORE.search(lowered, 0, entity.start)
            if low and not any(e.value == LOW_HEEL for e in entities):
                start = low.start()
                found.append(replace(entity, entity="feature", value=LOW_HEEL, start=start,
                                     text=lowered[start : entity.end]))  # fmt: skip
        elif (
            entity.entity == "feature" and entity.value in styles and entity.role is None
            and _HEELS_THEMSELVES.search(said) and not other_shoes
            and not _OF_ANOTHER_KIND.search(lowered, max(0, entity.start - 12), entity.start)
            and not any(e.entity == "category" and e.value == "heels" for e in entities)
        ):  # fmt: skip
            found.append(replace(entity, entity="category", value="heels"))
    return sorted(found, key=lambda e: e.start)
