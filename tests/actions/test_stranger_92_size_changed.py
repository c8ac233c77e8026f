"""docs/nlu/stranger-test-92.md, A2 (worst problem 2): a size changed midway was ignored.

"need new sneakers mine r falling apart lol. white, size 9, cheap pls under $80" found the Falcon
High-Top; "actualy make it 9.5 they run small rite?" showed the same list again, still headed
"white sneakers in size 9 under $80" (the "9" of "9.5" was read as a quantity). Right: the
search redone in 9.5 ("make it 9.5", "actually 9.5", "can u do 8.5 instead" change the size of the
search), and "they run small?" still answered from the catalog's sizing note."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import say_as_heard, search

A1 = "need new sneakers mine r falling apart lol. white, size 9, cheap pls under $80"
A2 = "actualy make it 9.5 they run small rite?"
SEARCHES = {"refine_search": ActionSearchProducts, "search_products": ActionSearchProducts}
SIZING_NOTE = "Unisex sizing in men's US sizes"


def sneakers_in_9(chat, extractor) -> None:
    found = search(chat, extractor, A1)
    assert found.text.startswith("I found one match for white sneakers in size 9 under $80")


def header(turn) -> str:
    return turn.shown.splitlines()[0]


def test_a2_the_search_is_redone_in_9_5_with_the_sizing_note(chat, extractor):
    sneakers_in_9(chat, extractor)

    turn = say_as_heard(chat, extractor, SEARCHES, "refine_search", A2, confidence=0.82)

    print(turn.shown)
    assert "white sneakers in size 9.5 under $80" in header(turn), turn.shown
    assert "Falcon High-Top" in turn.shown
    assert SIZING_NOTE in turn.shown, turn.shown


@pytest.mark.parametrize(
    ("text", "size"),
    [
        (A2, "9.5"),
        ("make it 9.5", "9.5"),
        ("actually 9.5", "9.5"),
        ("actualy 9.5 pls", "9.5"),
        ("go with a 9.5 instead", "9.5"),
        ("change to size 10", "10"),
        ("can u do 8.5 instead", "8.5"),
        ("hmm make that a 10.5", "10.5"),
        ("switch it to 9.5", "9.5"),
        ("actually 10 instead", "10"),
    ],
)
def test_a_new_size_said_midway_changes_the_search(chat, extractor, text, size):
    sneakers_in_9(chat, extractor)

    turn = say_as_heard(chat, extractor, SEARCHES, "refine_search", text, confidence=0.6)

    print(turn.shown)
    assert f"size {size}" in header(turn), turn.shown
    assert "size 9 " not in header(turn), turn.shown
    assert "didn't understand" not in turn.shown
