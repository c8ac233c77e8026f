"""Sizes told together, each with the kind it is said with: "I'm a 42R in the jacket, 34 waist and
a 10.5 in shoes", "jacket 44R, trousers 36, shoes 11", "a 40 long, 32 waist, 9 shoe". Each size
goes with its own kind, not all with the kind searched (docs/nlu/stranger-test-71.md, B1)."""

from __future__ import annotations

import re
from dataclasses import replace

from shop_nlu.entity import Entity
from shop_nlu.said_in_passing import SIZED_ROLE

# "42R in the jacket", "a 10.5 in shoes", "9 shoe": the size, then the kind it is told in.
_SIZE_THEN_KIND = re.compile(r"^\s*(?:(?:in|for)\s+(?:my\s+|your\s+|the\s+|a\s+|an\s+)?)?$")
# "jacket 44R", "shoes 11", "trousers: 36": the kind, then its size.
_KIND_THEN_SIZE = re.compile(r"^\s*[:=]?\s*(?:size\s+)?$")
# "34 waist", "waist 34", "collar 16": a size whose word says what it measures.
_MEASURE_AFTER = re.compile(r"^\s?(?:inch\s+|in\s+|\"\s*)?(waist|collar|neck)\b")
_MEASURE_BEFORE = re.compile(r"\b(waist|collar|neck)(?:\s+size)?\s*[:=]?\s*$")
# The word for what a size measures, as `kind_words_of_sizes` gives it.
WAIST, COLLAR = "waist", "collar"


def kind_words_of_sizes(lowered: str, entities: list[Entity]) -> list[tuple[Entity, str | None]]:
    """Each size of the message with the word of the kind it is told with: the value of a kind
    said right by it ("42R in the jacket", "shoes 11"), WAIST or COLLAR ("34 waist"), or None."""
    kinds = [e for e in entities if e.entity == "category"]
    told = []
    for size in (e for e in entities if e.entity == "size"):
        word = next(
            (k.value for k in kinds
             if k.start >= size.end and _SIZE_THEN_KIND.match(lowered[size.end : k.start])),
            None,
        ) or next(
            (k.value for k in kinds
             if k.end <= size.start and _KIND_THEN_SIZE.match(lowered[k.end : size.start])),
            None,
        )  # fmt: skip
        if word is None and (
            measure := _MEASURE_AFTER.match(lowered[size.end :])
            or _MEASURE_BEFORE.search(lowered[: size.start])
        ):
            word = COLLAR if measure.group(1) in ("collar", "neck") else WAIST
        told.append((size, word))
    return told


def mark_kinds_told_with_sizes(lowered: str, entities: list[Entity]) -> list[Entity]:
    """Give the role "sized" to the kinds named only with a size told in them ("a suit, jacket
    44R, shoes 11": the suit is searched; the jacket and the shoes only carry his sizes), when
    two sizes or more are told each with its kind and another kind is asked for plainly."""
    told = kind_words_of_sizes(lowered, entities)
    if sum(1 for _, word in told if word) < 2:
        return entities
    said_with = {
        index
        for index, entity in enumerate(entities)
        if entity.entity == "category"
        and entity.role is None
        and any(
            size.end <= entity.start
            and _SIZE_THEN_KIND.match(lowered[size.end : entity.start])
            or entity.end <= size.start
            and _KIND_THEN_SIZE.match(lowered[entity.end : size.start])
            for size, _ in told
        )
    }
    if not any(
        e.entity == "category" and e.role is None and i not in said_with
        for i, e in enumerate(entities)
    ):
        return entities
    return [
        replace(entity, role=SIZED_ROLE) if index in said_with else entity
        for index, entity in enumerate(entities)
    ]
