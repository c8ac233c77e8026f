"""Stranger test 65 (docs/nlu/stranger-test-65.md, persona B Dana, worst problem 5): "what's my
total so far? Am I still under 400?" got only the cart's subtotal. The answer says yes or no and
what is left of the budget (said in the message, else the one said for everything before)."""

from __future__ import annotations

import pytest

from actions.cart import ActionShowCart
from actions.cart_adding import ActionAddToCart
from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import entity_list, say


def _dress_in_cart(chat, extractor, budget_first: str | None = None) -> None:
    chat.keep_messages = True
    if budget_first:
        say(chat, extractor, ActionSearchProducts(), "search_products", budget_first)
    turn = chat.run(ActionAddToCart(), "add_to_cart", "add it",
                    entity_list(product_handle="harriet-shirt-dress", size="M", colour="Blue"))  # fmt: skip
    assert "Added" in turn.text, turn.text


@pytest.mark.parametrize(
    "text",
    [
        "what's my total so far? Am I still under 400?",
        "am i still under 400",
        "is that still under $400?",
        "are we still within 400 with that",
        "im still under 400 right?",
        "Am I over 400 now?",
    ],
)
def test_still_under_an_amount_said_now_is_yes_with_what_is_left(chat, extractor, text):
    _dress_in_cart(chat, extractor)

    turn = say(chat, extractor, ActionShowCart(), "view_cart", text)

    print(turn.text)
    assert "Yes" in turn.text
    assert "$310.50" in turn.text and "$400" in turn.text  # 400 - 89.50


@pytest.mark.parametrize(
    "text",
    [
        "am i still within budget?",
        "how much do I have left?",
        "are we over budget yet",
        "still under budget?",
        "whats left of my budget",
    ],
)
def test_within_the_budget_said_for_everything_before(chat, extractor, text):
    _dress_in_cart(chat, extractor, "a dress and shoes, my budget is 150 for everything")

    turn = say(chat, extractor, ActionShowCart(), "view_cart", text)

    print(turn.text)
    assert "Yes" in turn.text
    assert "$60.50" in turn.text and "$150" in turn.text
