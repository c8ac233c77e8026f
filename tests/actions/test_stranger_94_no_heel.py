"""docs/nlu/stranger-test-94.md, B1 (worst problem 2): "... comfortable walking shoes for myself,
women's size 7, ideally in navy or beige, and nothing with a heel please." listed the Odette Patent
Stiletto third. Right: no shoe whose heel the catalog gives (heels, heeled boots) is listed, and
the search says it back ("with no heel"; "flat only" finds flats, which have none)."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import say_and_keep

B1 = (
    "Good morning! I'm off to Lisbon for a week and I'll be walking on cobbles a lot, so I need "
    "comfortable walking shoes for myself, women's size 7, ideally in navy or beige, and nothing "
    "with a heel please."
)
NO_HEEL = [
    B1,
    "womens shoes size 7 no heels pls",
    "flat only, womens shoes in 7",
    "shoes for women size 7 without a heel",
    "comfy shoes for me, size 7 womens, no heel at all",
]
HEELED = ["Odette", "Stiletto", "Slingback", "Pump", "Heeled"]


@pytest.mark.parametrize("text", NO_HEEL)
def test_nothing_with_a_heel_is_listed(chat, extractor, text):
    turn = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text)

    # said back: "shoes ... with no heel", or flats, which have none ("flat only")
    assert "with no heel" in turn.shown or " flats " in turn.shown, turn.shown
    assert "1. " in turn.shown, turn.shown
    for title in HEELED:
        assert title not in turn.shown, turn.shown
