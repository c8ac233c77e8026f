"""Stranger test 70 (docs/nlu/stranger-test-70.md, Harold, message B4, worst problem 5).

"we don't sell scarves" for his granddaughter, then the nearest accessories listed first a men's
Wool Knit Tie, "not for women". The nearest things for a woman are never men's products."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import search

WOOL_SCARF_FOR_HER = [
    "And do you have scarves too, maybe a soft wool one for her?",
    "do you sell wool scarves for women",
    "a wool scarf for my granddaughter please",
    "I'm looking for a woollen scarf for my wife",
    "any womens wool scarf?",
]


@pytest.mark.parametrize("text", WOOL_SCARF_FOR_HER)
def test_the_nearest_to_a_scarf_for_her_are_not_mens(chat, extractor, text):
    turn = search(chat, extractor, text)

    assert "scarves" in turn.shown
    assert "Wool Knit Tie" not in turn.shown
    assert "not for women" not in turn.shown
