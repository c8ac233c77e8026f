"""docs/nlu/stranger-test-96.md, B5-B8 (worst problem 2): "Which size of the Harwood Dress Chukka?
US 7.5 / EU 40.5, ... are sold out in Black." (size buttons below) was open when the shopper
typed "Sam Okafor", then the email, the address, and "Looks right, place the order please!": each
got "There's no checkout open: your cart is empty" (or "nothing to check out"), the question
forgotten because a note on sold-out sizes followed its "?".

Right: the open size question is remembered whatever follows it: the detail kept for the checkout
and the size asked again, with its buttons; "place the order" asks for the size, never "your cart is
empty"."""

from __future__ import annotations

import pytest

from actions.checkout import ActionPlaceOrder, ActionStartCheckout
from actions.chitchat import ActionOutOfScope
from actions.discovery import ActionSearchProducts
from actions.order_details import ActionTakeOrderDetails
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say_and_keep
from tests.actions.test_stranger_96_size_with_its_kind import B2, B3

BOOTS = "Harwood Dress Chukka"
FORGOTTEN = ["no checkout open", "nothing to check out", "your cart is empty"]
# A size the boots aren't made in: the size asked, with the sold-out sizes said after the "?".
NOT_MADE = [
    "I'll take them in black in a 15!",
    "ill take the black ones in a 6",
    "sold, i'll have them in black, size 14",
    "Great, I'll take them in Black, size 15 please",
    "take them in black 6.5 pls",
]
LATER = [
    (ActionTakeOrderDetails, "inform", "Sam Okafor"),
    (ActionOutOfScope, "out_of_scope", "sam okafor"),
    (ActionTakeOrderDetails, "inform", "sam.okafor@example.com"),
    (ActionTakeOrderDetails, "inform", "88 Mercer Street, 10012 New York"),
    (ActionTakeOrderDetails, "inform", "88 mercer st 10012 new york"),
    (ActionPlaceOrder, "place_order", "Looks right, place the order please!"),
    (ActionPlaceOrder, "place_order", "place order"),
    (ActionPlaceOrder, "place_order", "ok go ahead and place the order"),
]


def size_asked(chat, extractor, text):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", B2)
    say_and_keep(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", B3)
    asked = say_and_keep(chat, extractor, ActionStartCheckout(), "buy", text)
    assert f"Which size of the {BOOTS}?" in asked.shown, asked.shown
    assert "sold out" in asked.shown, asked.shown  # the note after the question
    assert asked.buttons
    return asked


@pytest.mark.parametrize("first", NOT_MADE)
def test_a_detail_or_place_order_asks_the_size_again(chat, extractor, first):
    asked = size_asked(chat, extractor, first)
    sizes = [b["title"] for b in asked.buttons]

    for action, intent, text in LATER:
        turn = say_and_keep(chat, extractor, action(), intent, text)
        shown = turn.shown
        assert not any(said in shown for said in FORGOTTEN), (text, shown)
        assert BOOTS in shown and "size" in shown, (text, shown)
        if turn.buttons:  # the sizes again (and, after a while, a way to drop the boots)
            assert [b["title"] for b in turn.buttons][: len(sizes)] == sizes, (text, turn.buttons)
