"""A present-tense "I take", as non-native shoppers write it: "ok I take the bag from before",
"fine I take the first bag" (stranger test 25), and a colour and size taken without naming the
product, which is the one in view: "ok i take blue L", "ill take blue, size L" (stranger test 58,
docs/nlu/stranger-test-58.md, Linh #8). Read as taking the product pointed at by
shop_nlu.message_readings.says_they_take_it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from shop_nlu.entity import Entity

_I_TAKE = re.compile(
    r"^\W*(?:(?:ok|okay|so|fine|good|then|yes|yeah|right|well)\W+)*i\s+take\s+"
    r"(?:it|that|this|them|those|these|(?:the|that|this)\s+[\w'-]+)\b"
    r"(?!\s+(?:back|off|out|away|apart|you|u)\b)",
    re.IGNORECASE,
)
# "ok i take blue L", "i'll take white M pls", "ok i get blue XL", "i take the blue in L": the
# taking words, then only a colour and a size (and fillers), nothing else.
_TAKE_WORDS = re.compile(
    r"^\W*(?:(?:ok|okay|so|fine|good|then|yes|yeah|right|well)\W+)*"
    r"(?:i|i'?ll|ill|i will|i'?d)\s+(?:take|get|buy|go with|go for|have)\s+",
    re.IGNORECASE,
)
_FILLERS = frozenset(
    {"the", "a", "an", "in", "size", "one", "please", "pls", "plz", "and", "thanks"}
)


def says_i_take(text: str, entities: Iterable[Entity]) -> bool:
    """Whether `text` takes what it points at ("ok I take the first bag") or the product in view
    in a colour and size ("ok i take blue L")."""
    if _I_TAKE.search(text):
        return True
    taking = _TAKE_WORDS.search(text)
    if taking is None:
        return False
    named = [e for e in entities if e.entity in ("colour", "size") and e.start >= taking.end()]
    if not {e.entity for e in named} >= {"colour", "size"}:
        return False
    rest = list(text)
    for entity in named:
        rest[entity.start : entity.end] = " " * (entity.end - entity.start)
    words = re.findall(r"[a-z']+", "".join(rest)[taking.end() :].lower())
    return all(word in _FILLERS for word in words)
