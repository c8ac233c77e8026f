"""Stranger test 44 (docs/nlu/stranger-test-44.md, Niamh #1): "a green dress, something silky and
elegant, ideally under $250 AUD!" was searched under $250 with no word that the shop's dollars are
not Australian ones, as the README says a budget in another currency is. Another country's dollar
("AUD", "A$", "australian dollars", "CAD", "NZD") is another currency; "$250" and "bucks" are the
shop's."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import search


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("I'm after a green dress, something silky and elegant, ideally under $250 AUD!",
         "Australian dollars"),
        ("green dress under 250 australian dollars", "Australian dollars"),
        ("a green dress max A$300 pls", "Australian dollars"),
        ("green dress, budget 200 CAD", "Canadian dollars"),
        ("green dress under 300 nzd", "New Zealand dollars"),
    ],
)  # fmt: skip
def test_another_countrys_dollars_are_said_to_be_taken_as_is(chat, extractor, text, said):
    turn = search(chat, extractor, text)

    print(turn.shown)
    assert f"Our prices are in dollars, not {said}" in turn.shown


@pytest.mark.parametrize("text", ["green dress under $250", "green dress under 250 bucks"])
def test_the_shops_own_dollars_get_no_note(chat, extractor, text):
    turn = search(chat, extractor, text)

    assert "Our prices are in" not in turn.shown, turn.shown
