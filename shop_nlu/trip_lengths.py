"""How long a trip lasts is no occasion: "my sister and I are doing a long weekend in Paris" was
read as the occasion "weekend" and searched weekend wear (stranger test 69,
docs/nlu/stranger-test-69.md, persona B message 1). The phrases are the lexicon's `trip_lengths`;
"something for the weekend" and "weekend shoes" stay the occasion."""

from __future__ import annotations

import re
from functools import cache

from commerce.lexicon import load_lexicon
from shop_nlu.entity import Entity


@cache
def _trip_length() -> re.Pattern[str] | None:
    phrases = sorted(load_lexicon().trip_lengths, key=len, reverse=True)
    if not phrases:
        return None
    words = "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases)
    return re.compile(rf"\b(?:{words})\b")


def a_trips_length(lowered: str, entity: Entity) -> bool:
    """Whether the occasion found lies inside words saying how long a trip lasts ("a long weekend
    in Paris", "a weekend away"), not what to wear."""
    pattern = _trip_length()
    if entity.entity != "occasion" or pattern is None:
        return False
    return any(
        match.start() <= entity.start and entity.end <= match.end()
        for match in pattern.finditer(lowered)
    )
