"""Stranger test 78 (docs/nlu/stranger-test-78.md, persona A, A5-A8, worst problem 5, after its fix).

The shirt went into the cart and "Which tie do you mean?" stayed open over four ties; "checkout"
was held with a "Check out without it" button. Tapped, the checkout went ahead without a word
about the tie, so a shopper could believe a tie was coming. Right: the reply says what is left out
(no tie) before the checkout goes on."""

from __future__ import annotations

import pytest

from actions.cart import ActionCheckoutCart
from actions.cart_adding import ActionAddToCart
from tests.actions.conversation_driver import say_and_keep
from tests.actions.test_stranger_78_tie_in_navy import WHICH_ONE_LEFT_OPEN, four_ties_shown

MORE = [*WHICH_ONE_LEFT_OPEN, "add the shirt n a tie to my cart"]


@pytest.mark.parametrize("text", MORE)
def test_check_out_without_it_says_the_tie_is_left_out(chat, extractor, text):
    """docs/nlu/stranger-test-78.md, A6 (problem 5): "Check out without it" tapped."""
    four_ties_shown(chat, extractor)
    say_and_keep(chat, extractor, ActionAddToCart(), "add_to_cart", text)
    held = say_and_keep(chat, extractor, ActionCheckoutCart(), "checkout", "checkout")
    button = next(b for b in held.buttons if b["title"].startswith("Check out without"))

    tapped = say_and_keep(chat, extractor, ActionCheckoutCart(), "checkout", button["payload"])

    shown = tapped.shown
    assert "without a tie" in shown or "without the tie" in shown, shown
    assert "never went into your cart" in shown, shown
    assert "Which tie" not in shown, shown
