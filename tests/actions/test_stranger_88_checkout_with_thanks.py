"""docs/nlu/stranger-test-88.md, stranger 88 B9 (worst problem 2).

B9 "Thank you, you've been very helpful, I'll go ahead and check out the dress and shoes now." was
heard as thanks: "You're welcome! Anything else?" and a star rating, no checkout. Thanks with "I'll
check out now" is the checkout; and the shoes she never picked (B4 asked which) are said not to be
in the cart, only the dress."""

from __future__ import annotations

import pytest

from actions.cart import ActionCheckoutCart
from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts
from actions.picking import ActionCheckAvailability, ActionSelectProduct
from actions.product_questions import ActionAnswerProductQuestion
from shop_nlu.resolution import resolve_intent
from tests.actions.conversation_driver import say_as_heard

ACTIONS = {
    "search_products": ActionSearchProducts,
    "refine_search": ActionSearchProducts,
    "check_availability": ActionCheckAvailability,
    "select_product": ActionSelectProduct,
    "ask_product_question": ActionAnswerProductQuestion,
    "add_to_cart": ActionAddToCart,
    "checkout": ActionCheckoutCart,
}
B1 = (
    "Hello! Exciting news, my first novel is coming out and I need a cocktail dress for the "
    "launch, pink or maybe red, size medium, not more than $250."
)
B2 = "Oh the second one looks lovely! Is it machine washable, and does it come in a small as well?"
B3 = (
    "What would go with it? I'll be standing signing books for hours, so shoes that aren't too "
    "high, and maybe a little bag for my pen and lipstick."
)
B4 = "Could you put the dress in medium in my cart, and the shoes you showed in a size 8 too?"
B9 = "Thank you, you've been very helpful, I'll go ahead and check out the dress and shoes now."
# What the classifier may hear thanks with a checkout as.
HEARD = ["thank", "goodbye", "affirm", "nlu_fallback"]
CHECKOUTS = [
    B9,
    "I'll check out now",
    "ok ill checkout",
    "going to check out the dress now",
    "thanks, let's checkout",
    "thank u so much!! ill go ahead and checkout now",
]


def _said(chat, extractor, heard: str, text: str):
    return say_as_heard(chat, extractor, ACTIONS, heard, text, confidence=0.6, keep=True)


@pytest.mark.parametrize("heard", HEARD)
@pytest.mark.parametrize("text", CHECKOUTS)
def test_thanks_and_i_will_check_out_now_is_the_checkout(chat, extractor, text, heard):
    """B9: the checkout of the cart starts, never "Anything else?"."""
    _said(chat, extractor, "search_products", B1)
    _said(chat, extractor, "add_to_cart", "add the first one in medium")

    shown = _said(chat, extractor, heard, text).shown

    assert "Checking out your cart (1 item)" in shown, shown
    assert ("You're welcome!" in shown) == ("thank" in text.lower()), shown


@pytest.mark.parametrize("heard", HEARD)
def test_the_shoes_never_chosen_are_said_not_in_the_cart(chat, extractor, heard):
    """B9 after B4: before the checkout of the dress, the shoes (never picked) are said not to be in
    the cart, and asked again."""
    before = [("search_products", B1), ("ask_product_question", B2),
              ("search_products", B3), ("add_to_cart", B4)]  # fmt: skip
    for intent, text in before:
        _said(chat, extractor, intent, text)

    shown = _said(chat, extractor, heard, B9).shown

    assert "Before I check out your cart" in shown, shown
    assert "Not in your cart yet" in shown and "Which shoes do you mean" in shown, shown
    assert "Anything else" not in shown, shown


NOT_A_CHECKOUT_NOW = [
    "thanks, I'll check out the boots",
    "ill check out later thanks",
    "thank you, will check out your other dresses another time",
    "can i pay by card?",
    "thanks i'll pay in instalments",
]


@pytest.mark.parametrize("heard", ["thank", "nlu_fallback"])
@pytest.mark.parametrize("text", NOT_A_CHECKOUT_NOW)
def test_a_look_or_a_later_checkout_is_no_checkout(extractor, text, heard):
    """B9's neighbours: a look at things ("check out the boots"), a checkout later, or how to pay
    asked, are not the checkout now."""
    resolution = resolve_intent(heard, 0.6, extractor.extract(text), text, None)

    assert resolution is None or resolution.intent != "checkout", resolution
