"""Stranger test 69 (docs/nlu/stranger-test-69.md, persona Claire, message B8): "Actually, on
second thought take the shoes out, I'll just wear my old boots. Just the coat."

"On second thought" is a change of mind, never the second product on screen; and "my old boots"
are hers, not a kind to take out of the cart: the kind taken out is the shoes ("There are no
boots in your cart" named the wrong one)."""

from __future__ import annotations

import pytest

from actions.cart import ActionRemoveFromCart
from actions.cart_adding import ActionAddToCart
from tests.actions.conversation_driver import entity_list, say

SECOND_THOUGHTS = [
    "on second thought take the shoes out",
    "actually on second thoughts, show me the black ones",
    "On 2nd thought, remove the belt",
    "hmm on second thot i'll leave it",
    "second thoughts - just the navy one",
]


@pytest.mark.parametrize("text", SECOND_THOUGHTS)
def test_second_thought_is_no_ordinal(extractor, text):
    assert [e.value for e in extractor.extract(text) if e.entity == "ordinal"] == []


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("the second one please", "2"),
        ("add the 2nd one", "2"),
        ("second thought was right, the second one", "2"),
        ("show me the second", "2"),
    ],
)
def test_the_second_one_still_is(extractor, text, ordinal):
    assert [e.value for e in extractor.extract(text) if e.entity == "ordinal"] == [ordinal]


def _shoes_and_belt_in_cart(chat) -> None:
    for handle, size in (("windsor-patent-oxford", "10"), ("classic-leather-dress-belt", "34")):
        chat.run(ActionAddToCart(), "add_to_cart",
                 entities=entity_list(product_handle=handle, size=size, colour="black"))  # fmt: skip


def test_on_second_thought_takes_out_the_shoes_not_the_second_line(chat, extractor):
    _shoes_and_belt_in_cart(chat)

    turn = say(chat, extractor, ActionRemoveFromCart(), "remove_from_cart",
               "on second thought take the shoes out")  # fmt: skip

    print(turn.shown)
    assert "Removed Windsor Patent Oxford" in turn.shown


THEIR_OWN = [
    "Actually, on second thought take the shoes out, I'll just wear my old boots. Just the coat.",
    "take the shoes out, i'll wear my old boots",
    "remove the shoes pls, I'll just wear my own boots",
    "nah take the shoes out, gonna wear my trusty old boots",
    "take out the shoes, i already have boots at home",
]


@pytest.mark.parametrize("text", THEIR_OWN)
def test_boots_of_their_own_are_not_what_is_taken_out(chat, extractor, text):
    turn = say(chat, extractor, ActionRemoveFromCart(), "remove_from_cart", text)

    print(turn.shown)
    assert "There are no shoes in your cart" in turn.shown
    assert "no boots" not in turn.shown


@pytest.mark.parametrize("text", THEIR_OWN[:3])
def test_with_shoes_in_the_cart_the_shoes_are_taken_out(chat, extractor, text):
    _shoes_and_belt_in_cart(chat)

    turn = say(chat, extractor, ActionRemoveFromCart(), "remove_from_cart", text)

    print(turn.shown)
    assert "Removed Windsor Patent Oxford" in turn.shown
    assert "Classic Leather Dress Belt" in turn.shown  # still in the cart shown after
