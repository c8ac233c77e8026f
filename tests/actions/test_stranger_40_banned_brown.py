"""Stranger test 40 (docs/nlu/stranger-test-40.md, persona 1, worst problem 1): "...am not allowed
to wear my old brown suit, so I need something smart, probably charcoal or grey, I'm a 42 long"
searched "brown or charcoal or grey formal suits". The colour of a suit the shopper owns, or one
he may not wear (banned, not allowed), is never a colour to search."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import listed, search

BANNED_BROWN = [
    "Hello there! My daughter is getting married in June and apparently I, as father of the bride, "
    "am not allowed to wear my old brown suit, so I need something smart, probably charcoal or "
    "grey, I'm a 42 long",
    "charcoal or grey suit please, my old brown suit is past it",
    "i'm not allowed to wear brown, so a charcoal or grey suit",
    "the wife has banned my brown one, need a grey or charcoal suit",
    "grey suit pls, my wife banned brown",
    "a charcoal or grey suit, I've been told I can't wear my old brown suit",
]


@pytest.mark.parametrize("text", BANNED_BROWN)
def test_a_banned_or_owned_colour_is_not_searched(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    first = next(line for line in turn.text.lower().split("\n") if "found" in line)
    assert "brown or" not in first and "brown suits" not in first
    assert "grey" in first or "charcoal" in first
    assert listed(turn.text)
