"""docs/nlu/stranger-test-92.md, A5 (worst problem 5): a question about a shipping method was taken
as the choice of it.

After the Falcon High-Top ($69) was found, opened and asked of in 9.5, "how long shippin, is
standard free?" (heard as choose_shipping) got "OK, Standard shipping ($5.95, free from $100, 3–5
business days) it is: I'll use it when you check out." Right: the question answered (Standard is
$5.95, free from $100, 3–5 business days) with whether it is free for what the shopper would buy
(the cart, else the product in view), computed, and nothing chosen; "standard pls", "ill take
standard", "go with express" still choose."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.checkout import ActionReviewOrder
from actions.discovery import ActionSearchProducts
from actions.picking import ActionCheckAvailability, ActionSelectProduct
from actions.product_actions import ActionShowPrice
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import entity_list, say_and_keep, say_as_heard

A1 = "need new sneakers mine r falling apart lol. white, size 9, cheap pls under $80"
SHIPPING = {"choose_shipping": ActionReviewOrder, "ask_shipping": ActionAnswerServiceQuestion}
CHOSEN = "it is: I'll use it when you check out"
# What the model hears these as: the choice (A5), the question, or a product's price ("how much
# does standard cost?") or delivery times ("how long does express take, is it free?").
HEARD_AS = ["choose_shipping", "ask_shipping", "ask_price", "ask_delivery_time"]

STANDARD_ASKED = [
    "how long shippin, is standard free?",
    "hows much is standard shipping",
    "standard shipping free??",
    "is standard shipping free",
    "is standard free?",
    "how much does standard cost?",
]
EXPRESS_ASKED = [
    "is express free?",
    "how much is express",
    "hows much is express shipping?",
    "express shipping free??",
    "how long does express take, is it free?",
]


def falcon_in_view(chat, extractor) -> None:
    """A1 to A4: the Falcon High-Top found, opened and asked of in 9.5 (nothing in the cart)."""
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", A1)
    say_and_keep(chat, extractor, ActionSelectProduct(), "select_product", "2nd one")
    asked = say_and_keep(
        chat, extractor, ActionCheckAvailability(), "check_availability", "in stock in 9.5 white?"
    )
    assert "Falcon High-Top is in stock in US 9.5" in asked.shown, asked.shown


def asked(chat, extractor, heard: str, text: str):
    return say_as_heard(chat, extractor, SHIPPING, heard, text, confidence=0.73, keep=True)


@pytest.mark.parametrize("heard", HEARD_AS)
@pytest.mark.parametrize("text", STANDARD_ASKED)
def test_a5_standard_asked_of_the_falcon_is_answered_not_chosen(chat, extractor, heard, text):
    falcon_in_view(chat, extractor)

    turn = asked(chat, extractor, heard, text)

    print(turn.shown)
    assert CHOSEN not in turn.shown, turn.shown
    assert "Standard shipping is $5.95" in turn.shown, turn.shown
    assert "free on orders from $100" in turn.shown, turn.shown
    assert "3–5 business days" in turn.shown, turn.shown
    # Computed for what would be bought: the $69 Falcon High-Top is under $100.
    assert "Falcon High-Top ($69.00)" in turn.shown, turn.shown
    assert "Standard would be $5.95" in turn.shown, turn.shown


@pytest.mark.parametrize("heard", HEARD_AS)
@pytest.mark.parametrize("text", EXPRESS_ASKED)
def test_express_asked_is_answered_not_chosen(chat, extractor, heard, text):
    falcon_in_view(chat, extractor)

    turn = asked(chat, extractor, heard, text)

    print(turn.shown)
    assert CHOSEN not in turn.shown, turn.shown
    assert "Express shipping is $14.95" in turn.shown, turn.shown
    assert "1–2 business days" in turn.shown, turn.shown
    assert "Express would be $14.95" in turn.shown, turn.shown


@pytest.mark.parametrize("text", STANDARD_ASKED[:4])
def test_standard_is_said_free_for_a_cart_of_100_or_more(chat, extractor, text):
    """Whether it is free is computed from the cart: the $139 Windsor Patent Oxford ships free."""
    chat.run(ActionAddToCart(), "add_to_cart",
             entities=entity_list(product_handle="windsor-patent-oxford", size="10"))  # fmt: skip

    turn = asked(chat, extractor, "choose_shipping", text)

    print(turn.shown)
    assert CHOSEN not in turn.shown, turn.shown
    assert "your cart ($139.00), Standard is free" in turn.shown, turn.shown


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("standard pls", "Standard"),
        ("ill take standard", "Standard"),
        ("go with express", "Express"),
        ("express please", "Express"),
        ("ok standard shipping is fine", "Standard"),
        ("lets do standard shipping", "Standard"),
    ],
)
def test_a_method_chosen_is_still_taken(chat, extractor, text, method):
    falcon_in_view(chat, extractor)

    turn = asked(chat, extractor, "choose_shipping", text)

    print(turn.shown)
    assert f"OK, {method} shipping" in turn.shown and CHOSEN in turn.shown, turn.shown


PRICE_OF_THE_PRODUCT = [
    "is that the standard price?",
    "how much is it, is that the standard price or on sale",
    "whats the standard price of these",
    "how much is the standard fit one?",
    "is 69 the standard price for them?",
]


@pytest.mark.parametrize("text", PRICE_OF_THE_PRODUCT)
def test_a_price_naming_standard_not_as_shipping_is_the_products(chat, extractor, text):
    """Heard as a price, "standard" or "express" that is not spoken of as shipping (no shipping
    word, and a noun after it: "the standard price") asks of the product in view."""
    falcon_in_view(chat, extractor)

    turn = say_as_heard(
        chat, extractor, {"ask_price": ActionShowPrice, **SHIPPING}, "ask_price", text,
        confidence=0.73, keep=True,
    )  # fmt: skip

    print(turn.shown)
    assert "Standard shipping is" not in turn.shown, turn.shown
    assert "$69" in turn.shown, turn.shown
