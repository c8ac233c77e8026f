"""A colour the shopper fears on themselves (stranger test 85, docs/nlu/stranger-test-85.md, B2):
"does it come in green because I think red might clash with my hair?" asks about green; red is
the colour to avoid, never the one asked. Read right after the colour, in the same clause, so
"red or green dress" or "does red suit a wedding" stay wishes and questions."""

from __future__ import annotations

import re

from shop_nlu.entity import Entity

_FEARED_AFTER = re.compile(
    r"^(?:\s+(?:just|really|would|might|may|could|will|can|does|do|always|totally|probably|"
    r"honestly|kind\s+of|kinda|tends?\s+to|seems?\s+to))*\s*"
    r"(?:\s(?:clash(?:es)?|clashing|wash(?:es)?\s+me\s+out|makes?\s+me\s+look\s+(?:pale|washed"
    r"|ill|sick|ghostly|awful)|looks?\s+(?:awful|terrible|horrible|bad|wrong)\s+on\s+me)"
    r"|\s*(?:(?:'s|’s|\s+is)\s+(?:not|never)|\s+isn'?t|\s+isnt|\s+ain'?t)(?:\s+(?:really|"
    r"just|definitely|so|quite|exactly))*\s+(?:my|a)\s+(?:colou?r|shade)"
    r"|\s+(?:doesn'?t|doesnt|does\s+not|don'?t|dont|do\s+not|never)\s+(?:really\s+)?"
    r"(?:suit|flatter|work\s+(?:on|for))\s+me)\b"
)


def a_colour_feared(after: str) -> bool:
    """Whether the words right after a colour (`after`, lowercased) say it is one to avoid on
    the shopper: "red might clash with my hair", "red isnt my colour", "red washes me out",
    "red doesn't suit me"."""
    return _FEARED_AFTER.match(after) is not None


# "red doesn't suit me", "would green suit her?": the verb, not a suit ("the dearest suit you
# have", "a suit her size" are suits).
_SUIT_AS_A_VERB_AFTER = re.compile(
    r"^\s+(?:me|him|us|you(?!\s*(?:'ve|have|got|sell|stock|carry|do|guys|offer|had|can|could)\b)"
    r"|her(?!\s+(?:size|dad|father|husband|brother|son|partner|boyfriend)\b))\b"
)


def suit_as_a_verb(lowered: str, entity: Entity) -> bool:
    """Whether a kind found is the verb "suit" ("red doesnt really suit me"), no suit asked for."""
    return (
        entity.entity == "category"
        and lowered[entity.start : entity.end] in ("suit", "suits")
        and _SUIT_AS_A_VERB_AFTER.match(lowered[entity.end :]) is not None
    )
