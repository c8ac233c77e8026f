"""What the person shopped for already wears, said to pick what goes with it (stranger test 68,
docs/nlu/stranger-test-68.md, B2): in "he mostly wears navy and grey suits, so which ties would go
with those?" the ties are the kind asked for; the suits and their colours are what he owns, never
the kind searched nor a colour the ties must be."""

from __future__ import annotations

import re
from dataclasses import replace

from shop_nlu.entity import Entity
from shop_nlu.extraction_context import OWNED_ROLE
from shop_nlu.said_in_passing import WORN_WITH_ROLE

# "he mostly wears", "my dad usually wears", "i always wear", "she only ever wears": a habit.
_WEARS = re.compile(
    r"\b(?:he|she|they|i|we|(?:my|our|his|her)\s+(?:dad|father|husband|wife|partner|boyfriend|"
    r"girlfriend|son|daughter|mum|mom|mother|brother|sister|boss|grandad|grandpa))\s+"
    r"(?:(?:mostly|usually|always|often|normally|typically|generally|mainly|only|ever|tends\s+to)"
    r"\s+)*wears?\s+"
)
# The words between "wears" and the kind worn: its colours, a describing word or two ("navy and
# grey", "dark wool"), no stop and no linking word to another wish.
_WORN_PHRASE_GAP = re.compile(
    r"^(?![^,.;!?]*\b(?:for|to|with|need|needs|want|wants|looking|a\s+size|size)\b)[^,.;!?]{0,40}$"
)
# Between the colours said together before a kind: "navy and grey", "black/white", "navy, grey".
_BETWEEN_COLOURS = re.compile(r"^\s*(?:,|/|&|and|or|-)?\s*$")


def mark_worn_already(lowered: str, entities: list[Entity]) -> list[Entity]:
    """Give the role "owned" to the kind (and what describes it) after "he mostly wears", when
    the message asks for another kind: "he wears grey suits mostly, need a tie"."""
    owned: set[int] = set()
    for match in _WEARS.finditer(lowered):
        kind = next(
            (
                index for index, entity in enumerate(entities)
                if entity.entity == "category" and entity.start >= match.end()
            ),
            None,
        )  # fmt: skip
        if kind is None or not _WORN_PHRASE_GAP.match(lowered[match.end() : entities[kind].start]):
            continue
        others = [
            e for i, e in enumerate(entities)
            if i != kind and e.entity == "category" and e.role is None
        ]  # fmt: skip
        if not others:
            continue
        owned |= {
            index for index, entity in enumerate(entities[: kind + 1])
            if entity.start >= match.end() and entity.role is None
            and entity.entity in ("colour", "category", "feature", "brand")
        }  # fmt: skip
    return [
        replace(entity, role=OWNED_ROLE) if index in owned else entity
        for index, entity in enumerate(entities)
    ]


def mark_colours_of_what_it_goes_with(lowered: str, entities: list[Entity]) -> list[Entity]:
    """Give the role "owned" to the colours said right before a kind the goods only go with or
    that is owned ("a shirt that goes with grey trousers", "ties for navy and grey suits"): the
    colours of that one, not of the goods asked for."""
    owned: set[int] = set()
    for index, entity in enumerate(entities):
        if entity.entity != "category" or entity.role not in (OWNED_ROLE, WORN_WITH_ROLE):
            continue
        after = entity.start
        for before in range(index - 1, -1, -1):
            colour = entities[before]
            if colour.entity != "colour" or not _BETWEEN_COLOURS.match(lowered[colour.end : after]):
                break
            if colour.role is None:
                owned.add(before)
            after = colour.start
    return [
        replace(entity, role=OWNED_ROLE) if index in owned else entity
        for index, entity in enumerate(entities)
    ]


# "something that goes with red", "shoes to go with red?", "to match red": a colour named alone
# as what the goods go with (stranger test 77, B3), never a colour they must be: "we have to wear
# white or navy", "i'd go navy" want it ("with" after any verb but "match").
_GOES_WITH_BEFORE = re.compile(
    r"\b(?:(?:go|goes|going|pair|pairs|paired|wear|wearing|worn)\s+(?:well\s+|nicely\s+)?"
    r"(?:with\s+|w/\s*)|(?:match|matches|matching)\s+(?:well\s+|nicely\s+)?(?:with\s+|w/\s*)?)"
    r"(?:my\s+|the\s+|her\s+|your\s+)?$"
)
# After the colour: the end of the clause, or another colour ("goes with red and gold").
_NO_KIND_AFTER = re.compile(
    r"^\s*(?:$|[,.;!?)]|(?:and|or|&|/|pl[sz]|please|tho|though|thanks|thx|too)\b|-?ish\b)"
)


def mark_colour_it_goes_with(lowered: str, entities: list[Entity]) -> list[Entity]:
    """Give the role "worn_with" to a colour said alone after "goes with" ("a jacket that goes
    with red?"); before a kind ("goes with my red dress") that kind's colours are marked by
    `mark_colours_of_what_it_goes_with`."""
    marked: set[int] = set()
    for index, entity in enumerate(entities):
        if entity.entity != "colour" or entity.role is not None:
            continue
        before = re.split(r"[.!?;,]", lowered[max(0, entity.start - 40) : entity.start])[-1]
        if _GOES_WITH_BEFORE.search(before) and _NO_KIND_AFTER.match(lowered[entity.end :]):
            marked.add(index)
    return [
        replace(entity, role=WORN_WITH_ROLE) if index in marked else entity
        for index, entity in enumerate(entities)
    ]
