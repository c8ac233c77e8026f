"""Stranger test 68 (docs/nlu/stranger-test-68.md, persona A Ramon, A2/A3, worst problem 6):
"need dark jeans for me, maybe 32?" and "ok what dark pants u have then" listed beige linen
trousers and dropped the waist 32.

"Dark" is the dark colours (catalog/lexicon.yml); jeans are not sold, so the nearest trousers are
shown, in dark colours; the waist said is kept for the next search."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import listed, search, searched

DARK = {"black", "navy", "charcoal"}

DARK_TROUSERS = [
    "need dark jeans for me, maybe 32? not sure US size",  # his words, A2
    "ok what dark pants u have then",  # A3
    "any dark trousers? 32 waist",
    "show me some darker chinos pls",
    "dark jeans 32 pls",
    "I'd like trousers in something dark, size 32",
]


@pytest.mark.parametrize("text", DARK_TROUSERS)
def test_dark_trousers_are_in_dark_colours(chat, extractor, text):
    """docs/nlu/stranger-test-68.md, messages A2 and A3."""
    turn = search(chat, extractor, text)

    print(turn.text)
    query = searched(turn)
    assert set((query.get("colour") or "").split("|")) == DARK, query
    shown = listed(turn.text)
    assert shown, turn.text
    # each one listed in a dark colour, said first
    firsts = [line.rsplit("(", 1)[1].split(",")[0].strip(" )").lower() for line in shown]
    assert set(firsts) <= DARK, shown


def test_the_waist_said_with_jeans_carries_to_dark_pants(chat, extractor):
    """docs/nlu/stranger-test-68.md, A2 then A3: the 32 is kept, and so is "dark"."""
    first = search(chat, extractor, "need dark jeans for me, maybe 32? not sure US size")
    print(first.text)
    assert "jeans" in first.text.lower()  # told they are not sold
    assert searched(first).get("size") == "32", searched(first)

    turn = search(chat, extractor, "ok what dark pants u have then", "refine_search")

    print(turn.text)
    query = searched(turn)
    assert query.get("size") == "32", query
    assert set((query.get("colour") or "").split("|")) == DARK, query
    assert "Riviera Linen" not in turn.text or "Beige" not in turn.text


@pytest.mark.parametrize(
    "text",
    ["brown or maybe dark tan belt", "something to wear after dark, a jacket", "dark brown shoes"],
)
def test_dark_before_a_colour_or_as_a_time_is_no_colour_group(chat, extractor, text):
    turn = search(chat, extractor, text)

    assert "charcoal" not in (searched(turn).get("colour") or ""), searched(turn)
