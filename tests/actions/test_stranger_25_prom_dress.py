"""Stranger test 25 (docs/nlu/stranger-test-25.md, persona 1, the prom mother, worst problem 5 and
the minor ones of message 2): "she's 16 so nothing too revealing please" was dropped without a
word; "she wears a small, likes navy or emerald green. budget is around 200" did not say size S,
read "navy or emerald or green" (emerald green is one colour), and its third closest dress was in
neither colour without saying so.

What the catalog can't filter by is said ("I can't filter by how revealing a dress is"), never
silently dropped and never guessed; a size said as hers is applied and said; "emerald green" is
one colour; a closest pick in none of the colours asked says so."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import listed, search

DRESS = (
    "hi! my daughter has her prom in two weeks and i'm trying to find her a dress, she's 16 so "
    "nothing too revealing please"
)


@pytest.mark.parametrize(
    "text",
    [
        DRESS,
        "prom dress for my 16 yr old, something modest please",
        "looking for a prom dress for my daughter, not too revealing",
        "need a dress for prom, nothing too skimpy, she's only 16",
        "a modest dress for prom pls",
    ],
)
def test_not_too_revealing_is_said_to_be_beyond_the_catalog(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    assert listed(turn.text), "the prom dresses are still listed"
    note = turn.text.lower()
    assert "can't filter by how revealing" in note, "said, never dropped"
    assert "modest" not in note.replace(text.lower(), ""), "no dress is called modest"


@pytest.mark.parametrize("text", ["a black dress for prom", "prom dress, size S, under 300"])
def test_no_note_when_nothing_about_coverage_is_said(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    assert "revealing" not in turn.text


@pytest.mark.parametrize(
    "text",
    [
        "she wears a small, likes navy or emerald green. budget is around 200",
        "she's a small, likes navy or emerald green, around 200",
        "size small, navy or emerald green, budget 200",
        "she usually wears a small. navy or emerald green pls, about 200 max",
        "she wears a small and likes emerald green or navy, budget around 200",
    ],
)
def test_her_size_and_colours_are_applied_and_said(chat, extractor, text):
    search(chat, extractor, DRESS)

    turn = search(chat, extractor, text)

    print(turn.text)
    heading = turn.text.splitlines()[0]
    assert (chat.slots["search_query"].get("size") or "").upper() == "S"
    assert "size S" in heading, heading
    assert "emerald or green" not in heading, "emerald green is one colour"
    assert set(chat.slots["search_query"]["colour"].split("|")) == {"navy", "emerald"}


def test_a_closest_dress_in_neither_colour_says_so(chat, extractor):
    search(chat, extractor, DRESS)

    turn = search(
        chat, extractor, "she wears a small, likes navy or emerald green. budget is around 200"
    )

    print(turn.text)
    for line in listed(turn.text):
        colours = line.rsplit("(", 1)[-1]
        if "Navy" not in colours and "Green" not in colours:
            assert "not in navy or emerald" in line.lower(), line
