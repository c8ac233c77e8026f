"""A feature said together with its kind in one phrase: "a shoulder bag", "a crossbody bag" (the
lexicon's feature `shoulder`, of bags). The phrase is read as the feature and the kind, so "a
shoulder bag" searches bags worn on the shoulder, never a frame evening bag or a backpack
(docs/nlu/stranger-test-90.md, B3)."""

from __future__ import annotations

import re
from dataclasses import replace

from commerce.lexicon import load_lexicon
from commerce.search import number_forms
from shop_nlu.entity import Entity

# "boots with a block heel", "not a high heel": the phrase describes a kind, names none.
_DESCRIBES = re.compile(r"\b(?:with|w/?|on|has|have|having|not|no|without)\s+(?:an?\s+|the\s+)?$")


def kind_said_in_feature_words(text: str, entities: list[Entity]) -> list[Entity]:
    """`entities` with the feature of a phrase that ends with its own kind's word ("shoulder
    bag": `shoulder`, of bags) split into the feature and the kind, when that kind is not named
    otherwise ("a shoulder bag, and do you have cufflinks?": the bags and the cufflinks)."""
    lexicon = load_lexicon()
    kinds = {name: kind for name, kind in lexicon.feature_kind.items()
             if not lexicon.kinds_with_feature.get(name)}  # fmt: skip
    named = {entity.value for entity in entities if entity.entity == "category"}
    found: list[Entity] = []
    for entity in entities:
        said = entity.text.split()
        kind = kinds.get(entity.value) if entity.entity == "feature" else None
        if (
            kind
            and kind not in named
            and not _DESCRIBES.search(text[: entity.start].lower())
            and len(said) > 1
            and said[-1].lower() in number_forms(kind)
        ):
            starts = entity.end - len(said[-1])
            found.append(replace(entity, end=starts - 1, text=" ".join(said[:-1])))
            found.append(
                replace(entity, entity="category", value=kind, start=starts, text=said[-1])
            )
        else:
            found.append(entity)
    return found
