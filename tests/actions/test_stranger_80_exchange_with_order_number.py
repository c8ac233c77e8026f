"""Stranger test 80 (docs/nlu/stranger-test-80.md, persona B, message B8, worst problem 3).

"Oh and while I have you, the green wool coat I bought from you last month is way too big on me,
can I send it back or swap it for a smaller size? Order HL-4TR7MN" got only the shop's general
exchanges text and a paragraph about gifts nobody mentioned: the order number she gave was never
looked up. Right: as "whre is my order HL-8QW2ZP" does, the number is taken and the email used on
that order asked for, said to be for the exchange; no gift paragraph."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionReturnOrder
from actions.order_details import ActionTakeOrderDetails
from tests.actions.conversation_driver import entity_list, say, say_and_keep
from tests.actions.test_stranger_22_partial_returns import MARK, _order

ASKED = "HL-4TR7MN"
EMAIL_ASKED = "the email you used for that order"
GIFT = "Was it a gift?"

WITH_A_NUMBER = [
    "Oh and while I have you, the green wool coat I bought from you last month is way too big on "
    "me, can I send it back or swap it for a smaller size? Order HL-4TR7MN",
    "the coat i bought is too big can i swap it for a smaller size. order HL-4TR7MN",
    "coat way too big, can i exchange for smaller? HL-4TR7MN",
    "bought a wool coat last month, too big on me. swap for a smaller size pls, order no HL-4TR7MN",
    "my coat from order HL-4TR7MN is too big, can i change it for a smaller one or send it back?",
]


@pytest.mark.parametrize("text", WITH_A_NUMBER)
def test_the_order_number_given_is_looked_up_for_the_exchange(chat, extractor, text):
    """docs/nlu/stranger-test-80.md, B8 (problem 3)."""
    turn = say(chat, extractor, ActionReturnOrder(), "return_order", text)

    shown = turn.shown
    print(shown)
    assert EMAIL_ASKED in shown, shown  # the number taken: only the email is asked for
    assert GIFT not in shown
    assert "To exchange your coat" in shown or "To exchange it" in shown, shown


@pytest.mark.parametrize("text", WITH_A_NUMBER[:3])
def test_with_the_email_the_return_to_exchange_that_order_is_offered(
    chat, extractor, demo_store_url, text
):
    """Then the email: the return of that order, to exchange it, not a refund nor a question."""
    number, _ = _order(demo_store_url, "camden-oxford-shirt")
    say_and_keep(chat, extractor, ActionReturnOrder(), "return_order", text.replace(ASKED, number))

    turn = chat.run(
        ActionTakeOrderDetails(), "inform", MARK.email, entities=entity_list(email=MARK.email)
    )

    print(turn.shown)
    assert f"Start a return of order {number}" in turn.shown, turn.shown
    assert "to exchange it" in turn.shown
