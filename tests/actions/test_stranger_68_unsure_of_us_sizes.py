"""Stranger test 68 (docs/nlu/stranger-test-68.md, persona A Ramon, message A2): "need dark jeans
for me, maybe 32? not sure US size" listed trousers and left his doubt about US sizes unanswered.
A search that says it is unsure of our sizes gets, under the list, how the kind listed is sized
here and the size guide, honestly (no guess at his size)."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import listed, search

UNSURE = [
    "need dark jeans for me, maybe 32? not sure US size",  # his words, A2
    "dark trousers please, i dont know US sizes",
    "trousers for me, not sure about american sizing",
    "some chinos, no idea what my US size is",
    "pants for work, unsure of the US sizes",
]


@pytest.mark.parametrize("text", UNSURE)
def test_unsure_of_us_sizes_gets_how_the_kind_is_sized(chat, extractor, text):
    """docs/nlu/stranger-test-68.md, message A2 ("not sure US size")."""
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert listed(turn.text)
    assert "by waist size in inches" in turn.shown
    assert "won't guess" not in turn.shown  # nothing from abroad to convert
    assert any(b["title"] == "Size guide" for b in turn.buttons)


def test_a_search_with_no_doubt_gets_no_size_note(chat, extractor):
    turn = search(chat, extractor, "need dark jeans for me, maybe 32?")

    assert "by waist size" not in turn.shown
