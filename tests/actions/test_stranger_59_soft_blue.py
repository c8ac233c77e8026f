"""Stranger test 59 (docs/nlu/stranger-test-59.md, persona Margaret, worst problems 2 and 3).

After navy dresses, "maybe something not so dark. What do you have in a soft blue?" listed the
Mirabel Wrap Dress (Navy, Green, Red) first, and "I'll take the first one" then bought it in Navy
"as you asked". A soft, pale or light blue is the light blue shade: never navy, so the list leads
with dresses that come in blue, and the dark dress she turned down is never "as you asked"."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import listed, say_and_keep

SOFT_BLUES = [
    "maybe something not so dark. What do you have in a soft blue?",
    "do you have it in soft blue",
    "something in a soft blue please",
    "a light blue one?",
    "what about pale blue",
]


@pytest.mark.parametrize("text", SOFT_BLUES)
def test_a_soft_blue_is_never_navy(extractor, text):
    colours = [e.value for e in extractor.extract(text) if e.entity == "colour"]
    assert colours == ["light blue"], colours


@pytest.mark.parametrize("text", SOFT_BLUES)
def test_soft_blue_dresses_never_lead_with_one_without_blue(chat, extractor, text):
    say_and_keep(
        chat,
        extractor,
        ActionSearchProducts(),
        "search_products",
        "the dress for grandma, navy or perhaps lilac, under $200",
    )

    turn = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text)

    first = listed(turn.shown)[0]
    assert "Mirabel Wrap Dress" not in first, turn.shown
    assert "Blue" in first, turn.shown
