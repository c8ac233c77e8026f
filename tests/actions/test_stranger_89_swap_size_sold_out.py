"""Stranger test 89 A9 (docs/nlu/stranger-test-89.md, persona Dario): with the Ashby Cap-Toe Oxford
(US 9.5, Black) in the cart, "if shoes 2 tight can i swap for 10" got the exchange policy without
saying that US 10 in black is sold out, which the bot had itself shown.

Now the policy comes with the stock of the size asked, in the colour in the cart, computed from the
store at that moment."""

from __future__ import annotations

import pytest

from actions.cart_adding import ActionAddToCart
from actions.service import ActionAnswerServiceQuestion
from tests.actions.conversation_driver import entity_list, say

ASKED = [
    "if shoes 2 tight can i swap for 10",
    "If they're too tight, can I exchange them for a 10?",
    "if the shoes dont fit can i change to size 10",
    "what if theyre too small, can i swap for a 10",
    "If the oxfords are too tight could I swap them for a size 10?",
]


def ashby_in_the_cart(chat) -> None:
    added = chat.run(
        ActionAddToCart(), "add_to_cart", "ok add 9.5 to cart pls",
        entity_list(product_handle="ashby-cap-toe-oxford", size="9.5", colour="black"),
    )  # fmt: skip
    assert "Added Ashby Cap-Toe Oxford" in added.text, added.text


@pytest.mark.parametrize("text", ASKED)
@pytest.mark.parametrize("intent", ["ask_return_policy"])
def test_the_exchange_says_10_is_sold_out_in_black(chat, extractor, text, intent):
    ashby_in_the_cart(chat)

    turn = say(chat, extractor, ActionAnswerServiceQuestion(), intent, text)

    print(turn.text)
    assert "exchange within 30 days" in turn.text, turn.text
    assert "Ashby Cap-Toe Oxford" in turn.text, turn.text
    assert "US 10" in turn.text and "sold out" in turn.text and "Black" in turn.text, turn.text
