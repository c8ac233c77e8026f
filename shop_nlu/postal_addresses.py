"""A postal address in a message typed at the checkout's address question: "88 Maple Avenue, 60614
Chicago", "unit 2B, 9 harbour rd", "SW1A 1AA London", or the address of a longer message ("can I
have it sent to her place instead? It's 17 Birch Road, 53703 Madison"). Such a message gives the
address, never asks where the shop is (docs/nlu/stranger-test-62.md, problems 1 and 2). No Rasa."""

from __future__ import annotations

import re
from collections.abc import Iterable

from shop_nlu.entity import Entity

# Never "way", "walk" or "row", which follow a number in a product's words ("4 way stretch").
_STREET_WORDS = (
    r"street|st|road|rd|avenue|ave|av|lane|ln|drive|dr|boulevard|blvd|court|ct|place|pl|"
    r"terrace|ter|crescent|cres|square|sq|parkway|pkwy|highway|hwy|circle|cir|"
    r"gardens|grove|mews|trail|trl|alley|plaza|rue|calle|via|weg|gasse|platz|allee"
)
# "88 Maple Avenue", "1200 N Lake Shore Dr", "12 Rue de Rivoli"; "Hauptstraße 5".
_STREET = re.compile(
    rf"\b\d{{1,5}}[a-z]?(?:[-/]\d{{1,5}}[a-z]?)?\s+(?:[a-z.'-]+\s+){{0,4}}?(?:{_STREET_WORDS})\b\.?"
    r"|\b[a-zäöüß-]+(?:strasse|straße|str\.|weg|gasse|platz|allee)\s+\d{1,5}[a-z]?\b",
    re.IGNORECASE,
)
_UNIT = re.compile(r"\b(?:apt|apartment|unit|flat|suite|ste)\.?\s*#?\d+[a-z]?\b|#\d+[a-z]?\b", re.I)
# Words of the request around an address, never a town's ("53703 Madison and add the flats").
_REQUEST_WORD = (
    r"and|please|pls|plz|thanks|thank|too|instead|also|as|for|by|asap|so|but|then|could|can|"
    r"would|add|dollars?|euros?|pounds?|usd|eur|gbp|bucks|pairs?|items?"
)
_TOWN_WORD = rf"(?!(?:{_REQUEST_WORD})\b)[a-z][a-z.'-]*"
# "60614 Chicago", "2000 sydney", "IL 60610", "SW1A 1AA London", "ls1 4ab".
_POSTCODE_TOWN = re.compile(rf"\b\d{{4,5}}(?:-\d{{4}})?(?:\s+{_TOWN_WORD}){{1,3}}", re.I)
_ZIP = re.compile(r"\b(?:[a-z]{2}\s+)?\d{5}(?:-\d{4})?\b", re.I)
_UK_POSTCODE = re.compile(
    rf"\b[a-z]{{1,2}}\d[a-z\d]?\s*\d[a-z]{{2}}\b(?:\s+{_TOWN_WORD}){{0,3}}", re.I
)
# A question about the shop's own place ("do you have a store at 5 Main St?").
_ABOUT_THE_SHOP = re.compile(
    r"\b(?:stores?|shops?|showroom|office|located|location|based|branch|visit|warehouse|"
    r"head ?quarters|hq)\b",
    re.IGNORECASE,
)
# Where a sentence ends ("... instead? It's 17 Birch Road"), or a colon ("instead: 17 Birch Road");
# never the full stop of "St." or "N." inside an address.
_SHORT_WORDS = ("st", "rd", "dr", "ave", "apt", "mt", "ft", "ln", "n", "s", "e", "w")
_NOT_AFTER = "".join(rf"(?<!\b{short})" for short in _SHORT_WORDS)
_CLAUSE_END = re.compile(rf"[!?;:]+\s*|{_NOT_AFTER}\.+\s+", re.IGNORECASE)
# What may come before the address in a sentence: "It's", "ship to", "send it to my sister's,".
_LEAD_IN = re.compile(
    r"\b(?:to|is|it'?s|at|address|here|ship|send|sent|deliver|post|instead|actually|please|pls)\b",
    re.IGNORECASE,
)
_REQUEST = re.compile(rf"\b(?:{_REQUEST_WORD})\b", re.IGNORECASE)


def _clauses(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for end in _CLAUSE_END.finditer(text):
        spans.append((start, end.start()))
        start = end.end()
    return [*spans, (start, len(text))]


def _pieces(clause: str) -> list[re.Match]:
    found = [
        match
        for pattern in (_STREET, _UNIT, _POSTCODE_TOWN, _ZIP, _UK_POSTCODE)
        for match in pattern.finditer(clause)
    ]
    return sorted(found, key=lambda match: match.start())


def _is_an_address(clause: str, pieces: list[re.Match]) -> bool:
    if not pieces or _ABOUT_THE_SHOP.search(clause):
        return False
    return any(piece.re in (_STREET, _POSTCODE_TOWN, _UK_POSTCODE) for piece in pieces)


def address_span(text: str) -> tuple[int, int] | None:
    """Where the one address of a message stands (start, end), or None when it gives none. Words
    before or after it stay part of it ("London SW1A 1AA", "12 Main St, Springfield") unless they
    are a lead-in ("It's", "ship to") or a request ("and add the flats too")."""
    for at, until in _clauses(text):
        clause = text[at:until]
        pieces = _pieces(clause)
        if not _is_an_address(clause, pieces):
            continue
        begin, end = pieces[0].start(), max(piece.end() for piece in pieces)
        before, after = clause[:begin], clause[end:]
        if not _LEAD_IN.search(before) and len(before.split()) <= 3:
            begin = 0
        if not _REQUEST.search(after) and len(after.split()) <= 3:
            end = len(clause)
        return at + begin, at + end
    return None


def address_given(text: str) -> str | None:
    """The address a message gives ("It's 17 Birch Road, 53703 Madison." -> "17 Birch Road, 53703
    Madison"), or None when it gives none or asks about the shop's own place."""
    span = address_span(text)
    if span is None:
        return None
    return text[span[0] : span[1]].strip(" ,.;:-")


def full_address_given(text: str) -> str | None:
    """The address a message gives when it is a whole one, a street with a postcode or a town
    after it ("It's 17 Birch Road, 53703 Madison"), never only a part ("47 Elm Street")."""
    address = address_given(text)
    if address is None:
        return None
    pieces = _pieces(address)
    street = [piece for piece in pieces if piece.re is _STREET]
    town = [piece for piece in pieces if piece.re is not _STREET and piece.re is not _UNIT]
    return address if street and town else None


def kind_added_with_it(text: str, entities: Iterable[Entity]) -> str | None:
    """The kind of product a message that gives an address also asks for ("... 53703 Madison, and
    add the flats too" -> "flats"), or None."""
    span = address_span(text)
    if span is None:
        return None
    outside = (
        entity
        for entity in entities
        if entity.entity == "category"
        and not entity.role
        and (entity.end <= span[0] or entity.start >= span[1])
    )
    return next((entity.text or entity.value for entity in outside), None)
