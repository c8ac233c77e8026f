"""One colour ruled out and another welcomed in the same breath (stranger test 61, DJ #4,
docs/nlu/stranger-test-61.md: "not white, grey ok" ruled grey out with white and searched white
sneakers "not in white or grey"). A colour the words right after it welcome ("grey ok", "grey is
fine", "grey would do") is wanted even after a ruled-out colour and a comma; a colour the word
right after it refuses ("white no. grey?", "white nope") is ruled out."""

from __future__ import annotations

import re
from dataclasses import replace

from shop_nlu.entity import Entity

# Right after the colour: "ok", "is fine", "'s fine", "would be ok", "works", "will do", "is good".
_WELCOME_AFTER = re.compile(
    r"^(?:\s+(?:is|are|would|will|could|should|be|also|too|totally|just|then))*(?:['’]s)?\s*"
    r"(?:ok(?:ay)?|o\.k\.?|k|fine|good|great|works?|will\s+do|would\s+do|does\s+it|"
    r"(?:is\s+)?alright|all\s+right|no\s+problem|np|perfect|cool)\b"
)
# Between the ruled-out colour and the welcomed one: a comma or a stop, not "or" ("not white or
# grey ok?" stays both ruled out).
_CLAUSE_BREAK = re.compile(r"^\s*(?:[,;.!/-]|\s-\s)\s*(?:but\s+|then\s+|though\s+)?$")
# Right after the colour: "no", "nope", "nah" closing its clause ("white no. grey?").
_REFUSED_AFTER = re.compile(r"^\s*[,-]?\s*(?:no+|nope|nah|not)\s*(?:[.,!;?]|$)")


def mark_colour_swaps(lowered: str, entities: list[Entity]) -> list[Entity]:
    """Colours welcomed after a ruled-out one lose the role "excluded"; colours refused by the word
    right after them gain it. Other entities are kept as they are."""
    marked: list[Entity] = []
    for entity in entities:
        if entity.entity == "colour":
            after = lowered[entity.end :]
            previous = next((e for e in reversed(marked) if e.entity == "colour"), None)
            if (
                entity.role == "excluded"
                and previous is not None
                and previous.role == "excluded"
                and _CLAUSE_BREAK.match(lowered[previous.end : entity.start])
                and _WELCOME_AFTER.match(after)
            ):
                entity = replace(entity, role=None)
            elif entity.role is None and _REFUSED_AFTER.match(after):
                entity = replace(entity, role="excluded")
        marked.append(entity)
    return marked
