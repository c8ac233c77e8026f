"""A message that is only a person's name ("jake morris", "it's Gillian Hartley"), typed as if the
checkout had asked for it (stranger test 64, docs/nlu/stranger-test-64.md): an answer to a
question the bot never asked, never an off-topic remark nor a product."""

from __future__ import annotations

import re

from shop_nlu.entity import Entity
from shop_nlu.stop_words import says_nothing

# "my name is", "it's", "this is", "name:": the words before a name, not the name.
_LEAD_IN = re.compile(
    r"^\W*(?:(?:hi|hello|hey|ok(?:ay)?)\W+)?"
    r"(?:(?:my\s+(?:full\s+)?name\s+is|name\s*[:=]?|it'?s|its|this\s+is|i'?m|im)\s+)?",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def name_words(text: str) -> list[str]:
    """The words of a message that is only a person's name, of one to three words with no word
    that says nothing of a name ("what", "the", "please"); [] for any other message."""
    words = _LEAD_IN.sub("", text or "").strip(" .!,").split()
    if not 1 <= len(words) <= 3:
        return []
    if not all(_NAME_WORD.fullmatch(word) and not says_nothing(word) for word in words):
        return []
    return words


def only_a_name(text: str) -> bool:
    """Whether the message is only a person's name ("jake morris", "it's Ann Lee", "Tom")."""
    return bool(name_words(text))


def a_surname(text: str, entity: Entity, entities: list[Entity], everyday: frozenset[str]) -> bool:
    """Whether `entity` is a product's name word that is the surname of a message that is only a
    person's name ("Gillian Hartley", "my name is Sarah Windsor"): a person, not the Hartley Brogue
    Derby. Never "the hartley", "hartley brogue", "navy hartley", "buy hartley": the words before
    it name nothing the shop knows, nor an everyday word (`everyday`)."""
    words = name_words(text)
    if entity.entity != "product" or not 2 <= len(words) <= 3:
        return False
    if entity.text.lower() != words[-1].lower() or text.rstrip(" .!,")[entity.end :].strip():
        return False
    given = words[:-1]
    return not any(other.start < entity.start for other in entities) and not any(
        word.lower() in everyday for word in given
    )
