"""Stranger test 63 (docs/nlu/stranger-test-63.md, persona Dani, worst problem 4): "hey need
womens blazr black or navy sz m" got three men's blazers, each "not for women", with nothing
said of what the shop has for women (the README: a gender is never silently swapped, "never men's
blazers").

Every blazer in the shop is for men: the reply says first that we have no blazers for women, then
the kinds we have for her (in her size when any is), as buttons; no men's blazer is listed."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import listed, search

WOMENS_BLAZER = [
    "hey need womens blazer black or navy sz m",
    "women's blazer in M, black or navy, under $100, by Monday",
    "do you have blazers for women? size medium",
    "Looking for a ladies blazer for my new job, navy please",
    "blazer for my wife, size M, black",
    "womens navy blazer",
]


@pytest.mark.parametrize("text", WOMENS_BLAZER)
def test_no_womens_blazer_is_said_first_with_what_she_can_have(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.shown)
    first = turn.shown.splitlines()[0]
    assert "don't have blazers for women" in first, turn.shown
    assert not listed(turn.shown) and "not for women" not in turn.shown
    buttons = [b["title"].lower() for m in turn.messages for b in m.get("buttons") or []]
    assert buttons and not any("blazer" in b for b in buttons), buttons
    assert any(kind in " ".join(buttons) for kind in ("dresses", "heels", "flats")), buttons


@pytest.mark.parametrize(
    "text", ["navy blazer for men size 42R", "mens blazer", "blazer 40R", "a black blazer"]
)
def test_blazers_for_men_or_anyone_are_still_shown(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert "don't have blazers" not in turn.shown
    assert any("Blazer" in line for line in listed(turn.shown)), turn.shown
