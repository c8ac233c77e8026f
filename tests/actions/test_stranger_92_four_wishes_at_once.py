"""Stranger test 92 (docs/nlu/stranger-test-92.md, persona Priya, B4, worst problem 1): "Please add
the dress in medium to my cart, and the second one of those in size 8 too. What's the total with
express shipping, and will it arrive before I fly out on December 9th?" got "Just a reminder: we
deliver only to addresses in the United States" (left by B1's wedding in Cape Town, taken for a
delivery address) and "I don't see that number in the list." Nothing added, no total, no date.

Right: the dress (the Coralie Linen Sundress opened in B2) is added in M, "the second one of those"
is the second sandal listed in B3, in size 8 (added, or its colour asked), and the reply carries
no shipping-place reminder and no "that number" refusal."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts
from actions.picking import ActionCheckAvailability, ActionSelectProduct
from tests.actions.conversation_driver import say_as_heard

ACTIONS = {
    "search_products": ActionSearchProducts,
    "refine_search": ActionSearchProducts,
    "check_availability": ActionCheckAvailability,
    "select_product": ActionSelectProduct,
    "add_to_cart": ActionAddToCart,
}
B1 = (
    "Hi there! My best friend is getting married in Cape Town on December 12th (summer there!) "
    "and I'm a guest, so I'd love a light linen dress, ideally soft blue or sage green, in a "
    "medium. What have you got?"
)
B2 = (
    "Oh, the first one looks lovely! Is it in stock in medium in the blue, how much is it, and "
    "what's it made of?"
)
B3 = (
    "And what sandals would go with it? I'm a women's US 8, something flat or a low heel, tan or "
    "gold would be perfect."
)
B4 = (
    "Please add the dress in medium to my cart, and the second one of those in size 8 too. "
    "What's the total with express shipping, and will it arrive before I fly out on December 9th?"
)
# A Sunday, 29 November 2026 (the stranger's day).
SUNDAY = datetime(2026, 11, 29, 9, 0, tzinfo=timezone.utc)
CLOCKS = ("actions.checkout_slots", "actions.search_notes", "actions.service")


def _said(chat, extractor, heard: str, text: str, confidence: float = 0.99):
    return say_as_heard(chat, extractor, ACTIONS, heard, text, confidence=confidence, keep=True)


def _up_to_b3(chat, extractor, pin_clock):
    pin_clock(SUNDAY, *CLOCKS)
    b1 = _said(chat, extractor, "search_products", B1)
    _said(chat, extractor, "check_availability", B2)
    _said(chat, extractor, "search_products", B3)
    return b1


def test_the_wedding_abroad_leaves_no_shipping_refusal(chat, extractor, pin_clock):
    b1 = _up_to_b3(chat, extractor, pin_clock)

    assert "Coralie Linen Sundress" in b1.shown
    assert "We ship only to addresses" not in b1.shown


B4_SAID = [
    B4,
    "add the dress in medium to my cart and the second one of those in size 8 too. whats the "
    "total with express and will it arrive before i fly out on december 9th?",
    "Please put the dress in M in my cart, and the second one of those in an 8 too. Total with "
    "express shipping? Will it come before I fly out on Dec 9?",
    "ok add the dress in medium to my cart and the 2nd one of those in size 8 too, total with "
    "express? will it arrive before i fly out on december 9th",
    "Lovely, please add the dress in a medium to my cart, and the second one of those in size 8 "
    "as well. What's the total with express shipping, and will it arrive before I fly out on the "
    "9th of December?",
]


@pytest.mark.parametrize("text", B4_SAID)
def test_the_dress_and_the_second_sandal_are_added(chat, extractor, pin_clock, text):
    _up_to_b3(chat, extractor, pin_clock)

    # Each is heard as change_order (0.79 to 0.86), and read on as an add.
    turn = _said(chat, extractor, "change_order", text, confidence=0.82)

    print(turn.shown)
    assert "Just a reminder" not in turn.shown
    assert "I don't see that number" not in turn.shown
    assert "Added Coralie Linen Sundress (M, " in turn.shown
    assert "Added Marisol Strappy Sandal (US 8 " in turn.shown
    assert "With Express shipping ($14.95)" in turn.shown
    assert "your total would be $" in turn.shown
    assert "Before you fly on Wednesday 09 December: Express shipping" in turn.shown
    assert "in time" in turn.shown.split("Before you fly on", 1)[1]
