"""Stranger test 65 (docs/nlu/stranger-test-65.md, persona B Dana, worst problem 3): "Now shoes to
go with it, I was thinking heels but honestly I'll be standing for three hours so maybe something
lower?" got men's loafers and derbies, her size 8 dropped. Shoes lower than heels, for her, are
flats and the lowest heels first, women's, in the size she said."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import listed, say, say_and_keep

ASKS = [
    "Now shoes to go with it, I was thinking heels but honestly I'll be standing for three hours "
    "so maybe something lower?",
    "shoes to go with it? i thought heels but maybe something lower",
    "and shoes to match it, heels maybe but lower ones pls",
    "what shoes go with it, not heels, something flatter",
    "shoes to go with this one, heels but something lower as ill be standing all night",
]


@pytest.mark.parametrize("message", ASKS, ids=lambda m: m[:40])
def test_lower_than_heels_to_go_with_her_dress_are_low_and_womens(chat, extractor, message):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products",
                 "dresses in medium for my show, im a size 8 in shoes")  # fmt: skip
    say_and_keep(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question",
                 "the first one, is it clingy?")  # fmt: skip

    turn = say(chat, extractor, ActionSearchProducts(), "search_products", message)

    print(turn.shown)
    shown = listed(turn.shown)
    assert shown, turn.shown
    for mens in ("Loafer", "Derby", "Chelsea", "Oxford", "Brogue"):
        assert mens not in turn.shown
    assert "flat" in turn.shown.lower(), turn.shown  # flats, or "the flattest first"
