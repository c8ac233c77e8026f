"""Stranger test 89 A1 (docs/nlu/stranger-test-89.md, persona Dario): "hi need black dance shoes
for tango class mens sz 9 under 150" listed black men's shoes in 9 under $150 and dropped
"dance/tango" without a word. Now the list comes with what the catalog's own words say of
dancing: none of these is described as made for it."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import search

NOTE = "Nothing here is made for dancing specifically"
ASKED = [
    "hi need black dance shoes for tango class mens sz 9 under 150",
    "Black men's dancing shoes in a 9, under $150 please",
    "need black shoes for salsa lessons, mens size 9, max 150",
    "mens black shoes sz 9 under 150 to dance in",
    "black shoes for my ballroom dancing class, men's 9, under $150",
]


@pytest.mark.parametrize("text", ASKED)
def test_dancing_is_answered_under_the_shoes(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    assert "black shoes for men in size 9 under $150" in turn.text, turn.text
    assert NOTE in turn.text, turn.text


@pytest.mark.parametrize(
    "text", ["a black dress for the school dance, size 8", "black shoes for men in size 9"]
)
def test_no_note_without_dancing_in_them(chat, extractor, text):
    turn = search(chat, extractor, text)

    assert NOTE not in turn.text, turn.text
