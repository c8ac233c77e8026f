"""Stranger test 89 (docs/nlu/stranger-test-89.md, B7, worst problem 4): "One more thing ... order
HL-7TQ4MB under sarah.okafor@example.com ... it arrived in green when I'd definitely ordered the
navy one. I'd much rather exchange it ... how does that work?" got the generic exchanges answer
(a change of mind, with a paragraph about gifts). Right: the order looked up with the number and
email given (here not found, said so as the lookup says it), then the shop's answer for a wrong
item (its mistake: an apology, the free return, a replacement), with "Start a return" where the
order is found."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionOrderStatus, ActionReturnOrder
from commerce.faq import faq_answer
from tests.actions.conversation_driver import say

MADE_UP, EMAIL = "HL-7TQ4MB", "sarah.okafor@example.com"
WRONG_COLOUR = [
    "One more thing, I placed order {number} under {email} for a dress for myself and it arrived "
    "in green when I'd definitely ordered the navy one. I'd much rather exchange it than get a "
    "refund, how does that work?",  # the doc's, filled in
    "order {number}, {email} - the dress came in green but i ordered navy. can i exchange it?",
    "Hi, my order {number} (email {email}) arrived in the wrong colour, I want to swap it for the "
    "navy",
    "you sent me the green one instead of the navy I ordered, {number}, {email}. how do i "
    "exchange it",
    "{number} {email} i got green not navy, exchange pls",
]
WRONG_ITEM = faq_answer("damaged_or_wrong_items")
CHANGE_OF_MIND = "Need another size or colour instead?"
ACTIONS = {"return_order": ActionReturnOrder, "order_status": ActionOrderStatus}


@pytest.mark.parametrize("intent", ["return_order", "order_status"])
@pytest.mark.parametrize("text", WRONG_COLOUR)
def test_an_order_not_found_and_the_wrong_colour_are_answered(chat, extractor, text, intent):
    """docs/nlu/stranger-test-89.md, B7."""
    turn = say(chat, extractor, ACTIONS[intent](), intent,
               text.format(number=MADE_UP, email=EMAIL))  # fmt: skip

    print(turn.shown)
    assert f"no order {MADE_UP} for {EMAIL}" in turn.shown  # looked up, honestly not found
    assert WRONG_ITEM in turn.shown  # the shop's mistake, not a change of mind
    assert CHANGE_OF_MIND not in turn.shown
    assert turn.shown.index(MADE_UP) < turn.shown.index(WRONG_ITEM)
    assert "Start a return" not in [b["title"] for b in turn.buttons]  # no order to return


@pytest.mark.parametrize("text", WRONG_COLOUR[:3])
def test_a_found_order_with_the_wrong_colour_can_be_returned_here(chat, extractor, order_number,
                                                                  text):  # fmt: skip
    turn = say(chat, extractor, ActionReturnOrder(), "return_order",
               text.format(number=order_number, email="ann@example.com"))  # fmt: skip

    print(turn.shown)
    assert order_number in turn.shown
    assert WRONG_ITEM in turn.shown and CHANGE_OF_MIND not in turn.shown
    assert "Start a return" in [b["title"] for b in turn.buttons]


def test_the_wrong_colour_after_a_lost_parcel_is_no_lost_parcel(chat, extractor):
    """A parcel that never came said earlier: the wrong colour that did come is still answered as
    a wrong item, not with the lost parcel's refund."""
    say(chat, extractor, ActionOrderStatus(), "order_status",
        "my loafers haven't turned up, order HL-3MX8PQ, priya.n@example.com")  # fmt: skip
    turn = say(chat, extractor, ActionReturnOrder(), "return_order",
               WRONG_COLOUR[0].format(number=MADE_UP, email=EMAIL))  # fmt: skip

    print(turn.shown)
    assert WRONG_ITEM in turn.shown
    assert faq_answer("late_or_lost_orders") not in turn.shown
