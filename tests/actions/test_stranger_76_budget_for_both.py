"""A budget for two things and a product only looked at (docs/nlu/stranger-test-76.md, B2, B3, B8
and worst problem 1).

"$250 for both" (a gift bag and her own shoes), then "Tell me more about the second one? Is it big
enough for a phone and a wallet?" took the $239 bag off the budget as if bought: the shoes were
searched "under $11". Only what is in the cart, or picked, is taken off a shared budget; a product
asked about is still being looked at."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.product_actions import ActionShowProductDetails
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say, search

BOTH = (
    "It's my sister's birthday next Saturday! I'm looking for a bag for her, and some comfy low "
    "shoes for me, women's 8. I have $250 for both."
)
SHOES = "ok now show me comfortable flats for me in size 8"

# (action, intent, what she types about the second bag): each only looks at it.
LOOKS = [
    (ActionAnswerProductQuestion, "ask_product_question",
     "Tell me more about the second one? Is it big enough for a phone and a wallet?"),  # the doc's
    (ActionShowProductDetails, "product_details", "tell me more about the 2nd one"),
    (ActionShowProductDetails, "product_details", "more info on the second one pls?"),
    (ActionAnswerProductQuestion, "ask_product_question", "is the second one real leather?"),
    (ActionAnswerProductQuestion, "ask_product_question", "the 2nd one, what is it made of?"),
    (ActionShowProductDetails, "product_details", "can u show me the second bag?"),
]  # fmt: skip


@pytest.mark.parametrize(("action", "intent", "text"), LOOKS)
def test_a_bag_only_looked_at_leaves_the_budget_for_both_whole(
    chat, extractor, action, intent, text
):
    """docs/nlu/stranger-test-76.md, B2 and B3: "under $11" after a bag was only looked at."""
    search(chat, extractor, BOTH)
    say(chat, extractor, action(), intent, text)

    turn = search(chat, extractor, SHOES)

    print(turn.shown)
    assert "$11" not in turn.shown and "is left" not in turn.shown
    assert "over your budget" not in turn.shown
    assert chat.slots["search_query"].get("price_max") in (None, 250, "250", 250.0)


def test_a_bag_added_to_the_cart_is_taken_off_the_budget_for_both(chat, extractor):
    """What is in the cart does count: the shoes get what the bag leaves."""
    search(chat, extractor, BOTH)
    say(
        chat,
        extractor,
        ActionShowProductDetails(),
        "product_details",
        "tell me more about the 2nd one",
    )
    bag = chat.slots["current_product"]
    say(chat, extractor, ActionAddToCart(), "add_to_cart", "add it to my cart")
    turn = search(chat, extractor, SHOES)

    print(bag, turn.shown)
    assert "is left" in turn.shown
