"""What a product is made of or has, said to narrow a search: "smth sparkly or velvet?? im a uk 12
idk what that is here", "velvet ones in a uk 14" (stranger test 35, docs/nlu/stranger-test-35.md,
worst problem 2). No Rasa here; shop_nlu/resolution.py weighs the reading, and the search action
reads which features are alternatives.

A message that names features (catalog/lexicon.yml `features`) and no kind of product, product or
brand asks for the products on screen that have them. The classifier hears the chat around them
("idk what that is here") as unsure, or as a size question when a size is said too; it is a
refinement either way. Features joined by "or" are alternatives ("sparkly|velvet"), as colours
are: either will do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from shop_nlu.entity import Entity
from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, SEARCH_INTENT

REFINE_INTENT = "refine_search"
# "sparkly|velvet": a product with either fits (commerce/search/query.py FEATURE_ALTERNATIVES).
FEATURE_ALTERNATIVES = "|"
# Unsure, or a size question: what such a message may be heard as when it also gives a size
# ("sequins or velvet, im a uk 14 idk the us size": the size guide 0.62).
MAY_NARROW_WITH_A_SIZE = frozenset(
    {FALLBACK_INTENT, OUT_OF_SCOPE_INTENT, "ask_size_guide", "state_size"}
)
# "is velvet true to size? im a uk 12": a question about fit, not a refinement.
_ASKS_ABOUT_FIT = re.compile(
    r"\b(?:fit|fits|fitting|runs?|true to size|tight|loose|stretchy|size up|size down)\b", re.I
)
# Entities that name what to find by themselves: with one of them it is a search of its own.
_NAMES_WHAT = frozenset({"category", "product", "product_handle", "brand", "ordinal"})
# What joins two features either of which will do: "sparkly or velvet", "sequin/velvet".
_OR_BETWEEN = re.compile(r"^\s*,?\s*(?:or|/)\s*(?:(?:maybe|even|just|smth|something|some)\s+)?$")


def _said(entities: Iterable[Entity]) -> tuple[list[Entity], set[str]]:
    entities = [entity for entity in entities if entity.role is None]
    return [e for e in entities if e.entity == "feature"], {e.entity for e in entities}


def narrows_by_features(
    intent: str, text: str, entities: Iterable[Entity], scores: Mapping[str, float] | None
) -> bool:
    """Whether a message only names features (and perhaps a size or colour) to narrow the search:
    heard as unsure between a search and a refinement, or as unsure or a size question while a
    size is given too."""
    features, named = _said(entities)
    if not features or named & _NAMES_WHAT or _ASKS_ABOUT_FIT.search(text):
        return False
    if "size" in named and intent in MAY_NARROW_WITH_A_SIZE:
        return True
    ranked = sorted((scores or {}).items(), key=lambda item: item[1], reverse=True)[:2]
    return intent == FALLBACK_INTENT and {name for name, _ in ranked} == {
        SEARCH_INTENT,
        REFINE_INTENT,
    }


def features_either(text: str, entities: Iterable[Entity]) -> tuple[str, ...] | None:
    """The features a message names, those joined by "or" as one ("sparkly or velvet" ->
    ("sparkly|velvet",)); None when it joins none so."""
    features = sorted(_said(entities)[0], key=lambda entity: entity.start)
    groups: list[list[str]] = []
    joined = False
    for before, feature in zip([None, *features], features, strict=False):
        if before is not None and _OR_BETWEEN.match(text[before.end : feature.start].lower()):
            if feature.value not in groups[-1]:
                groups[-1].append(feature.value)
            joined = True
        elif not any(feature.value in group for group in groups):
            groups.append([feature.value])
    if not joined:
        return None
    return tuple(dict.fromkeys(FEATURE_ALTERNATIVES.join(group) for group in groups))
