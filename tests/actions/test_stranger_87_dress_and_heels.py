"""docs/nlu/stranger-test-87.md, stranger 87 B1 (worst problem 1): "Hi there! I'm finishing my
master's and my graduation ceremony is on December 12th. I'm looking for a white or cream dress in
size M, ideally under $200, and also some comfortable block heels in size 7 that I can stand in for
a few hours." was searched as one search, "white or cream comfortable block heel dresses in size 7
under $200": "block heels" was read as a heel style only, so the heels were never a kind of their
own, size M was dropped and every dress was "not in size 7". Right: the dresses in white or cream,
size M, under $200; the heels kept for next, comfortable, with a block heel, in size 7, with a
button that searches them so."""

from __future__ import annotations

import json

import pytest

from tests.actions.conversation_driver import listed, search

DRESS_AND_HEELS = [
    "Hi there! I'm finishing my master's and my graduation ceremony is on December 12th. I'm "
    "looking for a white or cream dress in size M, ideally under $200, and also some comfortable "
    "block heels in size 7 that I can stand in for a few hours.",
    "white or cream dress size M under $200, and comfy block heels in size 7",
    "hi!! looking for a white dress in M for my graduation, under 200, plus some comfortable block "
    "heels in a size 7 pls",
    "I need a cream dress in a medium under $200 and also block heels size 7 I can stand in",
    "graduation on dec 12. white or cream dress, size M, max $200. also comfortable block heels, "
    "size 7",
]


def _heading(shown: str) -> str:
    """The line that says what was searched ("I found 2 white or cream dresses ...")."""
    return next(
        line for line in shown.splitlines() if "dresses" in line and "start with" not in line
    )


def _heels_button(turn) -> dict:
    buttons = [b for b in turn.buttons if '"heels"' in b["payload"]]
    assert buttons, turn.buttons
    return json.loads(buttons[0]["payload"].removeprefix("/search_products"))


@pytest.mark.parametrize("text", DRESS_AND_HEELS)
def test_the_dresses_keep_their_own_colour_size_and_budget(chat, extractor, text):
    """B1: the first search is the dresses, in white or cream, size M, under $200."""
    turn = search(chat, extractor, text)
    print(turn.shown)

    assert listed(turn.shown), turn.shown
    heading = _heading(turn.shown)
    assert "dresses" in heading and "size M" in heading and "under $200" in heading, turn.shown
    assert (
        ("white" in heading or "cream" in heading) and "7" not in heading and "heel" not in heading
    ), heading
    assert "heel dresses" not in turn.shown and "block heel dress" not in turn.shown, turn.shown
    assert "not in size 7" not in turn.shown and "dresses in size 7" not in turn.shown, turn.shown


@pytest.mark.parametrize("text", DRESS_AND_HEELS)
def test_the_block_heels_in_7_are_kept_for_next_with_a_button(chat, extractor, text):
    """B1: the heels are never lost: said as the next step, in size 7, with a button for them."""
    turn = search(chat, extractor, text)

    later = next(line for line in turn.shown.splitlines() if "ask me for the" in line)
    assert "heels" in later and "block heel" in later, later
    assert "size 7" in later, later
    payload = _heels_button(turn)
    assert payload["size"] == "7" and "block heel" in payload["feature"], payload
    assert "colour" not in payload, payload  # white or cream was said of the dress


TWO_KINDS_EACH_WITH_ITS_OWN = [
    ("a red dress in S and black heels in 8", "size S", "8", "black"),
    ("need a navy dress size L and black block heels size 6.5", "size L", "6.5", "black"),
    ("Could you find me a green dress in medium for a wedding, and also some beige heels, I'm a "
     "7.5?", "size M", "7.5", "beige"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "dress_size", "heel_size", "heel_colour"), TWO_KINDS_EACH_WITH_ITS_OWN
)
def test_each_kind_keeps_the_size_and_colour_said_with_it(
    chat, extractor, text, dress_size, heel_size, heel_colour
):
    """B1, other phrasings: each size and colour goes with the kind it is said next to."""
    turn = search(chat, extractor, text)
    print(turn.shown)

    heading = _heading(turn.shown)
    assert "dresses" in heading and dress_size in heading and heel_colour not in heading, heading
    assert f"dresses in size {heel_size}" not in turn.shown, turn.shown
    payload = _heels_button(turn)
    assert payload["size"] == heel_size, payload
    assert payload.get("colour") == [heel_colour], payload


TROUSERS_AND_TEE = [
    "need jeans 32w and a white tee in L",
    "I need some jeans, waist 32, and also a white t-shirt in a large",
    "jeans in 32 plus a white tee size L pls",
]


@pytest.mark.parametrize("text", TROUSERS_AND_TEE)
def test_the_tee_keeps_its_white_and_its_l(chat, extractor, text):
    """B1, other phrasings: white and L are the tee's, kept for its search, never the jeans'."""
    turn = search(chat, extractor, text)
    print(turn.shown)

    trousers = next(line for line in turn.shown.splitlines() if "trousers" in line)
    assert "size 32" in trousers and "white" not in trousers and "size L" not in trousers, trousers
    later = next(line for line in turn.shown.splitlines() if "casual shirts" in line)
    assert "white in size L" in later, later
    payload = next(
        json.loads(b["payload"].removeprefix("/search_products"))
        for b in turn.buttons
        if "shirts" in b["payload"]
    )
    assert payload["size"] == "L" and payload["colour"] == ["white"], payload
