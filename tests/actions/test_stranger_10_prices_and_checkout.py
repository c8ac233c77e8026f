"""Stranger test 10 (docs/nlu/stranger-test-10.md): "is that over 250??" is a question about a
price (or the total of what was picked) against an amount, answered from today's prices, not a
price range (C1.9); "checkout, express shipping" starts the checkout with express chosen (C4.10)."""

from __future__ import annotations

import pytest

from actions.cart import ActionCheckoutCart
from actions.cart_adding import ActionAddToCart
from actions.checkout import ActionReviewOrder
from actions.discovery import ActionSearchProducts, ActionSelectProduct
from actions.product_actions import ActionShowPrice
from actions.recommendations import ActionSuggestOutfit
from tests.actions.conversation_driver import ActionConversation, entity_list, say


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation(sender="dana", keep_messages=True)


def open_the_belmont(chat, extractor) -> None:
    say(chat, extractor, ActionSearchProducts(), "search_products", "patent oxfords")
    chat.run(ActionSelectProduct(), "select_product",
             entities=entity_list(product_handle="belmont-patent-opera-oxford"))  # fmt: skip


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("is that over 250??", "No"),  # $109.00
        ("is it more than 100?", "Yes"),
        ("is that under $150", "Yes"),
        ("would it be over 200", "No"),
        ("is this less than 100 bucks", "No"),
        ("is it above 105", "Yes"),
    ],
)
@pytest.mark.parametrize(
    ("action", "intent"),
    [(ActionSearchProducts, "search_products"), (ActionSearchProducts, "refine_search"),
     (ActionShowPrice, "ask_price")],
)  # fmt: skip
def test_is_that_over_an_amount_compares_the_price(chat, extractor, text, answer, action, intent):
    open_the_belmont(chat, extractor)

    turn = say(chat, extractor, action(), intent, text)

    assert turn.text.startswith(f"{answer}: the Belmont Patent Opera Oxford is $109.00"), turn.text
    assert "lowest price is above the highest" not in turn.text


def test_right_after_a_total_it_compares_the_total(chat, extractor):
    open_the_belmont(chat, extractor)
    say(chat, extractor, ActionSelectProduct(), "select_product", "the grosgrain self-tie bow tie")
    chat.run(ActionShowPrice(), "ask_price", "how much would they come to together")

    turn = say(chat, extractor, ActionSearchProducts(), "refine_search", "is that over 250??")

    assert turn.text.startswith("No: what you picked so far"), turn.text
    assert "$168.00" in turn.text  # $109.00 + $59.00


@pytest.mark.parametrize(
    "text",
    [
        "checkout, express shipping",
        "check out with express delivery pls",
        "lets checkout, i want express",
        "go to checkout and use express",
        "checkout please, next day shipping",
        "pay now with express delivery",
    ],
)
def test_checkout_with_express_named_chooses_express(chat, extractor, text):
    chat.run(ActionAddToCart(), "add_to_cart", "add it",
             entities=entity_list(product_handle="belmont-patent-opera-oxford", size="10"))  # fmt: skip

    start = say(chat, extractor, ActionCheckoutCart(), "checkout", text)
    assert "Checking out your cart" in start.text
    chat.slots.update(customer_name="Dana Price", customer_email="dana@example.com",
                      customer_address="9 Beacon Street, 02108 Boston")  # fmt: skip
    review = chat.run(ActionReviewOrder(), "affirm")

    assert "Express shipping: $14.95" in review.text, review.text


# --- C1.7: a refinement right after suggestions of another kind refines that kind -------------


@pytest.mark.parametrize(
    "text",
    [
        "shiny black ones pls nothing too expensive",
        "black ones under 150",
        "cheaper ones?",
        "any in size 10",
        "something in brown",
        "only black pls",
    ],
)
def test_a_refinement_after_suggested_shoes_refines_the_shoes(chat, extractor, text):
    say(
        chat,
        extractor,
        ActionSearchProducts(),
        "search_products",
        "need a tux or smth, im kinda skinny",
    )
    chat.run(ActionSelectProduct(), "select_product",
             entities=entity_list(product_handle="carnegie-slim-tuxedo"))  # fmt: skip
    suggested = say(
        chat, extractor, ActionSuggestOutfit(), "suggest_outfit", "ok what shoes go w it"
    )
    assert "Belmont Patent Opera Oxford" in suggested.text

    turn = say(chat, extractor, ActionSearchProducts(), "refine_search", text)

    heading = turn.text.splitlines()[0]
    assert "shoes" in heading and "tux" not in heading.lower(), turn.text
