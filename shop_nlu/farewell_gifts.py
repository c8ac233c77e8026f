"""A present for someone told of by a pronoun, and a workplace they leave ("gift for colegue he
leave our office friday", stranger test 58): "he" says whom the goods are for (a man), and the
office left is the occasion of the gift, not office wear asked for."""

from __future__ import annotations

import re

from shop_nlu.entity import Entity

_GIFT = re.compile(r"\b(?:gifts?|presents?)\b")
_HE = re.compile(r"\b(?:he|he's|hes|him|his)\b")
_SHE = re.compile(r"\b(?:she|she's|shes|her|hers)\b")
# "leave our office", "he's leaving the office on friday": a workplace left, told in passing.
_LEAVES = re.compile(
    r"\b(?:leave|leaves|leaving|left|quit|quits|quitting)\s+(?:our|the|my|his|her|this)\s+$"
)


def an_office_left(lowered: str, entity: Entity) -> bool:
    """Whether the office occasion found is the workplace someone leaves ("he leave our office
    friday"), not what the goods are for."""
    if entity.entity != "occasion" or entity.value != "office":
        return False
    return bool(_LEAVES.search(lowered[max(0, entity.start - 30) : entity.start]))


def recipient_by_pronoun(lowered: str, text: str, entities: list[Entity]) -> list[Entity]:
    """ "Gift for colegue he leave ...": a gender for a gift whose recipient is told of only as
    "he" (or "she"), when nothing else in the message says whom it is for."""
    if not _GIFT.search(lowered) or any(entity.entity == "gender" for entity in entities):
        return []
    he, she = _HE.search(lowered), _SHE.search(lowered)
    if bool(he) == bool(she):
        return []
    match, value = (he, "male") if he else (she, "female")
    return [Entity("gender", value, match.start(), match.end(), text[match.start() : match.end()])]
