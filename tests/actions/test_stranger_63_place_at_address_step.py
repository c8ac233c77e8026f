"""Stranger test 63 (docs/nlu/stranger-test-63.md, persona Margaret, B7): "Yes, please place the
order." typed when the checkout asked for the shipping address was refused as a malformed address.
At the address question, a message that only says to place or confirm the order (no address in
it) is told the address is still needed and asked for it again, never kept nor refused as one."""

from __future__ import annotations

import pytest

from tests.actions.conversation_driver import said_at_checkout_prompt
from tests.actions.test_stranger_62_address_at_checkout import (
    ADDRESS,
    _address_kept,
    _at_the_address_prompt,
)

PLACE_IT = [
    "Yes, please place the order.",
    "yes place it",
    "ok go ahead and order",
    "confirm pls",
    "just place the order",
    "go ahead and place my order",
    "place order",
    "Yes confirm the order please, thank you",
]


@pytest.mark.parametrize("text", PLACE_IT)
@pytest.mark.parametrize("heard_as", ["place_order", "affirm"])
def test_placing_at_the_address_question_asks_for_the_address(demo_store_url, text, heard_as):
    chat = _at_the_address_prompt(demo_store_url)

    turn = said_at_checkout_prompt(chat, ADDRESS, text, heard_as)

    print(turn.shown)
    assert "I still need the shipping address before I can place it" in turn.shown
    assert "doesn't look like" not in turn.shown
    assert _address_kept(turn.events) is None


def test_an_address_with_place_it_is_still_the_address(demo_store_url):
    chat = _at_the_address_prompt(demo_store_url)
    text = "88 Maple Avenue, 60614 Chicago, and place the order please"

    turn = said_at_checkout_prompt(chat, ADDRESS, text, "place_order")

    assert "I still need the shipping address" not in turn.shown
    assert _address_kept(turn.events) == "88 Maple Avenue, 60614 Chicago"
