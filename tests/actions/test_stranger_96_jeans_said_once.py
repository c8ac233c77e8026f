"""docs/nlu/stranger-test-96.md, B1 (worst problem 6): "an all-black stage outfit: black jeans or
trousers, a black shirt, and black boots" got "We don't sell jeans; the nearest we have are
trousers. Let's start with the shirts ...", the shirts, and then again "Sorry, we don't sell jeans:
the shirts above are the nearest we have", the shirts called the nearest thing to jeans.

Right: that jeans aren't sold is said once, and shirts are never called the nearest to jeans."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import say_and_keep

OUTFITS = [
    "Hi! I play bass in a little indie band and we've finally got a proper gig at a real venue next "
    "month, so I want an all-black stage outfit: black jeans or trousers, a black shirt, and black "
    "boots I can stomp around in for two hours. Where should we start?",  # the doc's
    "need an all black outfit for a gig: black jeans or trousers, black shirt n black boots",
    "hey! looking for black jeans or trousers, a black shirt and some black boots for a show",
    "All-black stage look please - black jeans/trousers, a black shirt, black boots. where do we "
    "start?",
    "black jeans or trousers + a black shirt + black boots, for a concert. ideas?",
]


@pytest.mark.parametrize("text", OUTFITS)
def test_no_jeans_is_said_once(chat, extractor, text):
    shown = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text).shown

    assert shown.lower().count("don't sell jeans") == 1, shown
    assert "above are the nearest" not in shown, shown
