"""Kinds of clothing only women wear, named by a shopper who says nothing else of whom they are
for: "a navy or charcoal trouser suit, or maybe a skirt suit ... in a size 12" and "a blouse,
white or ivory" (stranger test 95, docs/nlu/stranger-test-95.md, B1 and B3). What is asked is
hers: a gender entity "female" is added, so the search says honestly whether the shop has the
kind for women (every suit and shirt in the demo catalog is men's) and what it has for her,
never men's trousers in waist sizes. (A trouser suit is read as one suit by the lexicon's
`category_synonyms`.)"""

from __future__ import annotations

import re

from shop_nlu.entity import Entity

_WOMENS_KIND = re.compile(r"\b(?:blouses?|(?:trousers?|pants?|skirt)[\s-]?suits?|pantsuits?)\b")


def womens_kinds(lowered: str, entities: list[Entity]) -> list[Entity]:
    """`entities` with gender "female" at the first kind only women wear (a blouse, a skirt
    suit), when no gender is said; as they were otherwise."""
    said = _WOMENS_KIND.search(lowered)
    if said is None or any(entity.entity == "gender" for entity in entities):
        return entities
    # "not a blouse", "spilled wine on my blouse": no wish, so nothing said of whom it is for.
    if any(
        entity.role and entity.start < said.end() and said.start() < entity.end
        for entity in entities
    ):
        return entities
    hers = Entity("gender", "female", said.start(), said.end(), said.group(0))
    return sorted([*entities, hers], key=lambda entity: entity.start)
