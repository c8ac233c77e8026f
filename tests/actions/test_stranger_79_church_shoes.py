"""Stranger test 79 (docs/nlu/stranger-test-79.md, persona A, message A1, worst problem 1).

"need brn leathr shoes sz 10.5 for church" got black patent black-tie oxfords first: the colour
abbreviation "brn" (brown) and the occasion "church" were dropped. Right: "brn" is brown, and a
church service is dressed for as the catalog's "formal" is, so brown formal shoes come first."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import listed, search, searched

CHURCH_SHOES = [
    "need brn leathr shoes sz 10.5 for church",
    "brn shoes for church pls",
    "brown leather shoes to wear to church, size 10.5",
    "need some shoes for sunday service, brn",
    "shoes for mass on sunday, brown",
    "looking for brn oxfords for my church service",
]


@pytest.mark.parametrize("text", CHURCH_SHOES)
def test_brn_is_brown_and_church_is_formal(chat, extractor, text):
    """docs/nlu/stranger-test-79.md, A1 (problem 1)."""
    read = {(e.entity, e.value) for e in extractor.extract(text)}
    assert ("colour", "brown") in read, read
    assert ("occasion", "formal") in read, read
    turn = search(chat, extractor, text)
    print(turn.shown)
    assert "formal" in (searched(turn).get("occasions") or []), searched(turn)
    assert listed(turn.shown) and "Patent" not in listed(turn.shown)[0], turn.shown


@pytest.mark.parametrize("text", ["brn belt size 38", "a belt in brn"])
def test_brn_alone_is_brown(extractor, text):
    """docs/nlu/stranger-test-79.md, A1: the abbreviation wherever it is typed."""
    assert ("colour", "brown") in {(e.entity, e.value) for e in extractor.extract(text)}
