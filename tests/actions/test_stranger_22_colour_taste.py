"""Stranger test 22 (docs/nlu/stranger-test-22.md, persona nana 2-3, worst problem 8): "he likes
black stuff. all black everything his mum says", then "what about a jacket? nothing too dear,
under 120 if possible" listed navy and blue blazers first: the black was dropped.

A colour said as the person's taste carries into the next search for them until another colour
is named, and the reply says it ("black jackets")."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import search


@pytest.mark.parametrize(
    "taste",
    [
        "he likes black stuff. all black everything his mum says",
        "he only wears black",
        "my grandson loves black, everything black",
        "hes really into black clothes",
        "his favourite colour is black",
    ],
)
def test_a_colour_said_as_his_taste_carries_into_the_jacket_search(chat, extractor, taste):
    search(chat, extractor, "my grandson turns 16 next week, something nice for him")
    search(chat, extractor, taste)

    turn = search(chat, extractor, "what about a jacket? nothing too dear, under 120 if possible")

    print(turn.text)
    assert "black" in turn.text.lower().split("\n")[0], "the first line says black"
    first = next(line for line in turn.text.split("\n") if line.startswith("1. "))
    assert "Black" in first and "not in black" not in first, "a black one first"


def test_another_colour_named_later_replaces_the_taste(chat, extractor):
    search(chat, extractor, "he likes black stuff. all black everything his mum says")
    turn = search(chat, extractor, "what about a navy jacket")

    print(turn.text)
    assert "black" not in turn.text.lower().split("\n")[0]
